package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWordSet checks the packed set against the map it is built from:
// every word is found with its value, as written and, capitalised, with
// getFold; near misses are not.
func TestWordSet(t *testing.T) {
	words := map[string]int{
		"a": 1, "the": 2, "and": 3, "über": 4, "которые": 5, "themselves": 6, "ça": 7,
		"exactly8": 8, "nine-byte": 9, "στο": 10, "的": 11,
	}
	s := newWordSet(words)
	for w, want := range words {
		if got, ok := s.get(w); !ok || got != want {
			t.Errorf("get(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
		up := strings.ToUpper(w[:1]) + w[1:]
		if r := []rune(w); r[0] > 127 {
			up = strings.ToUpper(string(r[0])) + string(r[1:])
		}
		ascii := true
		for i := 0; i < len(up); i++ {
			if up[i] >= 0x80 {
				ascii = false
			}
		}
		if got, ok := s.getFold(up, ascii); !ok || got != want {
			t.Errorf("getFold(%q) = %d, %v; want %d, true", up, got, ok, want)
		}
		if got, ok := s.getBytes([]byte(w)); !ok || got != want {
			t.Errorf("getBytes(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	for _, w := range []string{"", "an", "thes", "th", "exactly9", "nine-bytes", "themselve", "Über", "котор"} {
		if _, ok := s.get(w); ok {
			t.Errorf("get(%q) found a word not in the set", w)
		}
	}
}

// TestStopwordSets checks that every embedded stop list is found whole in
// its packed set.
func TestStopwordSets(t *testing.T) {
	tbl := loadStopwords()
	entries, err := stoplistFS.ReadDir("stoplists")
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		data, err := stoplistFS.ReadFile("stoplists/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Split(string(data), "\n") {
			w = strings.ToLower(strings.TrimSpace(w))
			if w == "" {
				continue
			}
			if _, ok := tbl.set(i).get(w); !ok {
				t.Errorf("%s: %q is missing from its set", e.Name(), w)
			}
		}
		i++
	}
	if i != len(tbl.names) {
		t.Errorf("%d stop lists, %d in the table", i, len(tbl.names))
	}
}

// TestLangCounter checks the bit-sliced counter against plain counts.
func TestLangCounter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var c, part langCounter
	var want [128]int
	for n := 0; n < 5000; n++ {
		s := langSet{rng.Uint64() & rng.Uint64(), rng.Uint64() & rng.Uint64()}
		for i := 0; i < 128; i++ {
			if s.has(i) {
				want[i]++
			}
		}
		// Half the words go straight in, half through a second counter
		// added in batches, as pageLanguage adds each unit's sample.
		if n%2 == 0 {
			c.add(s)
		} else {
			part.add(s)
		}
		if n%97 == 0 {
			c.addCounter(part.planes[:part.used])
			part = langCounter{}
		}
	}
	c.addCounter(part.planes[:part.used])
	for i := 0; i < 128; i++ {
		if got := c.count(i); got != want[i] {
			t.Fatalf("count(%d) = %d, want %d", i, got, want[i])
		}
	}
}
