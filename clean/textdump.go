package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanText cleans a decoded plain-text dump and settles the result, so
// that cleaning it again changes nothing.
func cleanText(s string, opts Options) *Document {
	memo := getMemo()
	doc := settle(cleanTextOnce(s, opts, memo), opts)
	doc.memo = nil
	putMemo(memo)
	return doc
}

// cleanTextOnce cleans a decoded plain-text dump in one pass: each line is
// a unit.
func cleanTextOnce(s string, opts Options, memo *passMemo) *Document {
	if memo == nil {
		memo = &passMemo{}
	}
	// A later pass has no more lines than the first, so it reuses the
	// units of the pass before: judge keeps nothing of them.
	lines := splitLines(memo.lines[:0], s)
	memo.lines = lines
	if cap(memo.units) < len(lines) {
		memo.units = make([]unit, 0, len(lines))
	}
	units := textUnitsInto(memo.units[:0], lines, &memo.cells)
	memo.units = units
	return judgeIn(units, KindText, opts, memo)
}

// textUnits turns the lines of a dump into units: one per line, but a run
// of tab-separated rows becomes one table unit, and a run of lines indented
// by four spaces or a tab between blank lines one code unit (the forms
// declutter's own text output gives tables and code). A bulleted or
// numbered line keeps its nesting depth from its indentation.
func textUnits(lines []string) []unit {
	return textUnitsInto(make([]unit, 0, len(lines)), lines, new(cellKinds))
}

// textUnitsInto is textUnits appending to units, with cells as scratch
// memory for the lines' cell kinds.
func textUnitsInto(units []unit, lines []string, cells *cellKinds) []unit {
	cells.read(lines)
	for i := 0; i < len(lines); {
		l := lines[i]
		if k, n := cells.cellTable(lines, i); n > 0 {
			units = append(units, cellTableUnit(lines[i:i+n], i, k))
			i += n
			continue
		}
		if n := codeRun(lines, i); n > 0 {
			code := make([]string, n)
			for k := range code {
				code[k] = dedent(lines[i+k])
			}
			text := strings.Join(code, "\n")
			units = append(units, unit{line: i + 1, text: foldSpace(text), structured: true, kind: Code,
				block: &Block{Kind: Code, Text: text}})
			i += n
			continue
		}
		if n := tableRun(lines, i); n > 0 {
			rows := make([][]string, n)
			flat := make([]string, n)
			for k := range rows {
				cells := strings.Split(strings.TrimSpace(lines[i+k]), "\t")
				for c := range cells {
					cells[c] = foldSpace(cells[c])
				}
				rows[k] = cells
				flat[k] = strings.Join(cells, " ")
			}
			text := foldSpace(strings.Join(flat, " "))
			units = append(units, unit{line: i + 1, text: text, structured: true, kind: Table,
				block: &Block{Kind: Table, Text: text, Rows: rows}})
			i += n
			continue
		}
		u := unit{line: i + 1, text: foldSpace(l)}
		if depth, ordered, ok := listMarker(l); ok {
			u.level, u.ordered = depth, ordered
		}
		units = append(units, u)
		i++
	}
	return units
}

// splitLines appends the lines of s to dst, as strings.Split(s, "\n")
// returns them, and returns the extended slice.
func splitLines(dst []string, s string) []string {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
}

// isBlank reports whether a line is empty or white space.
func isBlank(l string) bool { return strings.TrimSpace(l) == "" }

// isIndented reports whether a line starts with four spaces or a tab and
// is not a nested list item.
func isIndented(l string) bool {
	if !strings.HasPrefix(l, "    ") && !strings.HasPrefix(l, "\t") || isBlank(l) {
		return false
	}
	_, _, item := listMarker(l)
	return !item
}

// codeRun returns the number of lines of the indented block starting at i,
// or 0: the block must stand between blank lines (or the text's ends).
func codeRun(lines []string, i int) int {
	if !isIndented(lines[i]) || i > 0 && !isBlank(lines[i-1]) {
		return 0
	}
	j := i
	for j < len(lines) && (isIndented(lines[j]) || isBlank(lines[j]) && j+1 < len(lines) && isIndented(lines[j+1])) {
		j++
	}
	if j < len(lines) && !isBlank(lines[j]) {
		return 0
	}
	return j - i
}

// dedent removes one level of code indentation: four spaces or a tab.
func dedent(l string) string {
	if strings.HasPrefix(l, "\t") {
		return l[1:]
	}
	return strings.TrimPrefix(l, "    ")
}

// tableRun returns the number of consecutive tab-separated rows starting
// at i, or 0 when there are fewer than two.
func tableRun(lines []string, i int) int {
	if strings.IndexByte(lines[i], '\t') < 0 {
		return 0 // the common case, answered without trimming the line
	}
	j := i
	for j < len(lines) && strings.Contains(strings.TrimSpace(lines[j]), "\t") && !isIndented(lines[j]) {
		j++
	}
	if j-i < 2 {
		return 0
	}
	return j - i
}

