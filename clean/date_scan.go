package clean

import (
	"unicode"
	"unicode/utf8"
)

// The two date patterns with a month's name, reDayMonth and reMonthDay,
// are the costliest of all: every dateline runs them. scanDayMonth and
// scanMonthDay match exactly what they match (the same leftmost match,
// the same groups, as FuzzDateScanners checks), by hand, about twenty
// times faster. The regular expressions stay the definition.

// dateScanner reads one text from a position.
type dateScanner struct {
	s string
}

// isSpace reports whether c is white space as \s has it.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// isWordChar reports whether c is a word character as \b has it.
func isWordChar(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// boundary reports whether \b holds at i.
func (d dateScanner) boundary(i int) bool {
	before := i > 0 && isWordChar(d.s[i-1])
	after := i < len(d.s) && isWordChar(d.s[i])
	return before != after
}

// spaces returns the end of the run of white space at i.
func (d dateScanner) spaces(i int) int {
	for i < len(d.s) && isSpace(d.s[i]) {
		i++
	}
	return i
}

// digits returns the end of the run of ASCII digits at i.
func (d dateScanner) digits(i int) int {
	for i < len(d.s) && d.s[i] >= '0' && d.s[i] <= '9' {
		i++
	}
	return i
}

// letters returns the end of the run of letters at i, and their count.
func (d dateScanner) letters(i int) (int, int) {
	n := 0
	for i < len(d.s) {
		r, size := utf8.DecodeRuneInString(d.s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// lettersUpTo returns the end of at most max letters at i, and their count.
func (d dateScanner) lettersUpTo(i, max int) (int, int) {
	n := 0
	for i < len(d.s) && n < max {
		r, size := utf8.DecodeRuneInString(d.s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// byte reports whether the byte at i is c.
func (d dateScanner) byte(i int, c byte) bool { return i < len(d.s) && d.s[i] == c }

// fold matches lit, in any case as (?i) has it, at i and returns its end.
func (d dateScanner) fold(i int, lit string) (int, bool) {
	for _, want := range lit {
		if i >= len(d.s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(d.s[i:])
		if !equalFold(r, want) {
			return 0, false
		}
		i += size
	}
	return i, true
}

// equalFold reports whether r and c are the same letter in any case, by
// Unicode's simple folding as regexp's (?i) uses it.
func equalFold(r, c rune) bool {
	if r == c {
		return true
	}
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		if r == f {
			return true
		}
	}
	return false
}

// year matches (?:19|20)\d\d at i.
func (d dateScanner) year(i int) (int, bool) {
	if i+4 > len(d.s) || !(d.s[i] == '1' && d.s[i+1] == '9' || d.s[i] == '2' && d.s[i+1] == '0') || !isDigit(d.s[i+2]) || !isDigit(d.s[i+3]) {
		return 0, false
	}
	return i + 4, true
}

// spacesThen matches \s+ at i and returns its end.
func (d dateScanner) spacesThen(i int) (int, bool) {
	j := d.spaces(i)
	return j, j > i
}

// clock matches the time after a date: one of the lead-ins (each tried in
// turn, then none), white space, one or two digits, a separator among
// seps, two digits, an optional am/pm, an optional "uhr"/"h" (withUhr),
// and an optional zone of up to four letters. It fills groups 4 to 7 of
// m and returns the end, or ok false.
func (d dateScanner) clock(i int, leadIns []string, seps string, withUhr bool, m []int) (int, bool) {
	for k := 0; k <= len(leadIns); k++ {
		j := i
		if k < len(leadIns) {
			lit := leadIns[k]
			if lit == "," {
				if !d.byte(j, ',') {
					continue
				}
				j++
			} else {
				var ok bool
				if j, ok = d.spacesThen(j); !ok {
					continue
				}
				if j, ok = d.fold(j, lit); !ok {
					continue
				}
			}
		}
		j, ok := d.spacesThen(j)
		if !ok {
			continue
		}
		h := d.digits(j)
		if h == j || h-j > 2 || h >= len(d.s) {
			continue
		}
		sep := d.s[h]
		if sep != seps[0] && (len(seps) < 2 || sep != seps[1]) {
			continue
		}
		mi := h + 1
		if mi+2 > len(d.s) || !isDigit(d.s[mi]) || !isDigit(d.s[mi+1]) {
			continue
		}
		m[8], m[9], m[10], m[11] = j, h, mi, mi+2
		end := mi + 2
		// (?:\s*([ap]\.?m\.?))?
		m[12], m[13] = -1, -1
		if a := d.spaces(end); a < len(d.s) {
			if r, size := utf8.DecodeRuneInString(d.s[a:]); equalFold(r, 'a') || equalFold(r, 'p') {
				x := a + size
				if d.byte(x, '.') {
					if y, ok := d.fold(x+1, "m"); ok {
						x = y
					} else if y, ok := d.fold(x, "m"); ok {
						x = y
					} else {
						x = -1
					}
				} else if y, ok := d.fold(x, "m"); ok {
					x = y
				} else {
					x = -1
				}
				if x >= 0 {
					if d.byte(x, '.') {
						x++
					}
					m[12], m[13] = a, x
					end = x
				}
			}
		}
		// (?:\s*(?:uhr|h))?
		if withUhr {
			a := d.spaces(end)
			if y, ok := d.fold(a, "uhr"); ok {
				end = y
			} else if y, ok := d.fold(a, "h"); ok {
				end = y
			}
		}
		// (?:\s+(\p{L}{1,4}))?
		m[14], m[15] = -1, -1
		if a, ok := d.spacesThen(end); ok {
			if z, n := d.lettersUpTo(a, 4); n > 0 {
				m[14], m[15] = a, z
				end = z
			}
		}
		return end, true
	}
	return 0, false
}

// monthDayLeadIns and dayMonthLeadIns are the words the patterns allow
// between a date and its time, in order.
var (
	monthDayLeadIns = []string{",", "at", "-", "|"}
	dayMonthLeadIns = []string{",", "um", "at", "a las", "à", "-", "|"}
)

// scanMonthDay is reMonthDay.FindStringSubmatchIndex: "October 12, 2024,
// 10:31 pm CST".
func scanMonthDay(s string) []int {
	d := dateScanner{s}
	for p := 0; p < len(s); {
		if m := d.monthDayAt(p); m != nil {
			return m
		}
		_, size := utf8.DecodeRuneInString(s[p:])
		p += size
	}
	return nil
}

// monthDayAt matches reMonthDay at p.
func (d dateScanner) monthDayAt(p int) []int {
	if !d.boundary(p) {
		return nil
	}
	q, n := d.letters(p)
	if n < 3 || n > 12 {
		return nil
	}
	j := q
	if d.byte(j, '.') {
		j++
	}
	j, ok := d.spacesThen(j)
	if !ok {
		return nil
	}
	dd := d.digits(j)
	if dd == j || dd-j > 2 {
		return nil
	}
	k := dd
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if e, ok := d.fold(k, suf); ok {
			k = e
			break
		}
	}
	if d.byte(k, ',') {
		k++
	}
	k, ok = d.spacesThen(k)
	if !ok {
		return nil
	}
	y, ok := d.year(k)
	if !ok {
		return nil
	}
	m := make([]int, 16)
	m[0], m[2], m[3], m[4], m[5], m[6], m[7] = p, p, q, j, dd, k, y
	end, ok := d.clock(y, monthDayLeadIns, ":", false, m)
	if !ok {
		end = y
		for g := 8; g < 16; g++ {
			m[g] = -1
		}
	}
	m[1] = end
	return m
}

// scanDayMonth is reDayMonth.FindStringSubmatchIndex: "12 Oktober 2024
// 5:49 WIB", "12. März 2024", "12 de octubre de 2024".
func scanDayMonth(s string) []int {
	d := dateScanner{s}
	for p := 0; p < len(s); {
		if m := d.dayMonthAt(p); m != nil {
			return m
		}
		_, size := utf8.DecodeRuneInString(s[p:])
		p += size
	}
	return nil
}

// dayMonthAt matches reDayMonth at p.
func (d dateScanner) dayMonthAt(p int) []int {
	if !d.boundary(p) {
		return nil
	}
	dd := d.digits(p)
	if dd == p || dd-p > 2 {
		return nil
	}
	j := dd
	if d.byte(j, '.') {
		j++
	}
	j, ok := d.spacesThen(j)
	if !ok {
		return nil
	}
	if e, ok := d.fold(j, "de"); ok {
		if e2, ok := d.spacesThen(e); ok {
			j = e2
		}
	}
	q, n := d.letters(j)
	if n < 3 || n > 12 {
		return nil
	}
	k := q
	if d.byte(k, '.') {
		k++
	}
	if d.byte(k, ',') {
		k++
	}
	k, ok = d.spacesThen(k)
	if !ok {
		return nil
	}
	if e, ok := d.fold(k, "de"); ok {
		if e2, ok := d.spacesThen(e); ok {
			k = e2
		}
	}
	y, ok := d.year(k)
	if !ok {
		return nil
	}
	m := make([]int, 16)
	m[0], m[2], m[3], m[4], m[5], m[6], m[7] = p, p, dd, j, q, k, y
	end, ok := d.clock(y, dayMonthLeadIns, ":.", true, m)
	if !ok {
		end = y
		for g := 8; g < 16; g++ {
			m[g] = -1
		}
	}
	m[1] = end
	return m
}
