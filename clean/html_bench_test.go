package clean

import (
	"os"
	"path/filepath"
	"testing"
)

// benchDir holds the benchmark pages, beside the repository.
var benchDir = filepath.Join("..", "..", "shared", "bench", "html")

// benchPages lists the HTML pages of the benchmark sets, skipping the test
// when they are absent.
func benchPages(tb testing.TB) []string {
	tb.Helper()
	if _, err := os.Stat(benchDir); err != nil {
		tb.Skipf("benchmark pages not found: %v", err)
	}
	pages, err := filepath.Glob(filepath.Join(benchDir, "*", "*.html"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(pages) == 0 {
		tb.Skip("no benchmark pages")
	}
	return pages
}

// BenchmarkHTML cleans every benchmark page once per iteration and reports
// HTML bytes and pages per second (parse included) and allocations. Run it on one
// core: go test -run ^$ -bench HTML -cpu 1 ./clean
func BenchmarkHTML(b *testing.B) {
	pages := benchPages(b)
	data := make([][]byte, len(pages))
	var total int64
	for i, p := range pages {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		data[i] = d
		total += int64(len(d))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range data {
			if _, err := CleanBytes(d, Options{Input: KindHTML}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}
