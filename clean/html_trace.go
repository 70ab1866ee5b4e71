package clean

import (
	"fmt"
	"os"

	"golang.org/x/net/html"
)

// traceEnv names the environment variable that turns on the extraction
// trace on stderr: which boxes the markup condemned, which container won.
const traceEnv = "DECLUTTER_TRACE"

// tracing reports whether the extraction trace is on.
func tracing() bool { return os.Getenv(traceEnv) != "" }

// tracef writes one line of the extraction trace.
func tracef(format string, a ...any) {
	fmt.Fprintf(os.Stderr, format, a...)
}

// desc names an element by its tag, class, id and role.
func desc(n *html.Node) string {
	return fmt.Sprintf("<%s class=%q id=%q role=%q>", n.Data, attr(n, "class"), attr(n, "id"), attr(n, "role"))
}
