package clean

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerText returns s lower-cased, exactly as strings.ToLower does, but
// without a copy when nothing changes and with fast paths for the scripts
// that have no case or whose case is a fixed offset.
func lowerText(s string) string {
	// Eight bytes at once: any non-ASCII byte sends the text to
	// lowerUnicode; otherwise only whether it has a capital matters.
	i, capital := 0, false
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		if x&hiBits != 0 {
			return lowerUnicode(s, i)
		}
		capital = capital || asciiUpper(x) != 0
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lowerUnicode(s, i)
		}
		capital = capital || c >= 'A' && c <= 'Z'
	}
	if !capital {
		return s
	}
	// All ASCII: lower-case eight bytes at once, setting the 0x20 bit of
	// each capital.
	var b strings.Builder
	b.Grow(len(s))
	var chunk [8]byte
	for i = 0; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		binary.LittleEndian.PutUint64(chunk[:], x|asciiUpper(x)>>2)
		b.Write(chunk[:])
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// lowerUnicode lower-cases s, whose first non-ASCII byte is at from.
func lowerUnicode(s string, from int) string {
	var b strings.Builder
	copied := 0 // s[:copied] is in b, once b is in use
	started := false
	// Before from, only ASCII capitals change.
	if i := strings.IndexFunc(s[:from], func(r rune) bool { return r >= 'A' && r <= 'Z' }); i >= 0 {
		from = i
	}
	for i := from; i < len(s); {
		if i+8 <= len(s) {
			if x := load64(s, i); x&hiBits == 0 && asciiUpper(x) == 0 {
				i += 8 // eight ASCII bytes without a capital
				continue
			}
		}
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

// asciiUpper returns the high bit of each byte of x, all ASCII, that is
// an upper-case letter.
func asciiUpper(x uint64) uint64 {
	// A byte gains its high bit by adding 63 when it is 'A' or above, and
	// by adding 37 when it is above 'Z'; no sum carries into the next byte.
	return (x + lowBits*(0x80-'A')) &^ (x + lowBits*(0x7f-'Z')) & hiBits
}

// lowerRune is unicode.ToLower with fast paths for the commonest scripts.
func lowerRune(r rune) rune {
	switch {
	case r >= 0x80 && r <= 0xbf, // Latin-1 punctuation and symbols
		r >= 0xdf && r <= 0xff,     // Latin-1 lower case, and the division sign
		r == 0xd7,                  // the multiplication sign
		r >= 0x2000 && r <= 0x206f: // general punctuation: quotes, dashes
		return r
	case r >= 0xc0 && r <= 0xde: // Latin-1 upper case
		return r + 0x20
	case r >= 0x100 && r <= 0x12f, r >= 0x132 && r <= 0x137, r >= 0x14a && r <= 0x177:
		// Latin Extended-A, in pairs of upper and lower case
		return r | 1
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
