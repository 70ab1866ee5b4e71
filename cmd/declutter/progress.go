package main

import (
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progressMin is the fewest inputs that get a progress bar.
const progressMin = 20

// progress is the progress bar of a run on a terminal. A nil *progress
// shows nothing, so callers need not check.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress returns a progress bar on stderr for total inputs, or nil
// when stderr is not a terminal, the run is small or quiet is set.
func newProgress(stderr io.Writer, total int, quiet bool) *progress {
	if quiet || total < progressMin || !isTerminal(stderr) {
		return nil
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("cleaning"),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

func (p *progress) active() bool { return p != nil }

// clear erases the bar, before something else is printed.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

// add counts one input done.
func (p *progress) add() {
	if p != nil {
		p.bar.Add(1)
	}
}

// done removes the bar at the end of the run.
func (p *progress) done() {
	if p != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}
