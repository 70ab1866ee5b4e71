package clean

import (
	"math/bits"
	"slices"
	"sync"
)

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
	plNoticeAnchorBeyondBrowser
	plWebMark     // gates ruleLinkList
	plContactMark // gates ruleContact
	plCreditMark  // gates ruleCredit
	numPhraseLists
)

// phraseLists returns the lists, indexed by phraseList.
func phraseLists() [numPhraseLists][]string {
	return [numPhraseLists][]string{
		plReading:      readingPhrases,
		plNotice:       noticePhrases,
		plNoticeAnchor: noticeAnchors,
		plPromo:        append(promoPhrases[:len(promoPhrases):len(promoPhrases)], enjoyedPhrases...),
		plPromoCall:    append(promoCalls[:len(promoCalls):len(promoCalls)], enjoyedPhrases...),
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

		plNoticeAnchorBeyondBrowser: noticeAnchorsBeyondBrowser,
		plWebMark:                   webMarks,
		plContactMark:               contactMarks,
		plCreditMark:                creditMarks,
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
	shift  uint         // a state's row of next is 1<<shift long, at least nclass
	next   []uint16     // state<<shift | class → state: small, to stay in cache
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

// trieSize returns the number of states of the trie of all the lists'
// phrases: the root, and for each distinct phrase in sorted order the
// bytes it does not share with the one before.
func trieSize(lists [numPhraseLists][]string) int {
	var all []string
	for _, list := range lists {
		all = append(all, list...)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	n, prev := 1, ""
	for _, p := range all {
		k := 0
		for k < len(p) && k < len(prev) && p[k] == prev[k] {
			k++
		}
		n += len(p) - k
		prev = p
	}
	return n
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
	// The trie, as a dense table of edges (0: none, as no edge leads back
	// to the root), allocated once at its final size: grown by doubling,
	// it would briefly hold twice its size and more, the largest memory
	// the command ever takes.
	nodes := trieSize(lists)
	if nodes > 1<<16 {
		panic("phrase lists too large for the matcher's 16-bit states")
	}
	edges := make([]uint16, m.nclass, nodes*m.nclass)
	out := make([]phraseHits, 1, nodes)
	for li, list := range lists {
		for _, p := range list {
			s := 0
			for i := 0; i < len(p); i++ {
				c := int(m.class[p[i]])
				t := int(edges[s*m.nclass+c])
				if t == 0 {
					t = len(out)
					out = append(out, 0)
					edges = append(edges, make([]uint16, m.nclass)...)
					edges[s*m.nclass+c] = uint16(t)
				}
				s = t
			}
			out[s] |= 1 << li
		}
	}
	// Breadth first: the states are numbered anew in the order they are
	// reached, and get their failure links and full rows of transitions.
	// Text keeps the automaton near the root, so the rows of the shallow
	// states are the ones read again and again; numbered first, they
	// share a few kilobytes of cache instead of lying scattered over the
	// whole table.
	m.shift = uint(bits.Len(uint(m.nclass - 1)))
	m.next = make([]uint16, len(out)<<m.shift)
	m.out = make([]phraseHits, len(out))
	m.out[0] = out[0]
	renum := make([]int32, len(out)) // trie state → its number in m
	fail := make([]int32, len(out))  // by number in m
	queue := make([]int32, 1, len(out))
	numbered := int32(1)
	for len(queue) > 0 {
		s := int(queue[0])
		queue = queue[1:]
		ns := int(renum[s])
		if ns != 0 {
			m.out[ns] |= m.out[fail[ns]]
		}
		for c := 0; c < m.nclass; c++ {
			t := edges[s*m.nclass+c]
			switch {
			case t != 0:
				nt := numbered
				numbered++
				renum[t] = nt
				m.out[nt] = out[t]
				if ns != 0 {
					fail[nt] = int32(m.next[int(fail[ns])<<m.shift|c])
				}
				m.next[ns<<m.shift|c] = uint16(nt)
				queue = append(queue, int32(t))
			case ns != 0:
				m.next[ns<<m.shift|c] = m.next[int(fail[ns])<<m.shift|c]
			}
		}
	}
	return m
}

// step returns the state after reading byte c in state st. A row's length
// is a power of two, so finding it takes a shift rather than a multiply
// on the path every byte of a line waits for.
func (m *phraseMatcher) step(st uint16, c byte) uint16 {
	return m.next[int(st)<<m.shift|int(m.class[c])]
}

// match returns the lists that have a phrase in s.
func (m *phraseMatcher) match(s string) phraseHits {
	var hits phraseHits
	st := uint16(0)
	for i := 0; i < len(s); i++ {
		st = m.step(st, s[i])
		hits |= m.out[st]
	}
	return hits
}
