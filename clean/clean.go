package clean

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrTooLarge is returned (wrapped) when the input exceeds Options.MaxSize.
var ErrTooLarge = errors.New("input too large")

// ErrBinary is returned (wrapped) when the input is not a page dump at all:
// it holds NUL bytes or starts with the signature of a binary format.
var ErrBinary = errors.New("not a page dump")

// Clean reads one page dump from r and returns its article.
//
// The input kind is detected from the bytes unless opts.Input says it. A
// text dump is read as UTF-8: a byte-order mark is dropped, CRLF and CR line
// ends become LF, and invalid bytes are replaced. An HTML page is decoded
// from the charset it declares or that its bytes show.
func Clean(r io.Reader, opts Options) (*Document, error) {
	data, err := readLimited(r, opts.maxSize())
	if err != nil {
		return nil, err
	}
	return CleanBytes(data, opts)
}

// CleanBytes is Clean on input already in memory.
func CleanBytes(data []byte, opts Options) (*Document, error) {
	if max := opts.maxSize(); max > 0 && int64(len(data)) > max {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(data), max)
	}
	if name, ok := binarySignature(data); ok {
		return nil, fmt.Errorf("%w: looks like %s", ErrBinary, name)
	}
	kind := opts.Input
	if kind == KindAuto {
		kind = DetectKind(data)
	}
	switch kind {
	case KindHTML:
		return cleanHTML(data, opts)
	default:
		text := decodeText(data)
		if max := opts.maxLines(); max > 0 {
			if n := strings.Count(text, "\n") + 1; n > max {
				return nil, fmt.Errorf("%w: %d lines, the limit is %d", ErrTooLarge, n, max)
			}
		}
		return cleanText(text, opts), nil
	}
}

// readLimited reads all of r, failing once more than max bytes arrive.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	if max < 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return data, nil
}
