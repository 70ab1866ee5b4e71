package clean

import "sync"

// phraseList names one of the word lists that rules look for inside a
// line's lower-cased text.
type phraseList uint8

const (
	plReading phraseList = iota
	plNotice
	plNoticeAnchor
	plPromo
	plPromoCall
	plFooter
	plRights
	plCaption
	plAgo
	plRelativeTime
	plCommentWords
	plModeration
	plDisclosure
	plAgency
	plShareVerb
	plCopyright
	plContributed
	plCounterWord
	numPhraseLists
)

// phraseLists returns the lists, indexed by phraseList.
func phraseLists() [numPhraseLists][]string {
	return [numPhraseLists][]string{
		plReading:      readingPhrases,
		plNotice:       noticePhrases,
		plNoticeAnchor: noticeAnchors,
		plPromo:        promoPhrases,
		plPromoCall:    promoCalls,
		plFooter:       footerPhrases,
		plRights:       rightsPhrases,
		plCaption:      captionMarkers,
		plAgo:          agoMarkers,
		plRelativeTime: relativeTimeWords,
		plCommentWords: commentSectionWords,
		plModeration:   moderationPhrases,
		plDisclosure:   disclosurePhrases,
		plAgency:       agencyFirstWords,
		plShareVerb:    shareVerbs,
		plCopyright:    copyrightMarks,
		plContributed:  contributedPhrases,
		plCounterWord:  keysOf(counterWords),
	}
}

// phraseHits is the set of phrase lists found in a text, one bit a list.
type phraseHits uint32

// has reports whether a phrase of list l was found.
func (h phraseHits) has(l phraseList) bool { return h&(1<<l) != 0 }

// phraseMatcher finds the phrases of all lists in one pass over a text: an
// Aho-Corasick automaton, compiled to a table over byte classes.
type phraseMatcher struct {
	class  [256]uint8   // byte → class; 0 for bytes in no phrase
	nclass int          // number of classes
	next   []uint16     // state*nclass + class → state: small, to stay in cache
	out    []phraseHits // lists whose phrase ends at the state
}

var (
	matcherOnce sync.Once
	matcher     *phraseMatcher
)

// loadMatcher returns the phrase matcher, building it on first use. It is
// never written after that.
func loadMatcher() *phraseMatcher {
	matcherOnce.Do(func() { matcher = newPhraseMatcher(phraseLists()) })
	return matcher
}

// newPhraseMatcher compiles the lists.
func newPhraseMatcher(lists [numPhraseLists][]string) *phraseMatcher {
	m := &phraseMatcher{nclass: 1}
	for _, list := range lists {
		for _, p := range list {
			for i := 0; i < len(p); i++ {
				if m.class[p[i]] == 0 {
					m.class[p[i]] = uint8(m.nclass)
					m.nclass++
				}
			}
		}
	}
	// The trie, with explicit edges.
	type node struct {
		edges map[uint8]int32
		fail  int32
		out   phraseHits
	}
	nodes := []node{{edges: map[uint8]int32{}}}
	for li, list := range lists {
		for _, p := range list {
			s := int32(0)
			for i := 0; i < len(p); i++ {
				c := m.class[p[i]]
				t, ok := nodes[s].edges[c]
				if !ok {
					t = int32(len(nodes))
					nodes = append(nodes, node{edges: map[uint8]int32{}})
					nodes[s].edges[c] = t
				}
				s = t
			}
			nodes[s].out |= 1 << li
		}
	}
	if len(nodes) > 1<<16 {
		panic("phrase lists too large for the matcher's 16-bit states")
	}
	// Breadth first: failure links, then the full transition table.
	m.next = make([]uint16, len(nodes)*m.nclass)
	m.out = make([]phraseHits, len(nodes))
	queue := []int32{0}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		n := &nodes[s]
		if s != 0 {
			n.out |= nodes[n.fail].out
		}
		m.out[s] = n.out
		for c := 0; c < m.nclass; c++ {
			t, ok := n.edges[uint8(c)]
			switch {
			case ok:
				if s != 0 {
					nodes[t].fail = int32(m.next[int(n.fail)*m.nclass+c])
				}
				m.next[int(s)*m.nclass+c] = uint16(t)
				queue = append(queue, t)
			case s == 0:
				m.next[c] = 0
			default:
				m.next[int(s)*m.nclass+c] = m.next[int(n.fail)*m.nclass+c]
			}
		}
	}
	return m
}

// match returns the lists that have a phrase in s.
func (m *phraseMatcher) match(s string) phraseHits {
	var hits phraseHits
	st := uint16(0)
	for i := 0; i < len(s); i++ {
		st = m.next[int(st)*m.nclass+int(m.class[s[i]])]
		hits |= m.out[st]
	}
	return hits
}
