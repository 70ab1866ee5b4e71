package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// features are what the classifier measures on one unit's text.
type features struct {
	runes    int32   // characters
	words    int32   // word tokens (a CJK character counts as half a word)
	stops    int32   // tokens in the page language's stop list
	density  float64 // stops / words, or a stand-in for scripts without spaces
	weight   int32   // length in Latin-equivalent characters (a CJK character counts 3)
	letters  int32   // letter characters
	digits   int32   // digit characters
	upper    int32   // upper-case letters
	cjk      int32   // Han, kana, Hangul and Thai characters
	sentEnd  bool    // ends like a sentence: . ! ? … 。 ！ ？ or those before a closing quote
	colonEnd bool    // ends with a colon: introduces a list or quote
	puncts   int32   // sentence punctuation inside the text (, ; . and their CJK forms)
	capStart bool    // starts with an upper-case letter, a digit or a quote
	bullet   bool    // starts with a list bullet
}

// measure computes the features of text, counting stop words of language
// lang (an index into the stop-word table, or -1 when the page's language has
// no stop list).
func measure(text string, t *stopwordTable, lang int) features {
	var f features
	if text == "" {
		return f
	}
	var stops *wordSet[struct{}]
	if lang >= 0 && t != nil {
		stops = t.set(lang)
	}
	// The current word: where it starts (-1 outside a word), whether it
	// has an upper-case letter, and whether it is all ASCII.
	wordStart, wordUpper, wordASCII := -1, false, true
	flush := func(end int) {
		start := wordStart
		w := text[start:end]
		wordStart = -1
		f.words++
		if stops == nil {
			return
		}
		// The lists are lower-case: a word with a capital is looked up
		// lower-cased (an ASCII one only so, as it cannot match as is).
		var hit bool
		switch {
		case wordASCII && len(w) <= 8:
			_, hit = stops.getASCII(text, start, end, wordUpper)
		case !wordUpper:
			_, hit = stops.get(w)
		case wordASCII:
			_, hit = stops.getFold(w, true)
		default:
			if _, hit = stops.get(w); !hit {
				_, hit = stops.getFold(w, false)
			}
		}
		if hit {
			f.stops++
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII fast path: the same classes without Unicode tables.
			if k := asciiClass[c]; k&acWord != 0 && wordStart < 0 {
				// A word starts: read its ASCII run in one go, adding up
				// its capitals, letters and digits in one packed sum.
				j := i
				var sum uint64
				for ; j < len(text); j++ {
					v := asciiWordCounts[text[j]]
					if v == notWordByte {
						break
					}
					sum += v
				}
				upper, letters, digits := unpackCounts(sum)
				if j-i >= 1<<countBits {
					upper, letters, digits = countWordBytes(text[i:j]) // beyond the packed fields
				}
				f.runes += int32(j - i)
				f.upper += upper
				f.letters += letters
				f.digits += digits
				wordStart, wordUpper, wordASCII = i, upper > 0, true
				i = j
				continue
			}
			f.runes++
			if k := asciiClass[c]; k&acWord != 0 {
				// Only a word with a non-ASCII letter or digit in it comes
				// here: the fast path above reads every ASCII run whole.
				switch {
				case k&acUpper != 0:
					f.upper++
					f.letters++
					wordUpper = true
				case k&acLetter != 0:
					f.letters++
				case k&acDigit != 0:
					f.digits++
				}
			} else {
				if wordStart >= 0 {
					flush(i)
				}
				if k&acPunct != 0 {
					f.puncts++
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		at := i
		i += size
		f.runes++
		if isCJK(r) {
			if wordStart >= 0 {
				flush(at)
			}
			f.cjk++
			f.letters++
			continue
		}
		switch fl := flagsOf(r); {
		case fl&(rfLetter|rfMn|rfMc) != 0 || r == '’':
			if wordStart < 0 {
				wordStart, wordUpper = at, false
			}
			wordASCII = false
			if fl&rfUpper != 0 {
				f.upper++
				wordUpper = true
			}
			if fl&rfLetter != 0 {
				f.letters++
			}
		case fl&rfDigit != 0:
			f.digits++
			if wordStart < 0 {
				wordStart, wordUpper = at, false
			}
			wordASCII = false
		default:
			if wordStart >= 0 {
				flush(at)
			}
			switch r {
			case ',', ';', '.', '،', '、', '，', '。', '；', '!', '?', '！', '？':
				f.puncts++
			}
		}
	}
	if wordStart >= 0 {
		flush(len(text))
	}
	f.words += f.cjk / 2
	f.weight = f.runes + 2*f.cjk
	if f.words > 0 {
		f.density = float64(f.stops) / float64(f.words)
	}
	if lang < 0 {
		// No stop list for this script: sentence punctuation stands in.
		switch {
		case f.puncts >= 2 || (f.puncts == 1 && f.weight >= 60):
			f.density = 0.4
		case f.puncts == 1:
			f.density = 0.31
		default:
			f.density = 0.1
		}
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "\"'”’»)]*"))
	switch last {
	case '.', '!', '?', '…', '。', '！', '？', '؟', '।', '۔':
		f.sentEnd = true
	case ':', '：':
		f.colonEnd = true
	}
	first, _ := utf8.DecodeRuneInString(text)
	f.capStart = unicode.IsUpper(first) || unicode.IsDigit(first) || isOpeningQuote(first) || (unicode.IsLetter(first) && !unicode.IsLower(first))
	f.bullet = isBulletRune(first) && strings.HasPrefix(text[utf8.RuneLen(first):], " ")
	return f
}

// isOpeningQuote reports whether r opens a quotation: " ' “ ‘ « „.
func isOpeningQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '„':
		return true
	}
	return false
}

