package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerText returns s lower-cased, exactly as strings.ToLower does, but
// without a copy when nothing changes and with fast paths for the scripts
// that have no case or whose case is a fixed offset.
func lowerText(s string) string {
	first := -1 // the first capital
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lowerUnicode(s, i)
		}
		if c >= 'A' && c <= 'Z' && first < 0 {
			first = i
		}
	}
	if first < 0 {
		return s
	}
	// Capitals are few: copy the runs between them whole.
	var b strings.Builder
	b.Grow(len(s))
	copied := 0
	for i := first; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[copied:i])
			b.WriteByte(c + 'a' - 'A')
			copied = i + 1
		}
	}
	b.WriteString(s[copied:])
	return b.String()
}

// lowerUnicode lower-cases s, whose first non-ASCII byte is at from.
func lowerUnicode(s string, from int) string {
	var b strings.Builder
	copied := 0 // s[:copied] is in b, once b is in use
	started := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				if !started {
					b.Grow(len(s) + 8)
					started = true
				}
				b.WriteString(s[copied:i])
				b.WriteByte(c + 'a' - 'A')
				copied = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l := lowerRune(r)
		if l != r || r == utf8.RuneError && size == 1 {
			// strings.ToLower also turns invalid bytes into U+FFFD.
			if !started {
				b.Grow(len(s) + 8)
				started = true
			}
			b.WriteString(s[copied:i])
			b.WriteRune(l)
			copied = i + size
		}
		i += size
	}
	if !started {
		return s
	}
	b.WriteString(s[copied:])
	return b.String()
}

// lowerRune is unicode.ToLower with fast paths for the commonest scripts.
func lowerRune(r rune) rune {
	switch {
	case r >= 0x430 && r <= 0x45f, // Cyrillic lower case
		r >= 0x590 && r <= 0x8ff,   // Hebrew, Arabic, Syriac, Thaana and more
		r >= 0x900 && r <= 0xfff,   // Indic scripts, Thai, Lao, Tibetan
		r >= 0x3000 && r <= 0x9fff, // CJK punctuation, kana, Han
		r >= 0xac00 && r <= 0xd7a3: // Hangul syllables
		return r
	case r >= 0x410 && r <= 0x42f:
		return r + 0x20
	}
	return unicode.ToLower(r)
}
