package clean

import (
	"unicode/utf8"
)

// maxSampleWords is about how many words pageLanguage reads: it stops
// after the unit that takes it past this.
const maxSampleWords = 600

// pageLanguage picks the stop list that covers most words of the page's
// longer units. It returns the list's index, or -1 when the text is mostly
// in a script without spaces (Chinese, Japanese, Thai) or no list fits,
// and the ISO 639-1 code it detected ("ja", "zh" and "th" are told by
// script).
func pageLanguage(units []unit, t *stopwordTable) (int, string) {
	return pageLanguageIn(units, t, nil)
}

// pageLanguageIn is pageLanguage reusing, and adding to, the samples of
// unit texts in memo, indexed for these units, which a later pass over the
// same page can reuse.
func pageLanguageIn(units []unit, t *stopwordTable, memo *passMemo) (int, string) {
	var total langSample
	var counter langCounter
	for i := range units {
		text := units[i].text
		if len(text) < 40 {
			continue
		}
		var s *langSample
		if memo != nil {
			m := &memo.all[memo.idx[i]]
			if m.sample == nil {
				m.sample = sampleLanguage(text, t)
			}
			s = m.sample
		} else {
			s = sampleLanguage(text, t)
		}
		total.words += s.words
		total.cjk += s.cjk
		total.kana += s.kana
		total.thai += s.thai
		total.hangul += s.hangul
		counter.addCounter(s.counts)
		if total.words > maxSampleWords {
			break
		}
	}
	words, cjk := total.words, total.cjk
	switch {
	case total.kana > 0 && total.kana*10 >= cjk && cjk > words:
		return -1, "ja"
	case cjk > words:
		return -1, "zh"
	case total.thai > words:
		return -1, "th"
	}
	best, bestCount := -1, 0
	for li := range t.names {
		c := counter.count(li)
		if c > 0 && (best < 0 || c > bestCount || c == bestCount && t.names[li] == "English") {
			best, bestCount = li, c
		}
	}
	if best < 0 || bestCount*20 < words {
		if total.hangul > words {
			return best, "ko"
		}
		return -1, ""
	}
	return best, t.code(best)
}

// langSample is what one unit's text tells of the page's language: its
// words, its runes in scripts written without spaces, and for each stop
// list how many of its words are among that list's commonest.
type langSample struct {
	words, cjk, kana, thai, hangul int
	counts                         []langSet // a langCounter's used planes
}

// sampleLanguage reads one unit's text for pageLanguage.
func sampleLanguage(text string, t *stopwordTable) *langSample {
	s := &langSample{}
	var counter langCounter
	// count looks a word up among the commonest words of every list. The
	// lists are lower-case, so an ASCII word with a capital is looked up
	// lower-cased only.
	count := func(w string, upper, ascii bool) {
		s.words++
		var set langSet
		var ok bool
		switch {
		case !upper:
			set, ok = t.topSet.get(w)
		case ascii:
			set, ok = t.topSet.getFold(w, true)
		default:
			if set, ok = t.topSet.get(w); !ok {
				set, ok = t.topSet.getFold(w, false)
			}
		}
		if ok {
			counter.add(set)
		}
	}
	// countASCII is count for the ASCII word text[k:j], which ends there: a
	// word of up to eight bytes is looked up by its packed key at once.
	countASCII := func(text string, k, j int, upper bool) {
		if j-k > 8 {
			count(text[k:j], upper, true)
			return
		}
		s.words++
		if set, ok := t.topSet.getASCII(text, k, j, upper); ok {
			counter.add(set)
		}
	}
	// One pass: the words and the runes of the scripts written without
	// spaces.
	start, upper, ascii := -1, false, true
	for k := 0; k < len(text); {
		c := text[k]
		if start < 0 && asciiWordByte(c) {
			// A word starts: read its ASCII run in one go.
			j := k
			var sum uint64 // measure's packed counts: only the capitals matter
			for ; j < len(text); j++ {
				v := asciiWordCounts[text[j]]
				if v == notWordByte {
					break
				}
				sum |= v
			}
			up := sum>>(2*countBits) != 0
			if j < len(text) && text[j] >= 0x80 {
				start, upper, ascii = k, up, true // the word may go on
			} else {
				countASCII(text, k, j, up)
			}
			k = j
			continue
		}
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
		switch scriptOf(r) {
		case scriptKana:
			s.kana++
			s.cjk++
		case scriptHan:
			s.cjk++
		case scriptThai:
			s.thai++
		case scriptHangul:
			s.hangul++
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
	s.counts = append([]langSet(nil), counter.planes[:counter.used]...)
	return s
}

// asciiWordByte reports whether byte c belongs to an ASCII word: a letter,
// a digit or an apostrophe (measure's classes).
func asciiWordByte(c byte) bool { return asciiWordCounts[c] != notWordByte }

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

// addCounter adds the counts of another counter, given by its used
// planes.
func (c *langCounter) addCounter(planes []langSet) {
	var carry langSet
	for p := range c.planes {
		if p >= len(planes) && carry.empty() {
			return
		}
		var b langSet
		if p < len(planes) {
			b = planes[p]
		}
		a := c.planes[p]
		for k := range a {
			c.planes[p][k] = a[k] ^ b[k] ^ carry[k]
			carry[k] = a[k]&b[k] | carry[k]&(a[k]^b[k])
		}
		if !c.planes[p].empty() {
			c.used = max(c.used, p+1)
		}
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
