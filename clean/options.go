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

// Options control Clean. The zero value is ready to use: auto-detected
// input, captions kept, a 64 MiB size limit.
type Options struct {
	// Input is the input kind; KindAuto detects it from the bytes.
	Input InputKind
	// DropCaptions drops photo captions instead of keeping each one once.
	DropCaptions bool
	// MaxSize is the largest input accepted, in bytes; 0 means
	// DefaultMaxSize and a negative value means no limit.
	MaxSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxSize == 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}
