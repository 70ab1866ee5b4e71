package main

import "github.com/rogpeppe/go-internal/diff"

// unifiedDiff returns the unified diff from old to new for the input name,
// headed like gofmt -d and shfmt -d ("name.orig" to "name"), or nil when
// they are equal.
//
// It uses go-internal's diff, a copy of the Go tool's own anchored diff: it
// runs in O(n log n) on any input (a classic Myers diff can go quadratic
// on a long page), gofmt and shfmt print the same format, and go-internal
// is already a dependency for testscript.
func unifiedDiff(name string, old, new []byte) []byte {
	return diff.Diff(name+".orig", old, name, new)
}
