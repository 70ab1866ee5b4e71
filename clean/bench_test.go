package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadBenchPages reads the benchmark pages matching pattern under
// ../../shared/bench, skipping the benchmark where that folder is absent.
func loadBenchPages(b *testing.B, pattern string) ([][]byte, int64) {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join("../../shared/bench", pattern))
	var pages [][]byte
	var total int64
	for _, p := range paths {
		if strings.HasSuffix(p, ".gold.txt") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		total += int64(len(data))
	}
	if len(pages) == 0 {
		b.Skip("no benchmark pages: ../shared/bench is absent")
	}
	return pages, total
}

// BenchmarkTextDumps cleans every dev text dump once per iteration and
// reports MB/s of dump text. Run it on one core:
//
//	go test ./clean -run - -bench TextDumps -cpu 1 -benchmem
func BenchmarkTextDumps(b *testing.B) {
	pages, total := loadBenchPages(b, "dumps/*/*/*.txt")
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := CleanBytes(p, Options{Input: KindText}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}
