package clean

import (
	"fmt"
	"os"

	"golang.org/x/net/html"
)

// debugf writes an extraction trace to stderr when DECLUTTER_TRACE is set:
// which boxes the markup condemned, which container won.
func debugf(format string, a ...any) {
	if os.Getenv("DECLUTTER_TRACE") != "" {
		fmt.Fprintf(os.Stderr, format, a...)
	}
}

// desc names an element by its tag, class, id and role.
func desc(n *html.Node) string {
	return fmt.Sprintf("<%s class=%q id=%q role=%q>", n.Data, attr(n, "class"), attr(n, "id"), attr(n, "role"))
}
