package clean

import "fmt"

// InputKind is the kind of a page dump.
type InputKind int

// Input kinds. KindAuto asks Clean to detect the kind from the bytes.
const (
	KindAuto InputKind = iota
	KindText
	KindHTML
)

// String returns "auto", "text" or "html".
func (k InputKind) String() string {
	switch k {
	case KindText:
		return "text"
	case KindHTML:
		return "html"
	}
	return "auto"
}

// MarshalText encodes the kind as its name.
func (k InputKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// ParseInputKind reads "auto", "text" or "html".
func ParseInputKind(s string) (InputKind, error) {
	switch s {
	case "auto", "":
		return KindAuto, nil
	case "text", "txt":
		return KindText, nil
	case "html", "htm":
		return KindHTML, nil
	}
	return KindAuto, fmt.Errorf("unknown input kind %q (want auto, html or text)", s)
}

// DefaultMaxSize is the input size limit used when Options.MaxSize is zero.
const DefaultMaxSize = 64 << 20

// DefaultMaxLines is the line limit on text dumps used when
// Options.MaxLines is zero. The classifier holds a few hundred bytes per
// line, so without it a file of short or blank lines (a 64 MiB file of
// newlines is 64 million lines) would take gigabytes. Real dumps average
// some 45 bytes a line, so even a 64 MiB one has fewer.
const DefaultMaxLines = 2_000_000

// Options control Clean. The zero value is ready to use: auto-detected
// input, captions kept, a 64 MiB size limit, two million lines at most.
type Options struct {
	// Input is the input kind; KindAuto detects it from the bytes.
	Input InputKind
	// DropCaptions drops photo captions instead of keeping each one once.
	DropCaptions bool
	// MaxSize is the largest input accepted, in bytes; 0 means
	// DefaultMaxSize and a negative value means no limit.
	MaxSize int64
	// MaxLines is the most lines a text dump may have; 0 means
	// DefaultMaxLines and a negative value means no limit.
	MaxLines int
}

func (o Options) maxSize() int64 {
	if o.MaxSize == 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

func (o Options) maxLines() int {
	if o.MaxLines == 0 {
		return DefaultMaxLines
	}
	return o.MaxLines
}
