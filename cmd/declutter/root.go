package main

import (
	"errors"
	"fmt"
	"io"
	"path"
	"runtime"

	"github.com/declutter/declutter/clean"
	"github.com/spf13/cobra"
)

// errFailed reports that at least one input failed; each failure was
// already reported on stderr.
var errFailed = errors.New("some inputs failed")

// errDiffers reports that -l or -d found inputs that are not clean; they
// were already listed on stdout.
var errDiffers = errors.New("some inputs are not clean")

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

	// Batch flags.
	list    bool     // -l: list inputs whose cleaned form differs
	write   bool     // -w: rewrite text dumps in place
	diff    bool     // -d: print a unified diff
	outDir  string   // -o: write results under this folder
	jsonl   bool     // --jsonl: one JSON object per input on stdout
	jobs    int      // -j: workers
	quiet   bool     // -q: no progress bar, no summary
	include []string // --include globs
	exclude []string // --exclude globs
	hidden  bool     // --hidden: walk hidden files and folders
	follow  bool     // --follow-symlinks: walk symbolic links

	formatSet bool // -f was given
	opts      clean.Options
	md        clean.MarkdownOptions
}

// check reports whether the run compares inputs with their cleaned form
// (-l, -w or -d) instead of printing results.
func (c *config) check() bool { return c.list || c.write || c.diff }

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var c config
	cmd := &cobra.Command{
		Use:   "declutter [flags] [FILE|DIR...]",
		Short: "Extract the article from web-page dumps (HTML or plain text)",
		Long: `declutter reads raw web-page dumps, saved HTML or plain text dumped from a
rendered page, and writes the article alone to stdout: ads, share widgets,
navigation, promos, cookie notices, counters, bylines, comments and footers
are dropped. With no FILE, or where FILE is "-", it reads standard input.

A DIR argument is walked recursively for *.txt, *.html and *.htm files
(see --include and --exclude); hidden entries, .git and symbolic links are
left out unless asked for. Files named on the command line are always read.
Inputs are cleaned by -j workers and results come out in input order.

Like gofmt, declutter can check and fix text dumps in place:
  -l  list the text dumps whose cleaned form differs (exit status 1 if any)
  -w  rewrite them in place (atomically; HTML pages are never rewritten)
  -d  print a unified diff of the changes (exit status 1 if any)
-o DIR writes each result under DIR instead, mirroring the input tree with
the format's extension, and --jsonl writes one JSON object per input.

Exit status: 0 when all went well, 1 when an input failed (reported on
stderr with its path, the others still done) or -l/-d found a dump that is
not clean, 2 on a usage error.`,
		Example: `  declutter page.txt
  cat page.html | declutter -f markdown
  declutter --explain page.txt | grep drop
  declutter -l dumps/            # which dumps are not clean?
  declutter -w dumps/            # clean them in place
  declutter -o out/ -f markdown pages/
  declutter --jsonl pages/ > articles.jsonl`,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			c.formatSet = cmd.Flags().Changed("format")
			if err := c.validate(args); err != nil {
				return usageError{err}
			}
			return c.runBatch(args, stdin, stdout, stderr)
		},
	}
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	cmd.SetIn(stdin)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	f := cmd.Flags()
	f.SortFlags = false
	f.StringVarP(&c.format, "format", "f", "text", "output format: text, markdown or json")
	f.StringVar(&c.input, "input", "auto", "input kind: auto, html or text")
	f.StringVar(&c.captions, "captions", "keep", "photo captions: keep (each once) or drop")
	f.BoolVar(&c.metadata, "metadata", false, "with -f markdown, add YAML front matter (title, date, author, lang)")
	f.BoolVar(&c.explain, "explain", false, "print every input block with its verdict (keep, or drop and why)")
	f.BoolVar(&c.links, "links", false, "with -f markdown, keep hyperlinks")
	f.BoolVar(&c.images, "images", false, "with -f markdown, keep images with their alt text")
	f.Int64Var(&c.maxSize, "max-size", clean.DefaultMaxSize, "largest input accepted, in bytes (0: no limit)")
	f.BoolVarP(&c.list, "list", "l", false, "list text dumps whose cleaned form differs from their content")
	f.BoolVarP(&c.write, "write", "w", false, "rewrite text dumps in place with their cleaned form")
	f.BoolVarP(&c.diff, "diff", "d", false, "print a unified diff of what cleaning would change")
	f.StringVarP(&c.outDir, "output", "o", "", "write each result under `DIR`, mirroring the input tree")
	f.BoolVar(&c.jsonl, "jsonl", false, "write one JSON object per input, with its path, one per line")
	f.IntVarP(&c.jobs, "jobs", "j", runtime.NumCPU(), "number of inputs cleaned at once, on at most that many cores")
	f.BoolVarP(&c.quiet, "quiet", "q", false, "no progress bar and no closing summary")
	f.StringArrayVar(&c.include, "include", nil, "in folders, take files matching `GLOB` (repeatable; replaces *.txt, *.html, *.htm)")
	f.StringArrayVar(&c.exclude, "exclude", nil, "in folders, leave out files and folders matching `GLOB` (repeatable)")
	f.BoolVar(&c.hidden, "hidden", false, "in folders, also walk hidden files and folders (.git is always left out)")
	f.BoolVar(&c.follow, "follow-symlinks", false, "in folders, follow symbolic links")
	return cmd
}

// validate checks the flags against each other and the arguments, and
// fills in the library options.
func (c *config) validate(args []string) error {
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
	if c.jobs < 1 {
		return fmt.Errorf("-j must be at least 1, not %d", c.jobs)
	}
	for _, g := range append(append([]string(nil), c.include...), c.exclude...) {
		if _, err := path.Match(g, ""); err != nil {
			return fmt.Errorf("bad glob %q: %w", g, err)
		}
	}
	if err := c.validateModes(args); err != nil {
		return err
	}
	max := c.maxSize
	if max == 0 {
		max = -1
	}
	c.opts = clean.Options{Input: kind, DropCaptions: c.captions == "drop", MaxSize: max}
	c.md = clean.MarkdownOptions{FrontMatter: c.metadata, Links: c.links, Images: c.images}
	return nil
}

// validateModes rejects flag combinations that mean nothing together.
func (c *config) validateModes(args []string) error {
	modes := 0
	for _, on := range []bool{c.check(), c.outDir != "", c.jsonl} {
		if on {
			modes++
		}
	}
	if modes > 1 {
		return errors.New("-l/-w/-d, -o and --jsonl cannot be combined")
	}
	stdin := len(args) == 0
	for _, a := range args {
		if a == "-" {
			stdin = true
		}
	}
	switch {
	case c.check() && c.explain:
		return errors.New("--explain cannot be combined with -l, -w or -d")
	case c.check() && c.formatSet && c.format != "text":
		return errors.New("-l, -w and -d compare text output: -f must be text")
	case c.write && stdin:
		return errors.New("cannot use -w with standard input")
	case c.outDir != "" && stdin:
		return errors.New("cannot use -o with standard input")
	case c.jsonl && c.explain:
		return errors.New("--explain cannot be combined with --jsonl")
	case c.jsonl && c.formatSet && c.format != "json":
		return errors.New("--jsonl writes JSON: -f must be json")
	}
	return nil
}

// outputExt is the file extension of the chosen format, for -o.
func (c *config) outputExt() string {
	switch {
	case c.explain:
		return ".txt"
	case c.format == "json":
		return ".json"
	case c.format == "markdown" || c.format == "md":
		return ".md"
	}
	return ".txt"
}
