package clean

import (
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
		for _, w := range strings.FieldsFunc(text, notWordRune) {
			words++
			s, ok := t.words[w]
			if !ok && hasUpper(w) {
				s, ok = t.words[strings.ToLower(w)]
			}
			if !ok {
				continue
			}
			for li := range counts {
				if s.has(li) {
					counts[li]++
				}
			}
		}
		if sampled > 200_000 {
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

// notWordRune reports whether r separates words.
func notWordRune(r rune) bool {
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || unicode.Is(unicode.Mn, r))
}
