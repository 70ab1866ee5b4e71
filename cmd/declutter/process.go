package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/declutter/declutter/clean"
)

// status is what happened to one input.
type status int

const (
	statusCleaned   status = iota // output written, or (-l/-w/-d) the input was not clean
	statusUnchanged               // the input (or the -o file) was already clean
	statusSkipped                 // left alone on purpose: an HTML page under -l/-w/-d
	statusFailed                  // could not be read or cleaned
)

// result is the outcome of one input, handed from a worker to the writer
// of the results.
type result struct {
	in     input
	status status
	size   int64  // bytes read
	out    []byte // output for stdout (rendered document, JSON line or diff)
	note   string // a message for stderr about a skipped input
	err    error  // why it failed, naming the input
}

// minWords and minShare define a near-empty result, which -w never writes
// over a file: fewer than minWords words that are also less than minShare
// of the input's words.
const (
	minWords = 20
	minShare = 0.1
)

// display is how an input is named in messages.
func display(p string) string {
	if p == "-" {
		return "<stdin>"
	}
	return p
}

// process reads and cleans one input and does what the mode asks with it.
// It runs in a worker: it writes files but never stdout or stderr.
func (c *config) process(in input, stdin io.Reader) result {
	r := result{in: in}
	fail := func(err error) result {
		r.status, r.err = statusFailed, fmt.Errorf("%s: %w", display(in.path), err)
		return r
	}
	if in.err != nil {
		return fail(unwrapPath(in.err))
	}
	data, err := c.read(in.path, stdin)
	r.size = int64(len(data))
	if err != nil {
		return fail(err)
	}
	if c.check() {
		return c.checkOne(r, data)
	}
	doc, err := clean.CleanBytes(data, c.opts)
	if err != nil {
		return fail(err)
	}
	if len(doc.Blocks) == 0 && doc.Title == "" && !c.explain {
		return fail(errors.New("no article text found"))
	}
	var buf bytes.Buffer
	if c.jsonl {
		b, err := doc.JSON(c.md)
		if err != nil {
			return fail(err)
		}
		r.out = jsonLine(in.path, b)
		return r
	}
	if err := c.render(doc, &buf); err != nil {
		return fail(err)
	}
	if c.outDir == "" {
		r.out = buf.Bytes()
		return r
	}
	if old, err := os.ReadFile(in.out); err == nil && bytes.Equal(old, buf.Bytes()) {
		r.status = statusUnchanged
		return r
	}
	if same, _ := sameFile(in.path, in.out); same {
		return fail(fmt.Errorf("-o would overwrite the input itself (use -w to rewrite in place)"))
	}
	if err := os.MkdirAll(filepath.Dir(in.out), 0o755); err != nil {
		return fail(err)
	}
	if err := writeAtomic(in.out, buf.Bytes(), 0o644, false); err != nil {
		return fail(err)
	}
	return r
}

// checkOne compares a text dump with its cleaned form, for -l, -w and -d,
// rewriting it for -w.
func (c *config) checkOne(r result, data []byte) result {
	name := display(r.in.path)
	fail := func(err error) result {
		r.status, r.err = statusFailed, fmt.Errorf("%s: %w", name, err)
		return r
	}
	if c.isHTML(r.in.path, data) {
		r.status = statusSkipped
		if c.write {
			r.note = name + ": skipped: an HTML page is never rewritten with text (use -o DIR)"
		}
		return r
	}
	doc, err := clean.CleanBytes(data, c.opts)
	if err != nil {
		return fail(err)
	}
	cleaned := []byte(doc.Text())
	if bytes.Equal(cleaned, data) {
		r.status = statusUnchanged
		return r
	}
	if nearEmpty(cleaned, data) {
		return fail(fmt.Errorf("cleaned text is near-empty (%d words of %d); left alone", words(cleaned), words(data)))
	}
	if c.diff {
		r.out = unifiedDiff(name, data, cleaned)
	}
	if c.write {
		if err := rewrite(r.in.path, cleaned); err != nil {
			return fail(err)
		}
	}
	return r
}

// isHTML reports whether an input is an HTML page, by its extension or
// its bytes, so that -w never turns a page into text.
func (c *config) isHTML(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	switch c.opts.Input {
	case clean.KindHTML:
		return true
	case clean.KindText:
		return false
	}
	return clean.DetectKind(data) == clean.KindHTML
}

// nearEmpty reports whether cleaned is too little of orig to replace it:
// no words at all, or fewer than minWords words that are also less than
// minShare of orig's words.
func nearEmpty(cleaned, orig []byte) bool {
	n, of := words(cleaned), words(orig)
	return n == 0 || n < minWords && float64(n) < minShare*float64(of)
}

// words counts the white-space separated words in b.
func words(b []byte) int { return len(bytes.Fields(b)) }

// read reads one input whole, refusing one larger than --max-size.
func (c *config) read(name string, stdin io.Reader) ([]byte, error) {
	max := c.opts.MaxSize
	if max == 0 {
		max = clean.DefaultMaxSize
	}
	r := stdin
	var buf bytes.Buffer
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, unwrapPath(err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil {
			if info.IsDir() {
				return nil, errors.New("is a folder")
			}
			if max > 0 && info.Mode().IsRegular() && info.Size() > max {
				return nil, fmt.Errorf("%w: %d bytes, the limit is %d", clean.ErrTooLarge, info.Size(), max)
			}
			if info.Mode().IsRegular() {
				// One allocation of the right size, not a series of
				// doublings: large allocations contend between workers.
				buf.Grow(int(info.Size()) + bytes.MinRead)
			}
		}
		r = f
	}
	if max >= 0 {
		r = io.LimitReader(r, max+1)
	}
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, unwrapPath(err)
	}
	if max >= 0 && int64(buf.Len()) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", clean.ErrTooLarge, max)
	}
	return buf.Bytes(), nil
}

// unwrapPath drops the path from a *fs.PathError, since messages name the
// input already.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}

// render writes doc in the chosen format.
func (c *config) render(doc *clean.Document, w io.Writer) error {
	switch {
	case c.explain:
		return doc.WriteExplain(w)
	case c.format == "json":
		return doc.WriteJSON(w, c.md)
	case c.format == "markdown" || c.format == "md":
		return doc.WriteMarkdown(w, c.md)
	default:
		return doc.WriteText(w)
	}
}
