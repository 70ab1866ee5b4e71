package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// binaries are inputs that are not page dumps, with what the error says
// they look like.
var binaries = map[string]struct{ data, looks string }{
	"doc.pdf.txt":  {"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"},
	"img.png.txt":  {"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"},
	"arch.zip.txt": {"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive"},
	"data.gz.txt":  {"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed data"},
	"nul.txt":      {strings.Repeat("text\x00\x00\x00\x00", 200), "binary data (control bytes)"},
}

// dirty is a dump that cleaning changes.
const dirty = "Share\n\n" + article + "\n\n\n"

// TestBinaryInBatch checks that in every mode a binary input is reported
// as not a page dump, left alone and counted as failed, while the other
// inputs are still processed.
func TestBinaryInBatch(t *testing.T) {
	modes := []struct {
		name string
		args func(dir string) []string
	}{
		{"stdout", func(dir string) []string { return []string{dir} }},
		{"-l", func(dir string) []string { return []string{"-l", dir} }},
		{"-w", func(dir string) []string { return []string{"-w", dir} }},
		{"-d", func(dir string) []string { return []string{"-d", dir} }},
		{"-o", func(dir string) []string { return []string{"-o", filepath.Join(filepath.Dir(dir), "out"), dir} }},
		{"--jsonl", func(dir string) []string { return []string{"--jsonl", dir} }},
	}
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "in")
			files := map[string]string{"a.txt": dirty, "z.txt": dirty}
			for name, b := range binaries {
				files[name] = b.data
			}
			writeFiles(t, dir, files)
			code, stdout, stderr := runCmd("", append(m.args(dir), "-q")...)
			if code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			for name, b := range binaries {
				want := "declutter: " + filepath.Join(dir, name) + ": not a page dump: looks like " + b.looks + "\n"
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
				if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != b.data {
					t.Errorf("%s was changed", name)
				}
			}
			switch m.name {
			case "stdout", "--jsonl":
				if strings.Count(stdout, "sleeper cabins") != 2 && m.name == "stdout" || m.name == "--jsonl" && strings.Count(stdout, `"blocks":`) != 2 {
					t.Errorf("the two dumps are not both in stdout:\n%s", stdout)
				}
				if m.name == "--jsonl" && strings.Count(stdout, `"error":`) != len(binaries) {
					t.Errorf("--jsonl has not one error line per binary:\n%s", stdout)
				}
			case "-w":
				for _, name := range []string{"a.txt", "z.txt"} {
					if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) == dirty {
						t.Errorf("%s was not rewritten", name)
					}
				}
			case "-o":
				for _, name := range []string{"a.txt", "z.txt"} {
					if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "out", name)); err != nil {
						t.Errorf("%s was not written: %v", name, err)
					}
				}
			}
			noTempFiles(t, filepath.Dir(dir))
		})
	}
}

