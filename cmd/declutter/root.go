package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/declutter/declutter/clean"
	"github.com/spf13/cobra"
)

// errFailed reports that at least one input failed; each failure was
// already reported on stderr.
var errFailed = errors.New("some inputs failed")

// usageError marks an error in how the command was called (exit status 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// config holds the parsed flags of one invocation.
type config struct {
	format   string
	input    string
	captions string
	metadata bool
	explain  bool
	links    bool
	images   bool
	maxSize  int64

	opts clean.Options
	md   clean.MarkdownOptions
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var c config
	cmd := &cobra.Command{
		Use:   "declutter [flags] [FILE...]",
		Short: "Extract the article from web-page dumps (HTML or plain text)",
		Long: `declutter reads raw web-page dumps, saved HTML or plain text dumped from a
rendered page, and writes the article alone to stdout: ads, share widgets,
navigation, promos, cookie notices, counters, bylines, comments and footers
are dropped. With no FILE, or where FILE is "-", it reads standard input.`,
		Example: `  declutter page.txt
  cat page.html | declutter -f markdown
  declutter --explain page.txt | grep drop`,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := c.validate(); err != nil {
				return usageError{err}
			}
			return c.cleanAll(args, stdin, stdout, stderr)
		},
	}
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	cmd.SetIn(stdin)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	f := cmd.Flags()
	f.StringVarP(&c.format, "format", "f", "text", "output format: text, markdown or json")
	f.StringVar(&c.input, "input", "auto", "input kind: auto, html or text")
	f.StringVar(&c.captions, "captions", "keep", "photo captions: keep (each once) or drop")
	f.BoolVar(&c.metadata, "metadata", false, "with -f markdown, add YAML front matter (title, date, author, lang)")
	f.BoolVar(&c.explain, "explain", false, "print every input block with its verdict (keep, or drop and why)")
	f.BoolVar(&c.links, "links", false, "with -f markdown, keep hyperlinks")
	f.BoolVar(&c.images, "images", false, "with -f markdown, keep images with their alt text")
	f.Int64Var(&c.maxSize, "max-size", clean.DefaultMaxSize, "largest input accepted, in bytes (0: no limit)")
	return cmd
}

// validate checks the flags and fills in the library options.
func (c *config) validate() error {
	switch c.format {
	case "text", "markdown", "md", "json":
	default:
		return fmt.Errorf("unknown format %q (want text, markdown or json)", c.format)
	}
	kind, err := clean.ParseInputKind(c.input)
	if err != nil {
		return err
	}
	switch c.captions {
	case "keep", "drop":
	default:
		return fmt.Errorf("--captions takes keep or drop, not %q", c.captions)
	}
	if c.maxSize < 0 {
		return fmt.Errorf("--max-size must not be negative")
	}
	max := c.maxSize
	if max == 0 {
		max = -1
	}
	c.opts = clean.Options{Input: kind, DropCaptions: c.captions == "drop", MaxSize: max}
	c.md = clean.MarkdownOptions{FrontMatter: c.metadata, Links: c.links, Images: c.images}
	return nil
}

// cleanAll cleans each named input, or stdin, and writes the results in
// order. A failing input is reported and the others still run.
func (c *config) cleanAll(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	failed := false
	for _, name := range args {
		if err := c.cleanOne(name, stdin, w); err != nil {
			w.Flush()
			fmt.Fprintf(stderr, "declutter: %v\n", err)
			failed = true
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if failed {
		return errFailed
	}
	return nil
}

// cleanOne cleans one input and writes the result to w.
func (c *config) cleanOne(name string, stdin io.Reader, w io.Writer) error {
	var r io.Reader = stdin
	display := "<stdin>"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err // *PathError names the file
		}
		defer f.Close()
		r, display = f, name
	}
	doc, err := clean.Clean(r, c.opts)
	if err != nil {
		return fmt.Errorf("%s: %w", display, err)
	}
	if len(doc.Blocks) == 0 && doc.Title == "" && !c.explain {
		return fmt.Errorf("%s: no article text found", display)
	}
	return c.render(doc, w)
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
