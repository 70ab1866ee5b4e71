package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
// space. A line that needs neither, the common case, is returned as it is,
// without the copy and the slice of words: on a 20 MB line those were
// some 70 MB.
func foldSpace(s string) string {
	if folded(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// folded reports whether s has no white space but single spaces between
// other characters.
func folded(s string) bool {
	prevSpace := true // a space at the start is not folded
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || s == ""
}
