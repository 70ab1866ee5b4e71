package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanText cleans a decoded plain-text dump and settles the result, so
// that cleaning it again changes nothing.
func cleanText(s string, opts Options) *Document {
	return settle(cleanTextOnce(s, opts, nil), opts)
}

// cleanTextOnce cleans a decoded plain-text dump in one pass: each line is
// a unit.
func cleanTextOnce(s string, opts Options, memo *passMemo) *Document {
	lines := strings.Split(s, "\n")
	units := make([]unit, 0, len(lines))
	for i, l := range lines {
		units = append(units, unit{line: i + 1, text: foldSpace(l)})
	}
	return judgeIn(units, KindText, opts, memo)
}

// foldSpace trims s and folds each run of white space inside it to one
// space.
func foldSpace(s string) string {
	if isFolded(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isFolded reports whether s is folded already: no leading, trailing or
// doubled spaces, and no white space but the ASCII space.
func isFolded(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
			prevSpace = false
		case c < ' ':
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}