// isBulletRune reports whether r marks a list item when a space follows
// it: • · ● ▪ ■ ◦ ‣ – - * ► ▶ ✓ ✔.
func isBulletRune(r rune) bool {
	switch r {
	case '•', '·', '●', '▪', '■', '◦', '‣', '–', '-', '*', '►', '▶', '✓', '✔':
		return true
	}
	return false
}

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isCJK reports whether r belongs to a script written without spaces
// between words.
func isCJK(r rune) bool {
	switch scriptOf(r) {
	case scriptHan, scriptKana, scriptThai:
		return true
	}
	return false
}

// script is one of the scripts the classifier tells apart by their runes.
type script uint8

// The scripts scriptOf tells.
const (
	scriptOther  script = iota
	scriptHan           // Chinese characters, also used in Japanese
	scriptKana          // Hiragana and Katakana
	scriptThai          // Thai
	scriptHangul        // Korean
)

// scriptOf returns the script of r among Han, kana, Thai and Hangul, or
// scriptOther. Most runes of any page, and the curly quotes and dashes of
// every language, fall in ranges that hold one script or none, which are
// answered without searching Unicode's tables.
func scriptOf(r rune) script {
	switch {
	case r < 0x0E00:
		return scriptOther
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return scriptHan
	case r >= 0xAC00 && r <= 0xD7A3: // Hangul syllables
		return scriptHangul
	case r >= 0x0E80 && r < 0x1100 || r >= 0x1200 && r < 0x2E80:
		return scriptOther // Lao to Georgian; Ethiopic to punctuation and symbols
	}
	switch {
	case unicode.Is(unicode.Han, r):
		return scriptHan
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return scriptKana
	case unicode.Is(unicode.Thai, r):
		return scriptThai
	case unicode.Is(unicode.Hangul, r):
		return scriptHangul
	}
	return scriptOther
}

// lowerASCII lower-cases a short ASCII word into buf, so that a map look-up
// with string(result) does not allocate; ok is false for other words.
func lowerASCII(w string, buf *[64]byte) (b []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// Flags of a rune's Unicode classes, as flagsOf gives them.
const (
	rfLetter = 1 << iota // unicode.IsLetter
	rfUpper              // unicode.IsUpper
	rfMn                 // a non-spacing mark
	rfMc                 // a spacing mark
	rfDigit              // unicode.IsDigit
)

// tabledRunes is where runeFlagTable ends: the alphabets of Europe, the
// Middle East and India, whose runes are looked up instead of searched
// for in Unicode's range tables.
const tabledRunes = 0x0E00

// runeFlagTable holds flagsOf for the runes below tabledRunes.
var runeFlagTable = func() (t [tabledRunes]uint8) {
	for r := rune(0); r < tabledRunes; r++ {
		t[r] = computeFlags(r)
	}
	return t
}()

// flagsOf returns the Unicode class flags of r.
func flagsOf(r rune) uint8 {
	if r >= 0 && r < tabledRunes {
		return runeFlagTable[r]
	}
	return computeFlags(r)
}

// computeFlags computes the flags of r from Unicode's tables.
func computeFlags(r rune) uint8 {
	var f uint8
	if unicode.IsLetter(r) {
		f |= rfLetter
	}
	if unicode.IsUpper(r) {
		f |= rfUpper
	}
	if unicode.Is(unicode.Mn, r) {
		f |= rfMn
	}
	if unicode.Is(unicode.Mc, r) {
		f |= rfMc
	}
	if unicode.IsDigit(r) {
		f |= rfDigit
	}
	return f
}

// Classes of ASCII bytes for measure. acUpper is the bit that lower-cases
// an ASCII capital.
const (
	acWord   = 1 << iota // part of a word: a letter, a digit or an apostrophe
	acLetter             // a letter
	acDigit              // a digit
	acPunct              // sentence punctuation: , ; . ! ?
	acUpper  = 0x20      // a capital letter
)

// countBits is the width of each field of a packed count of a word's
// capitals, letters and digits: capitals<<(2*countBits) | letters<<countBits
// | digits.
const countBits = 21

// notWordByte marks, in asciiWordCounts, a byte that ends an ASCII word.
const notWordByte = ^uint64(0)

// asciiWordCounts maps each byte of an ASCII word to what it adds to the
// word's packed count, and every other byte, non-ASCII ones included, to
// notWordByte.
var asciiWordCounts = func() (t [256]uint64) {
	for c := range t {
		t[c] = notWordByte
		if c >= utf8.RuneSelf || asciiClass[c]&acWord == 0 {
			continue
		}
		k := asciiClass[c]
		t[c] = 0
		if k&acUpper != 0 {
			t[c] |= 1 << (2 * countBits)
		}
		if k&acLetter != 0 {
			t[c] |= 1 << countBits
		}
		if k&acDigit != 0 {
			t[c] |= 1
		}
	}
	return t
}()

// unpackCounts splits a packed count into capitals, letters and digits.
func unpackCounts(sum uint64) (upper, letters, digits int32) {
	const field = 1<<countBits - 1
	return int32(sum >> (2 * countBits) & field), int32(sum >> countBits & field), int32(sum & field)
}

// countWordBytes counts the capitals, letters and digits of an ASCII word
// too long for the packed fields.
func countWordBytes(w string) (upper, letters, digits int32) {
	for i := 0; i < len(w); i++ {
		u, l, d := unpackCounts(asciiWordCounts[w[i]])
		upper, letters, digits = upper+u, letters+l, digits+d
	}
	return upper, letters, digits
}

// asciiClass maps each ASCII byte to its classes.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = acWord | acLetter
		t[c-'a'+'A'] = acWord | acLetter | acUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = acWord | acDigit
	}
	t['\''] = acWord
	for _, c := range ",;.!?" {
		t[c] = acPunct
	}
	return t
}()
