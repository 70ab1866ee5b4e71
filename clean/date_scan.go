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

// is reports whether the byte at i is c.
func (d dateScanner) is(i int, c byte) bool { return i < len(d.s) && d.s[i] == c }

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
				if !d.is(j, ',') {
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
				// A dot after the letter is taken when an "m" follows it;
				// without one, "m" cannot follow the dot either.
				if y, ok := d.fold(d.opt(a+size, '.'), "m"); ok {
					m[12], m[13] = a, d.opt(y, '.')
					end = m[13]
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
func scanMonthDay(s string) []int { return dateScanner{s}.leftmost(dateScanner.monthDayAt) }

// scanDayMonth is reDayMonth.FindStringSubmatchIndex: "12 Oktober 2024
// 5:49 WIB", "12. März 2024", "12 de octubre de 2024".
func scanDayMonth(s string) []int { return dateScanner{s}.leftmost(dateScanner.dayMonthAt) }

// leftmost returns the first match of at, tried at each rune of the text
// in turn, as a regular expression's search does.
func (d dateScanner) leftmost(at func(dateScanner, int) []int) []int {
	for p := 0; p < len(d.s); {
		if m := at(d, p); m != nil {
			return m
		}
		_, size := utf8.DecodeRuneInString(d.s[p:])
		p += size
	}
	return nil
}

// withClock completes a match m whose date ends at y with the time that
// may follow it (see clock), and returns m.
func (d dateScanner) withClock(m []int, y int, leadIns []string, seps string, withUhr bool) []int {
	end, ok := d.clock(y, leadIns, seps, withUhr, m)
	if !ok {
		end = y
		for g := 8; g < 16; g++ {
			m[g] = -1
		}
	}
	m[1] = end
	return m
}

// opt returns i past the byte c, if c stands at i.
func (d dateScanner) opt(i int, c byte) int {
	if d.is(i, c) {
		return i + 1
	}
	return i
}

// day matches \d{1,2} at i: a run of one or two digits.
func (d dateScanner) day(i int) (int, bool) {
	e := d.digits(i)
	return e, e > i && e-i <= 2
}

// month matches \p{L}{3,12} at i: a whole run of 3 to 12 letters. It
// reads no more than 13, so a text of endless letters costs no more.
func (d dateScanner) month(i int) (int, bool) {
	e, n := d.lettersUpTo(i, 13)
	return e, n >= 3 && n <= 12
}

// optDe returns i past "de" and white space, if they stand at i.
func (d dateScanner) optDe(i int) int {
	if e, ok := d.fold(i, "de"); ok {
		if e2, ok := d.spacesThen(e); ok {
			return e2
		}
	}
	return i
}

// monthDayAt matches reMonthDay at p.
func (d dateScanner) monthDayAt(p int) []int {
	if !d.boundary(p) {
		return nil
	}
	q, ok := d.month(p)
	if !ok {
		return nil
	}
	j, ok := d.spacesThen(d.opt(q, '.'))
	if !ok {
		return nil
	}
	dd, ok := d.day(j)
	if !ok {
		return nil
	}
	k := dd
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if e, ok := d.fold(k, suf); ok {
			k = e
			break
		}
	}
	k, ok = d.spacesThen(d.opt(k, ','))
	if !ok {
		return nil
	}
	y, ok := d.year(k)
	if !ok {
		return nil
	}
	m := make([]int, 16)
	m[0], m[2], m[3], m[4], m[5], m[6], m[7] = p, p, q, j, dd, k, y
	return d.withClock(m, y, monthDayLeadIns, ":", false)
}

// dayMonthAt matches reDayMonth at p.
func (d dateScanner) dayMonthAt(p int) []int {
	if !d.boundary(p) {
		return nil
	}
	dd, ok := d.day(p)
	if !ok {
		return nil
	}
	j, ok := d.spacesThen(d.opt(dd, '.'))
	if !ok {
		return nil
	}
	j = d.optDe(j)
	q, ok := d.month(j)
	if !ok {
		return nil
	}
	k, ok := d.spacesThen(d.opt(d.opt(q, '.'), ','))
	if !ok {
		return nil
	}
	k = d.optDe(k)
	y, ok := d.year(k)
	if !ok {
		return nil
	}
	m := make([]int, 16)
	m[0], m[2], m[3], m[4], m[5], m[6], m[7] = p, p, dd, j, q, k, y
	return d.withClock(m, y, dayMonthLeadIns, ":.", true)
}
