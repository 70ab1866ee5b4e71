package clean

import "strings"

// cleanText cleans a decoded plain-text dump: each line is a unit.
func cleanText(s string, opts Options) *Document {
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
