// Command declutter reads raw web-page dumps, saved HTML or plain text
// dumped from a rendered page, and writes the article alone to stdout as
// clean text, Markdown or JSON.
//
// Usage:
//
//	declutter [flags] [FILE...]
//
// With no FILE, or where FILE is "-", it reads standard input. Exit status
// is 0 on success, 1 when an input could not be cleaned, and 2 on a usage
// error.
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
	case errors.Is(err, errFailed):
		return 1
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
