package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/declutter/declutter/clean"
)

// inputReader wraps the reader of each named input; tests replace it to
// make a read fail halfway.
var inputReader = func(name string, r io.Reader) io.Reader { return r }

// readBuffers recycles the buffers inputs are read into: cleaning copies
// what it keeps, so a buffer is free again once its input is cleaned, and
// a batch of thousands of files then reads them into a few buffers rather
// than allocating thousands of large blocks that the workers' allocations
// contend for and the collector must reclaim.
var readBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer is the largest buffer kept for reuse; the buffer of a
// rare huge input is left to the collector.
const maxPooledBuffer = 4 << 20

// releaseBuffer hands back a buffer from read once nothing refers to the
// bytes read into it.
func releaseBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooledBuffer {
		buf.Reset()
		readBuffers.Put(buf)
	}
}

// read reads one input whole into a buffer from readBuffers, refusing one
// larger than --max-size. The caller hands the buffer back with
// releaseBuffer once done with the bytes, whether or not read failed.
func (c *config) read(name string, stdin io.Reader) ([]byte, *bytes.Buffer, error) {
	buf := readBuffers.Get().(*bytes.Buffer)
	data, err := c.readInto(buf, name, stdin)
	return data, buf, err
}

// readInto is read into a given buffer.
func (c *config) readInto(buf *bytes.Buffer, name string, stdin io.Reader) ([]byte, error) {
	max := c.opts.MaxSize
	if max == 0 {
		max = clean.DefaultMaxSize
	}
	r := stdin
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
