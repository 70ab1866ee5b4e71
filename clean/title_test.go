package clean

import (
	"strings"
	"testing"
)

// TestDumpTitle checks which line of a dump becomes the title: the
// headline above the byline, not an author's name or a section's printed
// twice above it, nor the page's chrome.
func TestDumpTitle(t *testing.T) {
	body := []string{
		"Alibaba plans to raise as much as 12.9 billion dollars in its Hong Kong listing, the largest share sale in the city in almost a decade.",
		"The company will sell 500 million new shares, with an option to sell 75 million more if demand is strong, according to the filing.",
		"The listing comes as the city is shaken by months of protests, which have hurt its economy and kept many investors away from its market.",
		"Analysts said the sale would test the appetite of investors for Chinese technology companies at a time of trade tensions.",
	}
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{
			name:  "an author's name printed twice above the headline",
			lines: []string{"Markets", "Anna Menin", "Anna Menin", "Alibaba to raise up to $12.9bn in landmark Hong Kong listing", "By Anna Menin", "November 20, 2019"},
			want:  "Alibaba to raise up to $12.9bn in landmark Hong Kong listing",
		},
		{
			name:  "a section's name printed twice",
			lines: []string{"Company Town", "Company Town", "Business", "Alibaba to raise up to $12.9bn in landmark Hong Kong listing", "By Meg James", "Nov. 19, 2019 5:00 PM"},
			want:  "Alibaba to raise up to $12.9bn in landmark Hong Kong listing",
		},
		{
			name:  "a headline printed twice, with no byline",
			lines: []string{"Home", "News", "Alibaba to raise up to $12.9bn in landmark Hong Kong listing", "Alibaba to raise up to $12.9bn in landmark Hong Kong listing", "Share"},
			want:  "Alibaba to raise up to $12.9bn in landmark Hong Kong listing",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := CleanBytes([]byte(strings.Join(append(append([]string{}, tt.lines...), body...), "\n")), Options{Input: KindText})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.want {
				t.Errorf("title %q, want %q", doc.Title, tt.want)
			}
		})
	}
}
