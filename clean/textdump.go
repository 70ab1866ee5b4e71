package clean

import "strings"

// cleanText cleans a decoded plain-text dump and settles the result, so
// that cleaning it again changes nothing.
func cleanText(s string, opts Options) *Document {
	return settle(cleanTextOnce(s, opts), opts)
}

// cleanTextOnce cleans a decoded plain-text dump in one pass: each line is
// a unit.
func cleanTextOnce(s string, opts Options) *Document {
	lines := strings.Split(s, "\n")
	units := make([]unit, 0, len(lines))
	for i, l := range lines {
		units = append(units, unit{line: i + 1, text: foldSpace(l)})
	}
	return judge(units, KindText, opts)
}

// foldSpace trims s and folds each run of white space inside it to one
// space.
func foldSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
