package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
)

// runBatch lists the inputs named by args, cleans them with c.jobs workers
// and reports each result in input order.
func (c *config) runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	w := walker{include: c.include, exclude: c.exclude, hidden: c.hidden, follow: c.follow}
	if c.outDir != "" {
		if info, err := os.Stat(c.outDir); err == nil {
			w.skip = info // never walk into earlier output
		}
	}
	ins := w.collect(args)
	if len(ins) == 0 {
		// Only folders were named, and none held a file to take: say so
		// rather than print nothing, as with a mistyped --include.
		fmt.Fprintf(stderr, "declutter: no files to clean in %s (taking %s)\n", strings.Join(args, ", "), w.taking())
	}
	if c.write || c.outDir != "" {
		ins = dedupe(ins)
	}
	if c.outDir != "" {
		assignOutputs(ins, c.outDir, c.outputExt())
	}
	// -j N takes at most N cores: the runtime's own work, the garbage
	// collector's above all, runs on them too, so a batch told to clean
	// one input at a time keeps to one core of a shared machine.
	if c.jobs < runtime.GOMAXPROCS(0) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(c.jobs))
	}
	rep := newReporter(c, len(ins), stdout, stderr)
	forEachOrdered(len(ins), c.jobs, func(i int) result { return c.process(ins[i], stdin) }, rep.emit)
	return rep.finish()
}

// resultsPerWorker is how many results, per worker, may wait to be
// emitted while an earlier input is still being cleaned.
const resultsPerWorker = 32

// forEachOrdered calls work(i) for i in [0, n) on up to workers goroutines
// and hands each result to emit, on the calling goroutine, in order of i.
// At most resultsPerWorker results a worker wait to be emitted at once,
// so memory stays flat however many inputs there are.
func forEachOrdered[T any](n, workers int, work func(int) T, emit func(T)) {
	if workers < 1 {
		workers = 1
	}
	type slot struct {
		i    int
		done chan struct{}
		res  T
	}
	// A long input holds up the emitting of the ones after it; the window
	// lets the other workers go on with that many meanwhile. The dumps
	// run from a few kB to a hundred, so a window of a few results left
	// a worker idle behind each long one.
	window := resultsPerWorker * workers
	order := make(chan *slot, window) // slots in input order, awaiting emit
	tasks := make(chan *slot)
	go func() {
		for i := 0; i < n; i++ {
			s := &slot{i: i, done: make(chan struct{})}
			order <- s // blocks while the window is full
			tasks <- s
		}
		close(tasks)
		close(order)
	}()
	var wg sync.WaitGroup
	for range min(workers, max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range tasks {
				s.res = work(s.i)
				close(s.done)
			}
		}()
	}
	for s := range order {
		<-s.done
		emit(s.res)
	}
	wg.Wait()
}
