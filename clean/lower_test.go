package clean

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
)

// TestLowerRune checks the fast paths against unicode.ToLower for every
// code point.
func TestLowerRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestLowerText checks lowerText against strings.ToLower.
func TestLowerText(t *testing.T) {
	for _, s := range []string{
		"", "plain ascii", "Capital Letters", "ÉCOLE Élève", "Москва ПОДПИСАТЬСЯ", "東京で桜が開花",
		"mixed Ünïcödé and ASCII", "İstanbul", "ΣΊΣΥΦΟΣ", "bad \xff byte", "\xe2\x82", "ǅ titlecase",
		"الأخبار العاجلة", "already lower é", "東京\xe6\x9d", "\xe3\x80A 東", "漢字 ABC 漢字", "Grüße ÄÖÜ ß ÿ ÷ ×", "Привет МИР ёЁ",
		"abcdefghIJKLMNOPqrstuvwxyz Москва", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "abcdefgh ijklmnop Q", "\xc3", "\xd0\xb0\xd1",
	} {
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzLowerText checks lowerText against strings.ToLower on any input.
func FuzzLowerText(f *testing.F) {
	f.Add("Hello Wörld")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Fatalf("lowerText(%q) = %q, want %q", s, got, want)
		}
	})
}

// isFoldedRef is isFolded written plainly, byte by byte.
func isFoldedRef(s string) bool {
	prevSpace := true
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case r < ' ' || unicode.IsSpace(r):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// FuzzIsFolded checks isFolded against isFoldedRef, and that a folded
// text is what foldSpace would make of it.
func FuzzIsFolded(f *testing.F) {
	for _, s := range []string{"", "a b", "a  b", " a", "a ", "abcdefgh ijklmnop", "abcdefg  hijklmn", "abcdefgh\tijkl", "long line of text with words", "x\u00a0y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := isFolded(s)
		if want := isFoldedRef(s); got != want {
			t.Fatalf("isFolded(%q) = %v, want %v", s, got, want)
		}
		if got && strings.Join(strings.Fields(s), " ") != s {
			t.Fatalf("isFolded(%q) = true, but it is not folded", s)
		}
	})
}

// FuzzHasControl checks the eight-bytes-at-a-time hasControl against a
// plain loop.
func FuzzHasControl(f *testing.F) {
	for _, s := range []string{"", "plain text here", "tab\tand\nnewline", "bell\a", "del\x7f", "abcdefgh\x01ijk", "ünïcödé \x1b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for i := 0; i < len(s); i++ {
			want = want || isControl(rune(s[i]))
		}
		if got := hasControl(s); got != want {
			t.Fatalf("hasControl(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzFoldSpace checks foldSpace against strings.Fields and Join.
func FuzzFoldSpace(f *testing.F) {
	for _, s := range []string{"", "  a  b  ", "a\tb\nc", "x\u00a0y\u3000z", "\xff \xfe", "one"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("foldSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzContainsTag checks containsTag against searching the lower-cased
// bytes, what DetectKind did before.
func FuzzContainsTag(f *testing.F) {
	for _, s := range []string{"", "<html>", "<HTML lang=en>", "text <Body> more", "<<html", "<htm", "<\xffhtml", "K<BODY", "İ<hTmL"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		low := bytes.ToLower(b)
		for _, name := range []string{"html", "body"} {
			if got, want := containsTag(b, name), bytes.Contains(low, []byte("<"+name)); got != want {
				t.Fatalf("containsTag(%q, %q) = %v, want %v", b, name, got, want)
			}
		}
	})
}

// FuzzCapitalised checks capitalised, which reads words in place, against
// counting over strings.Fields.
func FuzzCapitalised(f *testing.F) {
	for _, s := range []string{"", "Hello World 3 x", "a\u00a0B\u2003C", "  Two  Words ", "\xffA b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		caps, n := 0, 0
		for _, w := range strings.Fields(s) {
			n++
			if c := w[0]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				caps++
			}
		}
		if gotCaps, gotN := capitalised(s); gotCaps != caps || gotN != n {
			t.Fatalf("capitalised(%q) = %d, %d, want %d, %d", s, gotCaps, gotN, caps, n)
		}
		// capCounter, asked at each ASCII byte in turn, gives the same.
		cc := capCounter{s: s}
		for i := 0; i <= len(s); i++ {
			if i < len(s) && s[i] >= 0x80 {
				continue
			}
			wantCaps, wantN := capitalised(s[:i])
			if gotCaps, gotN := cc.upTo(i); gotCaps != wantCaps || gotN != wantN {
				t.Fatalf("capCounter(%q).upTo(%d) = %d, %d, want %d, %d", s, i, gotCaps, gotN, wantCaps, wantN)
			}
		}
	})
}

// TestIsFoldedFindsSpacesAnywhere puts each non-ASCII space, and a tab, at
// every offset of non-ASCII text, where isFolded reads eight bytes at once.
func TestIsFoldedFindsSpacesAnywhere(t *testing.T) {
	base := "Grüße aus Москва и 東京 — ‘quoted’ text…"
	for r := rune(0); r <= 0x3000; r++ {
		if !unicode.IsSpace(r) || r == ' ' {
			continue
		}
		for i := range base {
			s := base[:i] + string(r) + base[i:]
			if got, want := isFolded(s), isFoldedRef(s); got != want {
				t.Fatalf("isFolded(%q) = %v, want %v", s, got, want)
			}
		}
	}
	if !isFolded(base) {
		t.Errorf("isFolded(%q) = false", base)
	}
}

// TestLowerTextEveryCharacter checks lowerText, whose fast paths step over
// whole ranges of characters, against strings.ToLower for every character
// of the Basic Multilingual Plane, alone and between others.
func TestLowerTextEveryCharacter(t *testing.T) {
	for r := rune(0x80); r <= 0xffff; r++ {
		for _, s := range []string{string(r), "x" + string(r) + "Y", "Привет " + string(r)} {
			if got, want := lowerText(s), strings.ToLower(s); got != want {
				t.Fatalf("lowerText(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
