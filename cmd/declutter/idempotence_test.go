package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/declutter/declutter/clean"
	"github.com/rogpeppe/go-internal/txtar"
)

// sharedDir is the project's read-only data folder beside the repository.
const sharedDir = "../../../shared"

// idempotenceInputs returns every page the idempotence test cleans, by
// name: the dumps inside the test scripts, any testdata folder of the
// module, the seed and the dev benchmark's dumps (without their gold
// files) when ../shared is there.
func idempotenceInputs(t *testing.T) (map[string][]byte, bool) {
	t.Helper()
	inputs := map[string][]byte{}
	scripts, _ := filepath.Glob("testdata/script/*.txtar")
	for _, s := range scripts {
		ar, err := txtar.ParseFile(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if isPage(f.Name) {
				inputs[s+"/"+f.Name] = f.Data
			}
		}
	}
	for _, dir := range []string{"../../testdata", "../../clean/testdata", filepath.Join(sharedDir, "seed"), filepath.Join(sharedDir, "bench", "dumps")} {
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isPage(p) || strings.HasSuffix(p, ".gold.txt") {
				return nil
			}
			if data, err := os.ReadFile(p); err == nil {
				inputs[p] = data
			}
			return nil
		})
	}
	_, err := os.Stat(filepath.Join(sharedDir, "bench", "dumps"))
	return inputs, err == nil
}

// isPage reports whether a file name is a page dump or an HTML page.
func isPage(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".html", ".htm":
		return true
	}
	return false
}

// TestIdempotence cleans every known page, cleans the text that came out
// again, and wants it unchanged: declutter's own output is clean, so -w on
// a cleaned dump and the pre-commit check never flap. When it fails, the
// log names the reasons the second pass gave for each line it dropped.
func TestIdempotence(t *testing.T) {
	inputs, haveShared := idempotenceInputs(t)
	if !haveShared {
		t.Logf("%s/bench/dumps is absent: only the repository's own pages are checked", sharedDir)
	}
	names := make([]string, 0, len(inputs))
	for name := range inputs {
		names = append(names, name)
	}
	sort.Strings(names)
	flips := map[string]int{} // what happened to a line in the second pass
	var checked, uncleanable, failed int
	for _, name := range names {
		doc, err := cleanWithin(t, name, inputs[name], clean.Options{})
		if err != nil {
			uncleanable++ // not a property failure: binary, HTML not yet supported…
			continue
		}
		once := doc.Text()
		again, err := cleanWithin(t, name+" (second pass)", []byte(once), clean.Options{Input: clean.KindText})
		if err != nil {
			t.Errorf("%s: cleaning the output again: %v", name, err)
			failed++
			continue
		}
		checked++
		twice := again.Text()
		if twice == once {
			continue
		}
		failed++
		lines := describeFlips(once, twice, again)
		for _, l := range lines {
			flips[l.kind]++
		}
		if failed <= 10 {
			var b strings.Builder
			for i, l := range lines {
				if i == 8 {
					fmt.Fprintf(&b, "\n\t… %d more", len(lines)-i)
					break
				}
				fmt.Fprintf(&b, "\n\t%s: %q", l.kind, l.text)
			}
			t.Errorf("%s: cleaning its output again changes it:%s", name, b.String())
		}
	}
	t.Logf("%d pages cleaned twice, %d not cleanable (skipped), %d changed by the second pass", checked, uncleanable, failed)
	if failed > 0 {
		kinds := make([]string, 0, len(flips))
		for k := range flips {
			kinds = append(kinds, k)
		}
		sort.Slice(kinds, func(i, j int) bool { return flips[kinds[i]] > flips[kinds[j]] })
		var b strings.Builder
		for _, k := range kinds {
			fmt.Fprintf(&b, "\n\t%6d  %s", flips[k], k)
		}
		t.Errorf("%d of %d pages are not idempotent; lines that flip, by what the second pass did:%s", failed, checked, b.String())
	}
}

