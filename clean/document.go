package clean

// BlockKind says what a kept block is in the article.
type BlockKind int

// The kinds of block a Document holds.
const (
	Paragraph BlockKind = iota // running text
	Heading                    // a subheading; Level is 2 to 6
	ListItem                   // an item of a list; Level is the nesting depth from 1, Ordered tells the list type
	Quote                      // a block quotation
	Caption                    // a photo or figure caption
	Code                       // preformatted text, kept verbatim
	Table                      // a table; Rows holds its cells
	Image                      // an image; Src and Text (alt text) hold it
)

var blockKindNames = [...]string{"paragraph", "heading", "list-item", "quote", "caption", "code", "table", "image"}

// String returns the kind's name as used in JSON and in explanations.
func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "unknown"
}

// MarshalText encodes the kind as its name.
func (k BlockKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Span is an inline run of text inside a block, with its emphasis and link.
// Blocks from text dumps have no spans; blocks from HTML may have them, and
// the Markdown renderer uses them for emphasis and links.
type Span struct {
	Text   string `json:"text"`
	Bold   bool   `json:"bold,omitempty"`
	Italic bool   `json:"italic,omitempty"`
	Code   bool   `json:"code,omitempty"`
	Href   string `json:"href,omitempty"`
}

// Block is one kept unit of the article.
type Block struct {
	Kind    BlockKind  `json:"kind"`
	Text    string     `json:"text"`              // plain text, whitespace folded (verbatim for Code)
	Level   int        `json:"level,omitempty"`   // heading level, or list nesting depth
	Ordered bool       `json:"ordered,omitempty"` // for list items: the list is numbered
	Spans   []Span     `json:"-"`                 // inline structure, when the input had it
	Rows    [][]string `json:"rows,omitempty"`    // table cells, first row is the header
	Src     string     `json:"src,omitempty"`     // image source
	Lang    string     `json:"lang,omitempty"`    // code language, when known
	Line    int        `json:"line"`              // the 1-based line (text) or block number (HTML) it came from
}

// Metadata is what the cleaner learned about the page besides its body.
type Metadata struct {
	Title       string `json:"title,omitempty"`
	Author      string `json:"author,omitempty"`
	Date        string `json:"date,omitempty"` // RFC 3339 when it could be parsed, else as found
	Lang        string `json:"lang,omitempty"` // ISO 639-1
	SiteName    string `json:"site_name,omitempty"`
	URL         string `json:"url,omitempty"`
	Description string `json:"description,omitempty"`
}

// Document is the result of cleaning one page.
type Document struct {
	Metadata
	// Kind is the input kind that was read: KindText or KindHTML.
	Kind InputKind
	// Blocks are the kept blocks, in page order. The title is in Metadata,
	// not here.
	Blocks []Block
	// Verdicts hold one entry per input block (a dump line, or an HTML
	// block), kept or dropped, in input order; see WriteExplain.
	Verdicts []Verdict

	memo *passMemo // what cleaning learned, reused when the output is cleaned again
}

// Verdict is the decision taken on one input block.
type Verdict struct {
	Line   int    `json:"line"`   // 1-based line (text) or block number (HTML)
	Text   string `json:"text"`   // the block's text
	Keep   bool   `json:"keep"`   // whether it is in the article
	Reason Reason `json:"reason"` // why
}
