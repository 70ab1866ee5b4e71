package clean

import (
	"errors"
	"strings"
	"testing"
)

func TestCountTags(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"<p>a</p>", 1},
		{"<B>x<I>y", 2},
		{"a < b and c <= d <!-- x --> </p>", 0},
		{"<div><span>x</span></div>", 2},
	}
	for _, tt := range tests {
		if got := countTags([]byte(tt.in)); got != tt.want {
			t.Errorf("countTags(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestHTMLElementLimit(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<b>x", maxElements+1)
	_, err := CleanBytes([]byte(page), Options{Input: KindHTML})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if !strings.Contains(err.Error(), "elements") {
		t.Errorf("error %q does not say what is too large", err)
	}
}
