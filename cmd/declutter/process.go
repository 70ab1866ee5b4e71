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
	data, inBuf, err := c.read(in.path, stdin)
	defer releaseBuffer(inBuf) // results hold only copies of data
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
		if err := rewrite(r.in.path, cleaned, data); err != nil {
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
