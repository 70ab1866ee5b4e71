// Command declutter reads raw web-page dumps, saved HTML or plain text
// dumped from a rendered page, and writes the article alone to stdout as
// clean text, Markdown or JSON.
//
// Usage:
//
//	declutter [flags] [FILE|DIR...]
//
// With no FILE, or where FILE is "-", it reads standard input. A DIR is
// walked recursively for *.txt, *.html and *.htm files. Inputs are cleaned
// in parallel (-j) and results come out in input order.
//
// Like gofmt, -l lists the text dumps whose cleaned form differs from their
// content, -w rewrites them in place and -d prints a unified diff; -o DIR
// writes each result under DIR, and --jsonl writes one JSON object per
// input.
//
// Exit status is 0 on success, 1 when an input could not be cleaned (or,
// with -l or -d, when an input is not clean), and 2 on a usage error.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command with args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := newRootCmd(stdin, stdout, stderr)
	cmd.SetArgs(args)
	err := cmd.Execute()
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errFailed), errors.Is(err, errDiffers):
		return 1 // already reported, input by input
	default:
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "declutter: %v\n", err)
			fmt.Fprintln(stderr, "Run 'declutter --help' for usage.")
			return 2
		}
		fmt.Fprintf(stderr, "declutter: %v\n", err)
		return 1
	}
}
