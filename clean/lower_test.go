package clean

import (
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
		"الأخبار العاجلة", "already lower é",
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