// TestLimitsInBatch checks --max-size and the line limit in batch mode: the
// message names the file and the limit, the file is left alone, the others
// are processed.
func TestLimitsInBatch(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat(article+"\n", 20)
	writeFiles(t, dir, map[string]string{
		"a.txt":     dirty,
		"big.txt":   big,
		"lines.txt": strings.Repeat("\n", 2_000_001),
		"z.txt":     dirty,
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	for _, args := range [][]string{
		{"-q", "--max-size", "1000", dir},
		{"-q", "-w", "--max-size", "1000", dir},
		{"-q", "-l", "--max-size", "1000", dir},
		{"-q", "--jsonl", "--max-size", "1000", dir},
		{"-q", "-o", filepath.Join(dir, "out"), "--max-size", "1000", p("a.txt"), p("big.txt"), p("z.txt")},
	} {
		t.Run(strings.Join(args[1:len(args)-1], " "), func(t *testing.T) {
			code, _, stderr := runCmd("", args...)
			if code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			want := "declutter: " + p("big.txt") + ": input too large: " + strconv.Itoa(len(big)) + " bytes, the limit is 1000\n"
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
			if got, _ := os.ReadFile(p("big.txt")); string(got) != big {
				t.Error("big.txt was changed")
			}
			if strings.Count(stderr, "declutter: ") != strings.Count(stderr, "input too large") {
				t.Errorf("other failures:\n%s", stderr)
			}
		})
	}
	code, _, stderr := runCmd("", "-q", p("lines.txt"), p("a.txt"))
	if want := "declutter: " + p("lines.txt") + ": input too large: 2000002 lines, the limit is 2000000\n"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("exit status %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	// --max-size on standard input.
	code, _, stderr = runCmd(big, "--max-size", "1000")
	if want := "declutter: <stdin>: input too large: more than 1000 bytes\n"; code != 1 || stderr != want {
		t.Errorf("stdin: exit status %d, stderr %q; want 1 and %q", code, stderr, want)
	}
}

// TestWriteFailures makes the disk fill up, a sync fail or a rename fail on
// one file, with -w and with -o: that file gets a clear error and is left as
// it was (or, for -o, not written), no temporary file stays behind, and the
// other files are still written.
func TestWriteFailures(t *testing.T) {
	failOn := func(name string) func(string) bool {
		return func(p string) bool { return strings.Contains(filepath.Base(p), name) }
	}
	cases := []struct {
		name   string
		inject func(bad func(string) bool)
		want   string
	}{
		{"disk full", func(bad func(string) bool) {
			writeTemp = func(f *os.File, data []byte) (int, error) {
				if bad(f.Name()) {
					n, _ := f.Write(data[:len(data)/2]) // a partial write, then the disk is full
					return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
				}
				return f.Write(data)
			}
		}, "writing: write: no space left on device"},
		{"sync fails", func(bad func(string) bool) {
			syncTemp = func(f *os.File) error {
				if bad(f.Name()) {
					return &os.PathError{Op: "sync", Path: f.Name(), Err: syscall.EIO}
				}
				return f.Sync()
			}
		}, "writing: sync: input/output error"},
		{"rename fails", func(bad func(string) bool) {
			renameTemp = func(from, to string) error {
				if bad(to) {
					return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EROFS}
				}
				return os.Rename(from, to)
			}
		}, "writing: rename: read-only file system"},
	}
	for _, tc := range cases {
		for _, mode := range []string{"-w", "-o"} {
			if tc.name == "sync fails" && mode == "-o" {
				continue // -o output can be made again: it is not synced
			}
			t.Run(tc.name+"/"+mode, func(t *testing.T) {
				defer restoreWriteHooks()()
				root := t.TempDir()
				in := filepath.Join(root, "in")
				out := filepath.Join(root, "out")
				writeFiles(t, in, map[string]string{"a.txt": dirty, "bad.txt": dirty, "z.txt": dirty})
				writeFiles(t, out, map[string]string{"bad.txt": "old output\n"})
				tc.inject(failOn("bad.txt"))
				args := []string{"-q", "-w", in}
				if mode == "-o" {
					args = []string{"-q", "-o", out, in}
				}
				code, _, stderr := runCmd("", args...)
				if code != 1 {
					t.Errorf("exit status %d, want 1", code)
				}
				prefix := "declutter: " + filepath.Join(in, "bad.txt") + ": " + tc.want
				if !strings.HasPrefix(stderr, prefix) || strings.Count(stderr, "\n") != 1 {
					t.Errorf("stderr = %q, want one line starting %q", stderr, prefix)
				}
				if mode == "-w" {
					if got, _ := os.ReadFile(filepath.Join(in, "bad.txt")); string(got) != dirty {
						t.Errorf("bad.txt changed: %q", got)
					}
					for _, name := range []string{"a.txt", "z.txt"} {
						if got, _ := os.ReadFile(filepath.Join(in, name)); string(got) == dirty {
							t.Errorf("%s was not rewritten", name)
						}
					}
				} else {
					if got, _ := os.ReadFile(filepath.Join(out, "bad.txt")); string(got) != "old output\n" {
						t.Errorf("out/bad.txt changed: %q", got)
					}
					for _, name := range []string{"a.txt", "z.txt"} {
						if _, err := os.Stat(filepath.Join(out, name)); err != nil {
							t.Errorf("%s was not written: %v", name, err)
						}
					}
				}
				noTempFiles(t, root)
			})
		}
	}
}

// restoreWriteHooks returns a function that puts the write hooks back.
func restoreWriteHooks() func() {
	w, s, r := writeTemp, syncTemp, renameTemp
	return func() { writeTemp, syncTemp, renameTemp = w, s, r }
}

// TestOutputInTheWay checks -o and -w where the file system is not as
// expected: a folder where the output file goes, a file where the output
// folder goes, a file that changed after it was read.
func TestOutputInTheWay(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	writeFiles(t, in, map[string]string{"a.txt": dirty, "b.txt": dirty})
	p := func(name string) string { return filepath.Join(root, name) }

	// A folder where out/a.txt should be written.
	if err := os.MkdirAll(p("out/a.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd("", "-q", "-o", p("out"), in)
	if code != 1 || !regexp.MustCompile(`^declutter: `+regexp.QuoteMeta(filepath.Join(in, "a.txt"))+`: writing: rename: (file exists|is a directory)\n$`).MatchString(stderr) {
		t.Errorf("folder in the way: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(p("out/b.txt")); err != nil {
		t.Errorf("b.txt not written: %v", err)
	}

	// A file where the output folder should be.
	writeFiles(t, root, map[string]string{"file": "x"})
	code, _, stderr = runCmd("", "-q", "-o", p("file/sub"), in)
	if code != 1 || strings.Count(stderr, "not a directory") != 2 {
		t.Errorf("file in the way: exit %d, stderr %q", code, stderr)
	}
	noTempFiles(t, root)

	// A file that changed after it was read is left alone.
	target := filepath.Join(in, "b.txt")
	writeFiles(t, in, map[string]string{"b.txt": "someone else's edit\n"})
	if err := rewrite(target, []byte("cleaned\n"), []byte(dirty)); !errors.Is(err, errChanged) {
		t.Errorf("rewrite of a changed file: %v, want errChanged", err)
	}
	if got, _ := os.ReadFile(target); string(got) != "someone else's edit\n" {
		t.Errorf("changed file overwritten: %q", got)
	}
	// A file that disappeared after it was read.
	os.Remove(target)
	if err := rewrite(target, []byte("cleaned\n"), []byte(dirty)); err == nil {
		t.Error("rewrite of a vanished file succeeded")
	}
	if _, err := os.Stat(target); err == nil {
		t.Error("rewrite of a vanished file made it again")
	}
	// A file replaced by a folder.
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCmd("", "-q", "-w", target, filepath.Join(in, "a.txt"))
	if code != 0 || stderr != "" {
		// a folder named on the command line is walked: it holds nothing
		t.Errorf("folder for a file: exit %d, stderr %q", code, stderr)
	}
	noTempFiles(t, root)
}

// noTempFiles fails t when a temporary file of writeAtomic is left under
// dir.
func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".declutter-") {
			t.Errorf("temporary file left: %s", p)
		}
		return nil
	})
}

// failingReader returns part of its input, then err.
type failingReader struct {
	r   io.Reader
	n   int
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, f.err
	}
	if len(p) > f.n {
		p = p[:f.n]
	}
	n, err := f.r.Read(p)
	f.n -= n
	return n, err
}

