package clean

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// Text returns the article as plain text: the title, then each block,
// separated by blank lines, ending in one newline. It is empty when nothing
// was kept.
func (d *Document) Text() string {
	var b strings.Builder
	n := len(d.Title)
	for _, bl := range d.Blocks {
		n += len(bl.Text) + 4
	}
	b.Grow(n)
	sep := func() {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
	}
	if d.Title != "" {
		b.WriteString(d.Title)
	}
	for i, bl := range d.Blocks {
		if bl.Kind == Image {
			continue
		}
		// Consecutive list items stay on consecutive lines.
		if bl.Kind == ListItem && i > 0 && d.Blocks[i-1].Kind == ListItem && b.Len() > 0 {
			b.WriteString("\n")
		} else {
			sep()
		}
		switch bl.Kind {
		case ListItem:
			b.WriteString(strings.Repeat("  ", max(bl.Level-1, 0)))
			switch {
			case bl.Ordered:
				b.WriteString(strconv.Itoa(listNumber(d.Blocks, i)) + ". ")
			case !hasNumberMarker(bl.Text):
				b.WriteString("- ") // an item that carries its number needs no bullet
			}
			b.WriteString(bl.Text)
		case Code:
			// Indented, so that cleaning the output again reads it as code.
			for j, line := range strings.Split(strings.TrimRight(bl.Text, "\n"), "\n") {
				if j > 0 {
					b.WriteString("\n")
				}
				if line != "" {
					b.WriteString("    " + line)
				}
			}
		case Table:
			for j, row := range bl.Rows {
				if j > 0 {
					b.WriteString("\n")
				}
				b.WriteString(strings.Join(row, "\t"))
			}
		default:
			b.WriteString(bl.Text)
		}
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	return b.String()
}

// listNumber is the 1-based number of the ordered list item at i, counting
// back over the items of the same list and level.
func listNumber(blocks []Block, i int) int {
	n := 1
	for j := i - 1; j >= 0 && blocks[j].Kind == ListItem; j-- {
		if blocks[j].Level < blocks[i].Level {
			break
		}
		if blocks[j].Level == blocks[i].Level {
			n++
		}
	}
	return n
}

// WriteText writes Text to w.
func (d *Document) WriteText(w io.Writer) error {
	_, err := io.WriteString(w, d.Text())
	return err
}

// WriteExplain writes every input block with its verdict, one per line:
// the line number, "keep" or "drop", the reason, and the text.
func (d *Document) WriteExplain(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, v := range d.Verdicts {
		verdict := "drop"
		if v.Keep {
			verdict = "keep"
		}
		text := v.Text
		if len(text) > 200 {
			cut := 200
			for cut > 0 && text[cut]&0xC0 == 0x80 {
				cut--
			}
			text = text[:cut] + "…"
		}
		bw.WriteString(strconv.Itoa(v.Line))
		bw.WriteString("\t")
		bw.WriteString(verdict)
		bw.WriteString("\t")
		bw.WriteString(string(v.Reason))
		bw.WriteString("\t")
		bw.WriteString(text)
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// hasNumberMarker reports whether s starts like a numbered list item: "12. ".
func hasNumberMarker(s string) bool {
	k := 0
	for k < len(s) && k < 4 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	return k > 0 && strings.HasPrefix(s[k:], ". ")
}
