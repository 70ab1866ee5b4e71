package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// article is a paragraph long enough for any classifier to keep.
const article = "The overnight service between Zurich and Vienna will run every day from next spring, the operator said on Tuesday, after a trial season in which sleeper cabins sold out weeks ahead of most departures."

// writeFiles creates the files under dir, with their parents.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runCmd runs the command in-process and returns its exit status and
// output.
func runCmd(stdin string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"clean.txt": article + "\n",
		"dirty.txt": "  " + article + "\n\n\n",
		"page.html": "<!DOCTYPE html><html><body><p>x</p></body></html>",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  int
	}{
		{"stdin", article, nil, 0},
		{"file", "", []string{p("clean.txt")}, 0},
		{"missing", "", []string{p("nope.txt")}, 1},
		{"one missing of two", "", []string{p("clean.txt"), p("nope.txt")}, 1},
		{"empty stdin", "", nil, 1},
		{"bad flag", "", []string{"--nope"}, 2},
		{"bad format", "", []string{"-f", "yaml", p("clean.txt")}, 2},
		{"conflict", "", []string{"-l", "-o", p("out"), p("clean.txt")}, 2},
		{"-w stdin", article, []string{"-w"}, 2},
		{"-l clean", "", []string{"-l", p("clean.txt")}, 0},
		{"-l dirty", "", []string{"-l", p("dirty.txt")}, 1},
		{"-l html not counted", "", []string{"-l", p("page.html")}, 0},
		{"-d clean", "", []string{"-d", p("clean.txt")}, 0},
		{"-d dirty", "", []string{"-d", p("dirty.txt")}, 1},
		{"-l stdin dirty", "  " + article, []string{"-l"}, 1},
		{"-w html skipped", "", []string{"-w", p("page.html")}, 0},
		{"-w", "", []string{"-w", p("dirty.txt")}, 0},
		{"-l after -w", "", []string{"-l", p("dirty.txt")}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(tt.stdin, tt.args...)
			if code != tt.want {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tt.want, stderr)
			}
		})
	}
}

func TestForEachOrdered(t *testing.T) {
	for _, tt := range []struct{ n, workers int }{{0, 1}, {1, 1}, {5, 1}, {100, 2}, {100, 8}, {3, 16}} {
		t.Run(fmt.Sprintf("n=%d,j=%d", tt.n, tt.workers), func(t *testing.T) {
			var inFlight, peak, emitted atomic.Int64
			var got []int
			forEachOrdered(tt.n, tt.workers, func(i int) int {
				// Count the results taken but not yet emitted.
				cur := inFlight.Add(1)
				for {
					p := peak.Load()
					if cur <= p || peak.CompareAndSwap(p, cur) {
						break
					}
				}
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				return i
			}, func(i int) {
				inFlight.Add(-1)
				emitted.Add(1)
				got = append(got, i)
			})
			for i, v := range got {
				if v != i {
					t.Fatalf("result %d came out as %d", i, v)
				}
			}
			if len(got) != tt.n {
				t.Fatalf("%d results, want %d", len(got), tt.n)
			}
			if limit := int64(4*tt.workers + 1); peak.Load() > limit {
				t.Errorf("%d results waited at once, want at most %d", peak.Load(), limit)
			}
		})
	}
}

// summaryLine matches the closing summary, whose timing varies.
var summaryLine = regexp.MustCompile(`(?m)^declutter: \d+ files: .*\n`)

// TestJobsSameOutput checks that the bytes written do not depend on -j, in
// every mode.
func TestJobsSameOutput(t *testing.T) {
	src := t.TempDir()
	files := map[string]string{}
	for i := range 150 {
		var body string
		switch i % 5 {
		case 0:
			body = article + "\n"
		case 1:
			body = fmt.Sprintf("Story %d\n\n\n  %s  \n", i, article)
		case 2:
			body = "" // no article text: a failure
		case 3:
			body = "<!DOCTYPE html><html><body><p>" + article + "</p></body></html>"
		case 4:
			body = strings.Repeat(article+"\n\n", i%7+1)
		}
		ext := ".txt"
		if i%5 == 3 {
			ext = ".html"
		}
		files[fmt.Sprintf("d%d/f%03d%s", i%4, i, ext)] = body
	}
	writeFiles(t, src, files)
	for _, mode := range [][]string{nil, {"--jsonl"}, {"-l"}, {"-d"}, {"-f", "markdown"}, {"--explain"}} {
		t.Run(strings.Join(append([]string{"mode"}, mode...), " "), func(t *testing.T) {
			var want string
			for _, j := range []string{"1", "2", "8"} {
				args := append(append([]string{"-j", j}, mode...), src, filepath.Join(src, "d1"))
				_, out, errs := runCmd("", args...)
				got := out + "\x00" + summaryLine.ReplaceAllString(errs, "")
				if j == "1" {
					want = got
					continue
				}
				if got != want {
					t.Errorf("-j %s output differs from -j 1", j)
				}
			}
		})
	}
	// -o writes the same tree whatever -j is.
	trees := map[string]string{}
	for _, j := range []string{"1", "2"} {
		out := filepath.Join(t.TempDir(), "out")
		runCmd("", "-q", "-j", j, "-o", out, src)
		trees[j] = readTree(t, out)
	}
	if trees["1"] != trees["2"] {
		t.Errorf("-o tree with -j 2 differs from -j 1")
	}
}

