package clean

import (
	"unicode"
	"unicode/utf8"
)

// pageLanguage picks the stop list that covers most words of the page's
// longer units. It returns the list's index, or -1 when the text is mostly
// in a script without spaces (Chinese, Japanese, Thai) or no list fits,
// and the ISO 639-1 code it detected ("ja", "zh" and "th" are told by
// script).
func pageLanguage(units []unit, t *stopwordTable) (int, string) {
	var counter langCounter
	const maxSampleWords = 600
	var words, cjk, kana, thai, hangul int
	// count looks a word up among the commonest words of every list. The
	// lists are lower-case, so an ASCII word with a capital is looked up
	// lower-cased only.
	count := func(w string, upper, ascii bool) {
		words++
		var s langSet
		var ok bool
		switch {
		case !upper:
			s, ok = t.topSet.get(w)
		case ascii:
			s, ok = t.topSet.getFold(w, true)
		default:
			if s, ok = t.topSet.get(w); !ok {
				s, ok = t.topSet.getFold(w, false)
			}
		}
		if ok {
			counter.add(s)
		}
	}
	for i := range units {
		text := units[i].text
		if len(text) < 40 {
			continue
		}
		// One pass: the words (as forEachWord splits them) and the runes
		// of the scripts written without spaces.
		start, upper, ascii := -1, false, true
		for k := 0; k < len(text); {
			c := text[k]
			if c < 0x80 {
				switch {
				case asciiWordByte(c):
					if start < 0 {
						start, upper, ascii = k, false, true
					}
					if c >= 'A' && c <= 'Z' {
						upper = true
					}
				case start >= 0:
					count(text[start:k], upper, ascii)
					start = -1
				}
				k++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[k:])
			k += size
			if r >= 0x0E00 {
				switch {
				case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
					kana++
					cjk++
				case unicode.Is(unicode.Han, r):
					cjk++
				case unicode.Is(unicode.Thai, r):
					thai++
				case unicode.Is(unicode.Hangul, r):
					hangul++
				}
			}
			fl := flagsOf(r)
			if fl&(rfLetter|rfDigit|rfMn) == 0 && r != '’' { // a separator: no letter, digit, mark or apostrophe
				if start >= 0 {
					count(text[start:k-size], upper, ascii)
					start = -1
				}
				continue
			}
			if start < 0 {
				start, upper = k-size, false
			}
			ascii = false
			if fl&rfUpper != 0 {
				upper = true
			}
		}
		if start >= 0 {
			count(text[start:], upper, ascii)
		}
		if words > maxSampleWords {
			break
		}
	}
	switch {
	case kana > 0 && kana*10 >= cjk && cjk > words:
		return -1, "ja"
	case cjk > words:
		return -1, "zh"
	case thai > words:
		return -1, "th"
	}
	counts := make([]int, len(t.names))
	for li := range counts {
		counts[li] = counter.count(li)
	}
	best := -1
	for li, c := range counts {
		if c > 0 && (best < 0 || c > counts[best] || c == counts[best] && t.names[li] == "English") {
			best = li
		}
	}
	if best < 0 || counts[best]*20 < words {
		if hangul > words {
			return best, "ko"
		}
		return -1, ""
	}
	return best, t.code(best)
}

// asciiWordByte reports whether an ASCII byte belongs to a word: a letter,
// a digit or an apostrophe.
func asciiWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\''
}

// caseOf reports whether w has an upper-case letter and whether it is all
// ASCII.
func caseOf(w string) (upper, ascii bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return hasUpper(w), false
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	return upper, true
}

// langCounter counts, for each stop list, the sampled words it has. It is
// a bit-sliced binary counter: adding a word costs a few operations on
// whole sets, however many lists share the word.
type langCounter struct {
	planes [48]langSet // bit p of every list's count
	used   int         // planes[used:] are all empty
}

// add counts one word found in the lists of s.
func (c *langCounter) add(s langSet) {
	for p := range c.planes {
		pl := &c.planes[p]
		carry := langSet{pl[0] & s[0], pl[1] & s[1]}
		pl[0] ^= s[0]
		pl[1] ^= s[1]
		c.used = max(c.used, p+1)
		if carry.empty() {
			return
		}
		s = carry
	}
}

// count returns list i's count.
func (c *langCounter) count(i int) int {
	n := 0
	for p := range c.planes[:c.used] {
		if c.planes[p].has(i) {
			n |= 1 << p
		}
	}
	return n
}
