package clean

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// binarySignatures are the leading bytes of formats that are never page dumps.
var binarySignatures = []struct {
	magic string
	name  string
}{
	{"%PDF-", "a PDF document"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"PK\x03\x04", "a ZIP archive"},
	{"\x1f\x8b", "gzip-compressed data"},
	{"BZh", "bzip2-compressed data"},
	{"\xfd7zXZ\x00", "xz-compressed data"},
	{"(\xb5/\xfd", "zstd-compressed data"},
	{"7z\xbc\xaf\x27\x1c", "a 7z archive"},
	{"\x7fELF", "an ELF executable"},
	{"RIFF", "a RIFF media file"},
	{"\x00\x00\x01\x00", "an icon file"},
	{"wOFF", "a web font"},
	{"wOF2", "a web font"},
}

// binarySignature reports whether data is binary rather than a page dump,
// and what it looks like. UTF-16 text, whose every other byte is NUL, is not
// binary.
func binarySignature(data []byte) (string, bool) {
	for _, s := range binarySignatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			if s.magic == "BZh" && (len(data) < 4 || data[3] < '1' || data[3] > '9') {
				continue
			}
			if s.magic == "RIFF" && (len(data) < 12 || !bytes.Contains(data[8:12], []byte("WAVE")) && !bytes.Contains(data[8:12], []byte("AVI")) && !bytes.Contains(data[8:12], []byte("WEBP"))) {
				continue
			}
			return s.name, true
		}
	}
	if isUTF16(data) {
		return "", false
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	var nul, ctrl int
	for i := 0; i < len(head); i++ {
		if i+8 <= len(head) {
			x := load64(head, i)
			below := zeroBytes(x & (lowBits * 0xe0))
			if below != 0 {
				below &^= zeroBytes(x^(lowBits*'\t')) | zeroBytes(x^(lowBits*'\n')) | zeroBytes(x^(lowBits*'\r'))
			}
			if below == 0 {
				i += 7 // no byte below 0x20 among these eight but tabs and line ends
				continue
			}
		}
		switch b := head[i]; {
		case b == 0:
			nul++
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b:
			ctrl++
		}
	}
	if len(head) > 0 && (nul*100 > len(head) || (nul+ctrl)*10 > len(head)) {
		return "binary data (control bytes)", true
	}
	return "", false
}

// isUTF16 reports whether data starts with a UTF-16 byte-order mark.
func isUTF16(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
}

// DetectKind tells whether data is an HTML page or a plain-text dump. It
// looks at how the data starts and at how dense its tags are, so a text dump
// that merely mentions a tag stays text.
func DetectKind(data []byte) InputKind {
	head := data
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if isUTF16(head) {
		head = []byte(decodeUTF16(head))
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	lower := bytes.ToLower(trimmed[:min(len(trimmed), 512)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<title", "<div", "<article", "<section", "<main", "<p>", "<p ", "<table", "<span", "<header", "<nav", "<link", "<script", "<style", "<h1", "<ul", "<form"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			if p == "<?xml" && !containsTag(head, "html") {
				return KindText
			}
			return KindHTML
		}
	}
	// Not starting with markup: call it HTML only when tags are dense and
	// the document skeleton is there.
	if !containsTag(head, "html") && !containsTag(head, "body") {
		return KindText
	}
	tags := 0
	for i := 0; i+1 < len(head); i++ {
		if head[i] == '<' {
			c := head[i+1]
			if c == '/' || c == '!' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
				tags++
			}
		}
	}
	if tags >= 10 && tags*300 >= len(head) {
		return KindHTML
	}
	return KindText
}

// decodeText turns the bytes of a text dump into clean UTF-8 with LF line
// ends: BOMs go, UTF-16 is decoded, NUL characters are dropped, other
// control characters but tabs become spaces, and bytes that are not UTF-8
// are read as windows-1252, the commonest mix-up.
func decodeText(data []byte) string {
	var s string
	if isUTF16(data) {
		s = decodeUTF16(data)
	} else {
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		s = toValidUTF8(data)
	}
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	if hasControl(s) {
		// Other control characters would reach the output, and make it
		// look binary when cleaned again: they become spaces, which
		// the cleaner folds.
		s = strings.Map(func(r rune) rune {
			if isControl(r) {
				return ' '
			}
			return r
		}, s)
	}
	s = strings.TrimPrefix(s, "\ufeff")
	return s
}

// decodeUTF16 decodes UTF-16 data that starts with a byte-order mark.
func decodeUTF16(data []byte) string {
	big := data[0] == 0xFE
	data = data[2:]
	u := make([]uint16, len(data)/2)
	for i := range u {
		if big {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// cp1252 maps the bytes 0x80 to 0x9F of windows-1252; the rest of the upper
// half is Latin-1.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

// toValidUTF8 returns data as a string, reading each byte that is not part
// of valid UTF-8 as windows-1252.
func toValidUTF8(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			c := data[0]
			if c >= 0x80 && c < 0xA0 {
				b.WriteRune(cp1252[c-0x80])
			} else {
				b.WriteRune(rune(c))
			}
			data = data[1:]
			continue
		}
		b.Write(data[:n])
		data = data[n:]
	}
	return b.String()
}

// isControl reports whether r is a C0 control character other than tab and
// line feed, or DEL.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' || r == 0x7f
}

// hasControl reports whether s holds a character isControl reports.
func hasControl(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		if zeroBytes(x&(lowBits*0xe0))|zeroBytes(x^(lowBits*0x7f)) == 0 {
			continue // no byte below 0x20, nor DEL: the common case, inlined
		}
		if controlBytes(x) != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if isControl(rune(s[i])) {
			return true
		}
	}
	return false
}

// controlBytes returns the high bit of each of the eight bytes of x that
// isControl reports, exactly: below 0x20 but for tab and newline, or DEL.
func controlBytes(x uint64) uint64 {
	low := zeroBytes(x & (lowBits * 0xe0)) // below 0x20
	allowed := zeroBytes(x^(lowBits*'\t')) | zeroBytes(x^(lowBits*'\n'))
	return low&^allowed | zeroBytes(x^(lowBits*0x7f))
}

// containsTag reports whether b holds "<" and then name (lower-case ASCII)
// in any case: "<html", "<HTML". It reads the bytes in place, where
// lower-casing a whole head of text first cost more than the rest of the
// detection.
func containsTag(b []byte, name string) bool {
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 {
			return false
		}
		b = b[i+1:]
		if len(b) >= len(name) && asciiEqualFold(b[:len(name)], name) {
			return true
		}
	}
}

// asciiEqualFold reports whether b equals lower, a lower-case ASCII word,
// in any case of its ASCII letters.
func asciiEqualFold(b []byte, lower string) bool {
	for i := 0; i < len(lower); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
