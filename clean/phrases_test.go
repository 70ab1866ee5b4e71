package clean

import (
	"strings"
	"testing"
)

// naiveHits is what the phrase matcher must find in s: each list with a
// phrase that s contains.
func naiveHits(lists [numPhraseLists][]string, s string) phraseHits {
	var h phraseHits
	for li, list := range lists {
		for _, p := range list {
			if strings.Contains(s, p) {
				h |= 1 << li
				break
			}
		}
	}
	return h
}

// TestPhraseMatcherFindsEachPhrase embeds every phrase of every list in a
// sentence and checks the matcher finds exactly the lists a plain search
// finds.
func TestPhraseMatcherFindsEachPhrase(t *testing.T) {
	lists := phraseLists()
	m := loadMatcher()
	for li, list := range lists {
		for _, p := range list {
			s := "some words before " + p + " and after"
			got, want := m.match(s), naiveHits(lists, s)
			if got != want {
				t.Fatalf("list %d, phrase %q: hits %b, want %b", li, p, got, want)
			}
			if !got.has(phraseList(li)) {
				t.Fatalf("list %d, phrase %q: not found", li, p)
			}
		}
	}
}

// FuzzPhraseMatcher checks the compiled automaton against a plain search
// of every phrase, on any text.
func FuzzPhraseMatcher(f *testing.F) {
	for _, s := range []string{"", "read also: the news", "share on facebook", "cookies and privacy settings", "baca juga berita lainnya", "ababab"} {
		f.Add(s)
	}
	lists := phraseLists()
	m := loadMatcher()
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := m.match(s), naiveHits(lists, s); got != want {
			t.Fatalf("match(%q) = %b, want %b", s, got, want)
		}
	})
}

// TestTrieSizeCountsStates checks trieSize, which sizes the matcher's
// table, against a trie built node by node.
func TestTrieSizeCountsStates(t *testing.T) {
	lists := phraseLists()
	nodes := map[string]bool{"": true}
	for _, list := range lists {
		for _, p := range list {
			for i := 1; i <= len(p); i++ {
				nodes[p[:i]] = true
			}
		}
	}
	if got, want := trieSize(lists), len(nodes); got != want {
		t.Errorf("trieSize = %d, want %d", got, want)
	}
}