// listMarker reads a list item's marker: "- ", "• " or "* " for bullets,
// "1. " for numbers, after an indentation of two spaces a level.
func listMarker(l string) (depth int, ordered, ok bool) {
	indent := len(l) - len(strings.TrimLeft(l, " "))
	t := l[indent:]
	switch {
	case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "• "), strings.HasPrefix(t, "* "):
	default:
		k := 0
		for k < len(t) && k < 4 && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k == 0 || !strings.HasPrefix(t[k:], ". ") {
			return 0, false, false
		}
		ordered = true
	}
	return indent/2 + 1, ordered, true
}

// foldSpace trims s and folds each run of white space inside it to one
// space.
func foldSpace(s string) string {
	if isFolded(s) {
		return s
	}
	// strings.Join(strings.Fields(s), " "), in one pass and one copy,
	// a word at a time.
	var b strings.Builder
	b.Grow(len(s))
	start := -1 // where the current word starts, or -1 between words
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var isSpace bool
		if c < utf8.RuneSelf {
			isSpace = c == ' ' || c >= '\t' && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
		}
		switch {
		case isSpace && start >= 0:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s[start:i])
			start = -1
		case !isSpace && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:])
	}
	return b.String()
}

// isFolded reports whether s is folded already: no leading, trailing or
// doubled spaces, and no white space but the ASCII space.
func isFolded(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); {
		// Eight bytes at once while none is a control byte or may open
		// a non-ASCII space, and no two spaces stand side by side.
		if i+8 <= len(s) {
			if x := load64(s, i); x&hiBits == 0 && !hasLess(x, ' ') || x&hiBits != 0 && !mayHoldControlOrSpaceLead(x) {
				sp := zeroBytes(x ^ (lowBits * ' ')) // the high bit of each space byte
				if sp&(sp<<8) != 0 || prevSpace && sp&0x80 != 0 {
					return false
				}
				prevSpace = sp>>63 != 0
				i += 8
				continue
			}
		}
		// Otherwise the next eight bytes one by one.
		for end := min(i+8, len(s)); i < end; i++ {
			switch foldClass[s[i]] {
			case foldPlain:
				prevSpace = false
			case foldSpaceByte:
				if prevSpace {
					return false
				}
				prevSpace = true
			case foldControl:
				return false
			case foldLead:
				// A byte that may open a non-ASCII space: U+0085, U+00A0,
				// U+1680, U+2000 to U+205F and U+3000 start with these.
				r, size := utf8.DecodeRuneInString(s[i:])
				if unicode.IsSpace(r) {
					return false
				}
				i += size - 1
				prevSpace = false
			}
		}
	}
	return !prevSpace || s == ""
}

// mayHoldControlOrSpaceLead reports whether one of the eight bytes of x
// is below 0x20, or is 0xC2 or 0xE0 to 0xE3, the lead bytes of every
// non-ASCII space (foldLead) and of some other characters.
func mayHoldControlOrSpaceLead(x uint64) bool {
	return zeroBytes(x&(lowBits*0xe0)) != 0 || zeroBytes(x^(lowBits*0xc2)) != 0 ||
		zeroBytes(x&(lowBits*0xfc)^(lowBits*0xe0)) != 0
}

// Masks for testing eight bytes of a uint64 at once.
const (
	lowBits = 0x0101010101010101 // the low bit of each byte
	hiBits  = 0x8080808080808080 // the high bit of each byte
)

// load64 reads the eight bytes of s from i as a little-endian uint64 (the
// compiler makes it one load).
func load64[S ~string | ~[]byte](s S, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// hasLess reports whether a byte of x, each below 0x80, is below n.
func hasLess(x uint64, n byte) bool { return (x-lowBits*uint64(n))&^x&hiBits != 0 }

// zeroBytes returns the high bit of each zero byte of x, exactly.
func zeroBytes(x uint64) uint64 {
	y := (x & ^uint64(hiBits)) + ^uint64(hiBits)
	return ^(y | x | ^uint64(hiBits))
}

// Classes of bytes for isFolded.
const (
	foldPlain     = iota // a byte of a non-space character
	foldSpaceByte        // the ASCII space
	foldControl          // a control byte: tab, newline and the like
	foldLead             // the lead byte of a character that may be a space
)

// foldClass maps each byte to its class for isFolded.
var foldClass = func() (t [256]uint8) {
	for c := 0; c < ' '; c++ {
		t[c] = foldControl
	}
	t[' '] = foldSpaceByte
	t[0x7f] = foldPlain
	for _, r := range []rune{0x85, 0xa0, 0x1680, 0x2000, 0x3000} {
		var b [4]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]] = foldLead
	}
	return t
}()
