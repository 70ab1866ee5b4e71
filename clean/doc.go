// Package clean extracts the article from a raw web-page dump and drops the
// boilerplate around it: ad labels, share and follow widgets, icon names,
// duplicated captions, navigation, "read also" links, promos, cookie notices,
// counters, bylines, comment sections and footers.
//
// A dump is either saved HTML or plain text dumped from a rendered page (one
// visible line per line). Both go the same way:
//
//	bytes → detected kind and decoded text → blocks with features →
//	a verdict per block (keep, or drop with a named Reason) → renderers
//
// The same classifier judges the lines of a text dump and the block elements
// of an HTML page's main content, so the reasons shown by [Document.WriteExplain]
// are the same for both.
//
// Typical use:
//
//	doc, err := clean.Clean(r, clean.Options{})
//	if err != nil { ... }
//	err = doc.WriteText(os.Stdout)
//
// The stop-word lists under stoplists/ come from the jusText project
// (BSD-2-Clause); see stoplists/LICENSE.
package clean