// pageTimeout bounds the cleaning of one page in the idempotence test, so
// that a classifier that loops on a page fails the test with the page's
// name instead of stalling the whole package until go test's timeout.
const pageTimeout = 60 * time.Second

// cleanWithin is clean.CleanBytes, failing the test when it takes longer
// than pageTimeout. (The stuck goroutine cannot be stopped; it is left
// behind.)
func cleanWithin(t *testing.T, name string, data []byte, opts clean.Options) (*clean.Document, error) {
	t.Helper()
	type res struct {
		doc *clean.Document
		err error
	}
	done := make(chan res, 1)
	go func() {
		doc, err := clean.CleanBytes(data, opts)
		done <- res{doc, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-time.After(pageTimeout):
		t.Fatalf("%s: cleaning took more than %v: the classifier hangs on it", name, pageTimeout)
		return nil, nil
	}
}

// flip is one line of the first output that the second pass treated
// differently.
type flip struct {
	kind string // "dropped: REASON", "added" or "changed"
	text string
}

// describeFlips lists the lines of once that the second pass dropped, with
// the reason it gave, and the lines of twice that once lacks.
func describeFlips(once, twice string, again *clean.Document) []flip {
	var out []flip
	reasons := map[string]clean.Reason{}
	for _, v := range again.Verdicts {
		if !v.Keep {
			reasons[v.Text] = v.Reason
		}
	}
	onceLines := nonBlank(once)
	twiceLines := nonBlank(twice)
	for _, l := range onceLines {
		if !slices.Contains(twiceLines, l) {
			if r, ok := reasons[strings.Join(strings.Fields(l), " ")]; ok {
				out = append(out, flip{"dropped: " + string(r), l})
			} else {
				out = append(out, flip{"changed", l})
			}
		}
	}
	for _, l := range twiceLines {
		if !slices.Contains(onceLines, l) {
			out = append(out, flip{"added or rewritten", l})
		}
	}
	if len(out) == 0 {
		out = append(out, flip{"blank lines or order", ""})
	}
	return out
}

// nonBlank returns the lines of s that are not blank.
func nonBlank(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestIdempotenceCLI runs the command over the dev dumps with -o, then
// checks the results with -l: nothing may be listed. It runs the command as
// a subprocess (this test binary, under the name declutter) with a
// deadline, so a classifier that hangs fails the test instead of stalling it.
func TestIdempotenceCLI(t *testing.T) {
	dumps := filepath.Join(sharedDir, "bench", "dumps")
	if _, err := os.Stat(dumps); err != nil {
		t.Skipf("%s is absent", dumps)
	}
	if testing.Short() {
		t.Skip("-short")
	}
	self, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "declutter")
	if err := os.Symlink(self, bin); err != nil {
		t.Skip(err)
	}
	declutter := func(args ...string) (int, string, string) {
		ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, args...)
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		if ctx.Err() != nil {
			t.Fatalf("declutter %s: no result after 4 minutes: the classifier hangs", strings.Join(args, " "))
		}
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return code, out.String(), errb.String()
	}
	out := filepath.Join(tmp, "out")
	code, _, stderr := declutter("-q", "--exclude", "*.gold.txt", "-o", out, dumps)
	if code != 0 {
		t.Logf("some dumps could not be cleaned (status %d):\n%s", code, firstLines(stderr, 5))
	}
	code, stdout, stderr := declutter("-q", "-l", out)
	if code != 0 {
		t.Errorf("declutter -l on declutter's own output: status %d, %d files listed:\n%s%s",
			code, strings.Count(stdout, "\n"), firstLines(stdout, 10), firstLines(stderr, 10))
	}
}

// firstLines returns the first n lines of s.
func firstLines(s string, n int) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > n {
		lines = append(lines[:n], fmt.Sprintf("… %d more lines\n", len(lines)-n))
	}
	return strings.Join(lines, "")
}
