package clean

import (
	"math/bits"
	"strings"
	"unicode"
)

// pageLanguage picks the stop list that covers most words of the page's
// longer units. It returns the list's index, or -1 when the text is mostly
// in a script without spaces (Chinese, Japanese, Thai) or no list fits,
// and the ISO 639-1 code it detected ("ja", "zh" and "th" are told by
// script).
func pageLanguage(units []unit, t *stopwordTable) (int, string) {
	counts := make([]int, len(t.names))
	const maxSampleWords = 600
	var words, cjk, kana, thai, hangul int
	sampled := 0
	for i := range units {
		text := units[i].text
		if len(text) < 40 {
			continue
		}
		sampled += len(text)
		for _, r := range text {
			switch {
			case r < 0x0E00:
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
		forEachWord(text, func(w string) {
			words++
			s, ok := t.top[w]
			if !ok && hasUpper(w) {
				var buf [64]byte
				if b, ascii := lowerASCII(w, &buf); ascii {
					s, ok = t.top[string(b)]
				} else {
					s, ok = t.top[strings.ToLower(w)]
				}
			}
			if !ok {
				return
			}
			for k, bitsWord := range s {
				for bitsWord != 0 {
					b := bits.TrailingZeros64(bitsWord)
					counts[k*64+b]++
					bitsWord &= bitsWord - 1
				}
			}
		})
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

// forEachWord calls fn with each word of text, without allocating.
func forEachWord(text string, fn func(string)) {
	start := -1
	for i, r := range text {
		if notWordRune(r) {
			if start >= 0 {
				fn(text[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fn(text[start:])
	}
}

// notWordRune reports whether r separates words.
func notWordRune(r rune) bool {
	if r < 0x80 {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '\'')
	}
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || unicode.Is(unicode.Mn, r))
}
