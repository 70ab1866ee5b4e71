package clean

import (
	"encoding/json"
	"io"
)

// jsonDocument is the shape of Document in JSON.
type jsonDocument struct {
	Metadata
	Kind     InputKind `json:"input"`
	Text     string    `json:"text"`
	Markdown string    `json:"markdown"`
	Blocks   []Block   `json:"blocks"`
}

// JSON returns the document as one JSON object: the metadata, the input
// kind, the text, the Markdown and the kept blocks.
func (d *Document) JSON(mo MarkdownOptions) ([]byte, error) {
	mo.FrontMatter = false
	blocks := d.Blocks
	if blocks == nil {
		blocks = []Block{}
	}
	return json.Marshal(jsonDocument{
		Metadata: d.Metadata,
		Kind:     d.Kind,
		Text:     d.Text(),
		Markdown: d.Markdown(mo),
		Blocks:   blocks,
	})
}

// WriteJSON writes JSON to w, followed by a newline.
func (d *Document) WriteJSON(w io.Writer, mo MarkdownOptions) error {
	b, err := d.JSON(mo)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
