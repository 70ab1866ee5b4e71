package main

import (
	"bufio"
	"fmt"
	"io"
	"time"
)

// reporter writes the results of a run, in input order: outputs, listings
// and diffs to stdout, failures and notes to stderr, with a progress bar and
// a closing summary.
type reporter struct {
	c       *config
	out     *bufio.Writer
	stderr  io.Writer
	total   int
	counts  [statusFailed + 1]int
	bytes   int64
	start   time.Time
	bar     *progress
	differs bool // -l or -d found an input that is not clean
}

func newReporter(c *config, total int, stdout, stderr io.Writer) *reporter {
	return &reporter{
		c:      c,
		out:    bufio.NewWriter(stdout),
		stderr: stderr,
		total:  total,
		start:  time.Now(),
		bar:    newProgress(stderr, total, c.quiet),
	}
}

// emit reports one result.
func (r *reporter) emit(res result) {
	listed := r.c.check() && res.status == statusCleaned
	if res.err != nil || res.note != "" || len(res.out) > 0 || listed && r.c.list {
		r.bar.clear() // the bar comes back on the next update
	}
	r.counts[res.status]++
	r.bytes += res.size
	if res.err != nil {
		if r.c.jsonl {
			r.out.Write(errorLine(res.in.path, res.err))
		}
		r.out.Flush() // keep stdout and stderr in order on a terminal
		fmt.Fprintf(r.stderr, "declutter: %v\n", res.err)
	}
	if res.note != "" {
		r.out.Flush()
		fmt.Fprintf(r.stderr, "declutter: %s\n", res.note)
	}
	if listed {
		r.differs = true
		if r.c.list {
			fmt.Fprintln(r.out, display(res.in.path))
		}
	}
	r.out.Write(res.out)
	if r.bar.active() {
		r.out.Flush()
	}
	r.bar.add()
}

// finish flushes the output, prints the summary of a multi-file run and
// returns the error that sets the exit status.
func (r *reporter) finish() error {
	r.bar.done()
	if err := r.out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if r.total > 1 && !r.c.quiet {
		fmt.Fprintln(r.stderr, r.summary(time.Since(r.start)))
	}
	switch {
	case r.counts[statusFailed] > 0:
		return errFailed
	case r.differs && (r.c.list || r.c.diff):
		return errDiffers
	}
	return nil
}

// summary is the closing line of a multi-file run.
func (r *reporter) summary(elapsed time.Duration) string {
	verb := "cleaned"
	switch {
	case r.c.write:
		verb = "rewritten"
	case r.c.check():
		verb = "not clean"
	}
	secs := max(elapsed.Seconds(), 1e-6)
	n := r.counts[statusCleaned] + r.counts[statusUnchanged] + r.counts[statusSkipped] + r.counts[statusFailed]
	return fmt.Sprintf("declutter: %d files: %d %s, %d unchanged, %d skipped, %d failed; %s in %.2fs (%.0f files/s, %.1f MB/s)",
		n, r.counts[statusCleaned], verb, r.counts[statusUnchanged], r.counts[statusSkipped], r.counts[statusFailed],
		humanBytes(r.bytes), elapsed.Seconds(), float64(n)/secs, float64(r.bytes)/1e6/secs)
}

// humanBytes formats a byte count in B, kB or MB (powers of 1000).
func humanBytes(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