// TestReadFailures makes reading one file fail halfway (a disk error, a
// file truncated under us), in every mode: that file gets a clear error
// and is left alone, the others are processed.
func TestReadFailures(t *testing.T) {
	defer func(r func(string, io.Reader) io.Reader) { inputReader = r }(inputReader)
	inputReader = func(name string, r io.Reader) io.Reader {
		if strings.Contains(filepath.Base(name), "bad") {
			return &failingReader{r: r, n: 10, err: &os.PathError{Op: "read", Path: name, Err: syscall.EIO}}
		}
		return r
	}
	for _, mode := range [][]string{{}, {"-w"}, {"-l"}, {"--jsonl"}, {"-o", "OUT"}} {
		t.Run(strings.Join(append([]string{"mode"}, mode...), " "), func(t *testing.T) {
			root := t.TempDir()
			in := filepath.Join(root, "in")
			writeFiles(t, in, map[string]string{"a.txt": dirty, "bad.txt": dirty, "z.txt": dirty})
			args := []string{"-q"}
			for _, a := range mode {
				args = append(args, strings.ReplaceAll(a, "OUT", filepath.Join(root, "out")))
			}
			code, _, stderr := runCmd("", append(args, in)...)
			want := "declutter: " + filepath.Join(in, "bad.txt") + ": read: input/output error\n"
			if code != 1 || stderr != want {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
			}
			if got, _ := os.ReadFile(filepath.Join(in, "bad.txt")); string(got) != dirty {
				t.Errorf("bad.txt changed: %q", got)
			}
			if _, err := os.Stat(filepath.Join(root, "out", "bad.txt")); err == nil {
				t.Error("out/bad.txt written")
			}
			noTempFiles(t, root)
		})
	}
}
