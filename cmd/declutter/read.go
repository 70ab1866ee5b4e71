package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/declutter/declutter/clean"
)

// inputReader wraps the reader of each named input; tests replace it to
// make a read fail halfway.
var inputReader = func(name string, r io.Reader) io.Reader { return r }

// read reads one input whole, refusing one larger than --max-size.
func (c *config) read(name string, stdin io.Reader) ([]byte, error) {
	max := c.opts.MaxSize
	if max == 0 {
		max = clean.DefaultMaxSize
	}
	r := stdin
	var buf bytes.Buffer
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, unwrapPath(err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil {
			if info.IsDir() {
				return nil, errors.New("is a folder")
			}
			if max > 0 && info.Mode().IsRegular() && info.Size() > max {
				return nil, fmt.Errorf("%w: %d bytes, the limit is %d", clean.ErrTooLarge, info.Size(), max)
			}
			if info.Mode().IsRegular() {
				// One allocation of the right size, not a series of
				// doublings: large allocations contend between workers.
				buf.Grow(int(info.Size()) + bytes.MinRead)
			}
		}
		r = inputReader(name, f)
	}
	if max >= 0 {
		r = io.LimitReader(r, max+1)
	}
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, unwrapPath(err)
	}
	if max >= 0 && int64(buf.Len()) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", clean.ErrTooLarge, max)
	}
	return buf.Bytes(), nil
}

// unwrapPath drops the path from a *fs.PathError, and the paths from an
// *os.LinkError (a failed rename of a temporary file), since messages name
// the input already.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	if le, ok := err.(*os.LinkError); ok {
		return fmt.Errorf("%s: %w", le.Op, le.Err)
	}
	return err
}

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}