// readTree returns every file under dir with its content, in walk order.
func readTree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			fmt.Fprintf(&b, "== %s\n%s", rel, data)
		}
		return err
	})
	return b.String()
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "", "b.html": "", "c.htm": "", "d.md": "", "E.TXT": "",
		"sub/f.txt": "", "sub/deep/g.txt": "", "sub/x.gold.txt": "",
		".hidden/h.txt": "", ".i.txt": "", ".git/j.txt": "",
		"out/k.txt": "", "target/l.txt": "",
	})
	if err := os.Symlink("target", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.txt", filepath.Join(dir, "m.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	outInfo, err := os.Stat(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		w    walker
		want string
	}{
		{"default", walker{}, "E.TXT a.txt b.html c.htm out/k.txt sub/deep/g.txt sub/f.txt sub/x.gold.txt target/l.txt"},
		{"hidden", walker{hidden: true}, ".hidden/h.txt .i.txt E.TXT a.txt b.html c.htm out/k.txt sub/deep/g.txt sub/f.txt sub/x.gold.txt target/l.txt"},
		{"follow", walker{follow: true}, "E.TXT a.txt b.html c.htm link/l.txt m.txt out/k.txt sub/deep/g.txt sub/f.txt sub/x.gold.txt target/l.txt"},
		{"include", walker{include: []string{"*.md", "*.htm"}}, "c.htm d.md"},
		{"exclude name", walker{exclude: []string{"*.gold.txt", "sub"}}, "E.TXT a.txt b.html c.htm out/k.txt target/l.txt"},
		{"exclude path", walker{exclude: []string{"sub/*"}}, "E.TXT a.txt b.html c.htm out/k.txt target/l.txt"},
		{"exclude deep path", walker{exclude: []string{"sub/deep/*.txt"}}, "E.TXT a.txt b.html c.htm out/k.txt sub/f.txt sub/x.gold.txt target/l.txt"},
		{"skip output", walker{skip: outInfo}, "E.TXT a.txt b.html c.htm sub/deep/g.txt sub/f.txt sub/x.gold.txt target/l.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, in := range tt.w.collect([]string{dir}) {
				if in.err != nil {
					t.Errorf("%s: %v", in.path, in.err)
				}
				if want := filepath.Join(dir, filepath.FromSlash(in.rel)); in.path != want {
					t.Errorf("path %s, rel %s", in.path, in.rel)
				}
				got = append(got, in.rel)
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("got  %s\nwant %s", s, tt.want)
			}
		})
	}
}

func TestCollectArgs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a/x.txt": "", "b.md": ""})
	ins := (&walker{exclude: []string{"*.md"}}).collect([]string{"-", filepath.Join(dir, "b.md"), filepath.Join(dir, "nope"), filepath.Join(dir, "a")})
	var got []string
	for _, in := range ins {
		got = append(got, fmt.Sprintf("%s|%v|%v", in.rel, in.explicit, in.err != nil))
	}
	want := "-|true|false b.md|true|false |true|true x.txt|false|false"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("got  %s\nwant %s", s, want)
	}
}

func TestAssignOutputs(t *testing.T) {
	ins := []input{
		{path: "p/a.txt", rel: "a.txt"},
		{path: "p/s/b.html", rel: "s/b.html"},
		{path: "q/a.htm", rel: "a.htm"},
		{path: "noext", rel: "noext"},
	}
	assignOutputs(ins, "out", ".md")
	want := []string{"out/a.md", "out/s/b.md", "", "out/noext.md"}
	for i, in := range ins {
		if in.out != filepath.FromSlash(want[i]) {
			t.Errorf("%s → %q, want %q", in.path, in.out, want[i])
		}
	}
	if ins[2].err == nil || !strings.Contains(ins[2].err.Error(), "already written for p/a.txt") {
		t.Errorf("clash not reported: %v", ins[2].err)
	}
}

