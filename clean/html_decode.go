package clean

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// decodeHTML turns the bytes of an HTML page into UTF-8 and names the
// encoding it read them in.
//
// The order is: a byte-order mark; then, when the whole input is valid UTF-8
// holding some non-ASCII text, UTF-8 (a declaration that says otherwise is
// wrong far more often than such bytes are a legacy encoding by chance);
// then the charset a <meta> element declares anywhere in the first 64 KiB;
// then the sniffing of golang.org/x/net/html/charset. That package alone
// decides from the first 1024 bytes and calls an ASCII-only head
// windows-1252, which would turn later UTF-8 into mojibake: checking the
// whole input first avoids the trap.
func decodeHTML(data []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return toUTF8Bytes(data[3:]), "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, "utf-16le")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "utf-16be")
	}
	if utf8.Valid(data) {
		return data, "utf-8", nil
	}
	if label := declaredCharset(data); label != "" {
		if enc, name := charset.Lookup(label); enc != nil && !strings.HasPrefix(name, "utf-16") {
			if name == "utf-8" {
				return toUTF8Bytes(data), name, nil
			}
			return decodeWith(enc, data, name)
		}
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		// Sniffing saw valid UTF-8 in the head, but the whole input is
		// not: keep the UTF-8 and patch the stray bytes.
		return toUTF8Bytes(data), "utf-8", nil
	}
	return decodeWith(enc, data, name)
}

// decodeWith decodes data with enc.
func decodeWith(enc encoding.Encoding, data []byte, name string) ([]byte, string, error) {
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, name, fmt.Errorf("decoding %s: %w", name, err)
	}
	return out, name, nil
}

// toUTF8Bytes is data with every byte that is not part of valid UTF-8 read
// as windows-1252.
func toUTF8Bytes(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	return []byte(toValidUTF8(data))
}

// declaredCharset finds the charset that a <meta charset> or <meta
// http-equiv="Content-Type" content="...; charset=..."> declares in the
// first 64 KiB of data, or "".
func declaredCharset(data []byte) string {
	head := data[:min(len(data), 64<<10)]
	for {
		i := indexFold(head, "<meta")
		if i < 0 {
			return ""
		}
		head = head[i+5:]
		end := bytes.IndexByte(head, '>')
		if end < 0 {
			return ""
		}
		tag := head[:end]
		head = head[end:]
		j := indexFold(tag, "charset")
		if j < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[j+7:], " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		k := 0
		for k < len(v) && v[k] != '"' && v[k] != '\'' && v[k] != ';' && v[k] != ' ' && v[k] != '/' && v[k] != '>' {
			k++
		}
		if k > 0 {
			return strings.ToLower(string(v[:k]))
		}
	}
}

// indexFold is the index of the ASCII string needle (lower case) in s,
// ignoring ASCII case, or -1.
func indexFold(s []byte, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 != needle[0] {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}
