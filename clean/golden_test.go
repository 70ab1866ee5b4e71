package clean

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestSeedGolden cleans the bundled seed dump and compares each output
// format with its golden file. The text golden is the human-written
// expected text; -update rewrites the Markdown and JSON goldens.
func TestSeedGolden(t *testing.T) {
	inputs, err := filepath.Glob("../testdata/seed/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range inputs {
		if strings.Contains(in, ".golden.") {
			continue
		}
		n++
		base := strings.TrimSuffix(in, ".txt")
		t.Run(filepath.Base(base), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := CleanBytes(data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			js, err := doc.JSON(MarkdownOptions{})
			if err != nil {
				t.Fatal(err)
			}
			outputs := []struct {
				ext      string
				got      []byte
				writable bool
			}{
				{".golden.txt", []byte(doc.Text()), false},
				{".golden.md", []byte(doc.Markdown(MarkdownOptions{FrontMatter: true})), true},
				{".golden.json", append(js, '\n'), true},
			}
			for _, o := range outputs {
				path := base + o.ext
				if *update && o.writable {
					if err := os.WriteFile(path, o.got, 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./clean -update to create it)", err)
				}
				if !bytes.Equal(o.got, want) {
					t.Errorf("%s differs from %s:\n%s", o.ext, path, lineDiff(string(want), string(o.got)))
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("no seed inputs under testdata/seed")
	}
}

// TestSharedSeed checks the project's founding page against the expected
// text in ../shared, where that folder exists.
func TestSharedSeed(t *testing.T) {
	in, err := os.ReadFile("../../shared/seed/kumparan-putin-pezeshkian.txt")
	if err != nil {
		t.Skip("../shared is absent:", err)
	}
	want, err := os.ReadFile("../../shared/seed/expected.txt")
	if err != nil {
		t.Skip("../shared/seed/expected.txt is absent:", err)
	}
	doc, err := CleanBytes(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Text(); got != string(want) {
		t.Errorf("seed output differs from expected.txt:\n%s", lineDiff(string(want), got))
	}
	if doc.Date != "2024-10-12T05:49:00+07:00" {
		t.Errorf("date = %q, want 2024-10-12T05:49:00+07:00", doc.Date)
	}
	if doc.Lang != "id" {
		t.Errorf("lang = %q, want id", doc.Lang)
	}
}
