package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// devDumps returns the dev benchmark's dump folder and its total size in
// bytes and files (gold files left out), or skips b when ../shared is
// absent.
func devDumps(b *testing.B) (string, int64, int) {
	b.Helper()
	dir := filepath.Join(sharedDir, "bench", "dumps")
	var size int64
	var n int
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".gold.txt") {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		size += info.Size()
		n++
		return nil
	})
	if err != nil {
		b.Skipf("%s is absent: %v", dir, err)
	}
	return dir, size, n
}

// BenchmarkBatch runs the whole command over the dev dumps with one and two
// workers, writing to stdout (discarded) or under a folder with -o, and
// reports files/s and MB/s. On two cores, -j 2 should do at least 1.7
// times the work of -j 1.
func BenchmarkBatch(b *testing.B) {
	dir, size, n := devDumps(b)
	for _, mode := range []string{"stdout", "o"} {
		for _, j := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/j=%d", mode, j), func(b *testing.B) {
				args := []string{"-q", "-j", fmt.Sprint(j), "--exclude", "*.gold.txt"}
				if mode == "o" {
					args = append(args, "-o", filepath.Join(b.TempDir(), "out"))
				}
				args = append(args, dir)
				for b.Loop() {
					if code := run(args, nil, io.Discard, os.Stderr); code != 0 {
						b.Fatalf("exit status %d", code)
					}
				}
				secs := b.Elapsed().Seconds() / float64(b.N)
				b.ReportMetric(float64(n)/secs, "files/s")
				b.ReportMetric(float64(size)/1e6/secs, "MB/s")
			})
		}
	}
}

// BenchmarkPool measures the ordered worker pool alone, on 2000 items of
// fixed CPU work (about what cleaning a small dump costs), with one and two
// workers: the ratio between them is the pool's own ceiling on speed-up.
func BenchmarkPool(b *testing.B) {
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			for b.Loop() {
				sum := 0
				forEachOrdered(2000, j, func(i int) int {
					x := i
					for k := 0; k < 200_000; k++ {
						x += k ^ (x >> 3)
					}
					return x
				}, func(x int) { sum += x })
				_ = sum
			}
		})
	}
}
