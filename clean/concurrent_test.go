package clean

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestConcurrentCleaning cleans the bundled dumps on several goroutines at
// once, each many times and in a different order, and checks every result
// against the one a lone, sequential run gives. Cleaning recycles its
// scratch memory between pages; a document that kept a reference into
// memory handed on to another page would differ here.
func TestConcurrentCleaning(t *testing.T) {
	paths, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	var inputs [][]byte
	for _, p := range paths {
		if strings.HasSuffix(p, ".golden.txt") || strings.HasSuffix(p, "README.md") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, b)
	}
	if len(inputs) < 2 {
		t.Fatalf("found %d inputs under ../testdata, want several", len(inputs))
	}
	render := func(doc *Document) string {
		var b strings.Builder
		if err := doc.WriteExplain(&b); err != nil {
			t.Error(err)
		}
		return doc.Text() + "\x00" + b.String()
	}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		doc, err := CleanBytes(in, Options{})
		if err != nil {
			t.Fatalf("%s: %v", paths[i], err)
		}
		want[i] = render(doc)
	}
	const workers, rounds = 4, 5
	docs := make([][]*Document, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				for k := range inputs {
					i := (k*(w+1) + r) % len(inputs) // a different order on each
					doc, err := CleanBytes(inputs[i], Options{})
					if err != nil {
						t.Error(err)
						return
					}
					docs[w] = append(docs[w], doc)
				}
			}
		}()
	}
	wg.Wait()
	// Documents are compared only once every goroutine is done, so that
	// a document sharing recycled memory would have been overwritten.
	for w := range workers {
		n := 0
		for r := range rounds {
			for k := range inputs {
				i := (k*(w+1) + r) % len(inputs)
				if got := render(docs[w][n]); got != want[i] {
					t.Errorf("worker %d, round %d: %s cleaned differently than alone", w, r, paths[i])
				}
				n++
			}
		}
	}
}