func TestNearEmpty(t *testing.T) {
	many := strings.Repeat("word ", 300)
	tests := []struct {
		cleaned, orig string
		want          bool
	}{
		{"", "", true},
		{"", "some text", true},
		{"a few words", "a few words  ", false},            // small input, small result
		{"five words of text here", many, true},            // lost nearly everything
		{strings.Repeat("word ", 20), many, false},         // enough words
		{strings.Repeat("word ", 19), many, true},          // too few, under a tenth
		{strings.Repeat("word ", 19), many[:5*100], false}, // under minWords but a fifth of the input
	}
	for _, tt := range tests {
		if got := nearEmpty([]byte(tt.cleaned), []byte(tt.orig)); got != tt.want {
			t.Errorf("nearEmpty(%d words, %d words) = %v, want %v", words([]byte(tt.cleaned)), words([]byte(tt.orig)), got, tt.want)
		}
	}
}

func TestJSONLine(t *testing.T) {
	tests := []struct{ path, doc, want string }{
		{"a.txt", `{"input":"text"}`, `{"path":"a.txt","input":"text"}` + "\n"},
		{"-", "{}\n", `{"path":"-"}` + "\n"},
		{`we"ird\.txt`, `{"x":1}`, `{"path":"we\"ird\\.txt","x":1}` + "\n"},
	}
	for _, tt := range tests {
		if got := string(jsonLine(tt.path, []byte(tt.doc))); got != tt.want {
			t.Errorf("jsonLine(%q, %q) = %q, want %q", tt.path, tt.doc, got, tt.want)
		}
	}
	if got := string(errorLine("a", fmt.Errorf("a: boom"))); got != `{"path":"a","error":"a: boom"}`+"\n" {
		t.Errorf("errorLine = %q", got)
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f.txt")
	writeFiles(t, dir, map[string]string{"f.txt": "old"})
	if err := os.Chmod(p, 0o604); err != nil {
		t.Fatal(err)
	}
	if err := rewrite(p, []byte("new"), []byte("old")); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(p)
	info, _ := os.Stat(p)
	if string(data) != "new" || info.Mode().Perm() != 0o604 {
		t.Errorf("after rewrite: %q, mode %#o", data, info.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
	// A failed write leaves nothing behind.
	if err := writeAtomic(filepath.Join(dir, "no", "such", "f.txt"), []byte("x"), 0o644, true); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	if err := rewrite(filepath.Join(dir, "missing.txt"), []byte("x"), nil); err == nil {
		t.Error("rewriting a missing file succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left after failures: %v", entries)
	}
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tests := []struct {
		name  string
		w     *os.File
		total int
		quiet bool
	}{
		{"file, many inputs", f, 1000, false},
		{"file, quiet", f, 1000, true},
	}
	for _, tt := range tests {
		if p := newProgress(tt.w, tt.total, tt.quiet); p != nil {
			t.Errorf("%s: a progress bar on a file", tt.name)
		}
	}
	if p := newProgress(&buf, 1000, false); p != nil || p.active() {
		t.Error("a progress bar on a buffer")
	}
	var nilBar *progress // a nil bar is safe to use
	nilBar.clear()
	nilBar.add()
	nilBar.done()
}

func TestSummary(t *testing.T) {
	tests := []struct {
		c      config
		counts [4]int
		bytes  int64
		want   string
	}{
		{config{}, [4]int{3, 0, 0, 1}, 999, "declutter: 4 files: 3 cleaned, 0 unchanged, 0 skipped, 1 failed; 999 B in 2.00s (2 files/s, 0.0 MB/s)"},
		{config{list: true}, [4]int{1, 2, 3, 0}, 12_345, "declutter: 6 files: 1 not clean, 2 unchanged, 3 skipped, 0 failed; 12.3 kB in 2.00s (3 files/s, 0.0 MB/s)"},
		{config{list: true, write: true}, [4]int{2, 0, 0, 0}, 4_000_000, "declutter: 2 files: 2 rewritten, 0 unchanged, 0 skipped, 0 failed; 4.0 MB in 2.00s (1 files/s, 2.0 MB/s)"},
	}
	for _, tt := range tests {
		r := reporter{c: &tt.c, counts: tt.counts, bytes: tt.bytes}
		if got := r.summary(2 * time.Second); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}
