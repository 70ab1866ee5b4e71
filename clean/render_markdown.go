package clean

import (
	"io"
	"strconv"
	"strings"
)

// MarkdownOptions control the Markdown renderer.
type MarkdownOptions struct {
	// FrontMatter adds a YAML front matter block with the metadata.
	FrontMatter bool
	// Links keeps hyperlinks as [text](url); without it only their text stays.
	Links bool
	// Images keeps images as ![alt](src).
	Images bool
}

// Markdown returns the article as GitHub-flavoured Markdown: "# Title",
// paragraphs, "##" subheadings, lists, "> " quotes, captions in italics,
// fenced code and tables.
func (d *Document) Markdown(mo MarkdownOptions) string {
	var b strings.Builder
	if mo.FrontMatter {
		writeFrontMatter(&b, d.Metadata)
	}
	parts := 0
	sep := func() {
		if parts > 0 {
			b.WriteString("\n\n")
		}
		parts++
	}
	if d.Title != "" {
		sep()
		b.WriteString("# ")
		b.WriteString(escapeMarkdownLine(d.Title))
	}
	for i, bl := range d.Blocks {
		if bl.Kind == ListItem && i > 0 && d.Blocks[i-1].Kind == ListItem && parts > 0 {
			b.WriteString("\n")
		} else if bl.Kind == Image && !mo.Images {
			continue
		} else {
			sep()
		}
		switch bl.Kind {
		case Heading:
			level := min(max(bl.Level, 2), 6)
			b.WriteString(strings.Repeat("#", level) + " ")
			b.WriteString(inlineMarkdown(bl, mo))
		case ListItem:
			indent := strings.Repeat("  ", max(bl.Level-1, 0))
			marker := "- "
			if bl.Ordered {
				marker = strconv.Itoa(listNumber(d.Blocks, i)) + ". "
				indent = strings.Repeat("   ", max(bl.Level-1, 0))
			}
			b.WriteString(indent + marker + inlineMarkdown(bl, mo))
		case Quote:
			for j, line := range strings.Split(inlineMarkdown(bl, mo), "\n") {
				if j > 0 {
					b.WriteString("\n")
				}
				b.WriteString("> " + line)
			}
		case Caption:
			b.WriteString("*" + strings.TrimSpace(inlineMarkdown(Block{Text: bl.Text, Spans: plainSpans(bl.Spans)}, mo)) + "*")
		case Code:
			fence := "```"
			for strings.Contains(bl.Text, fence) {
				fence += "`"
			}
			b.WriteString(fence + bl.Lang + "\n" + strings.TrimRight(bl.Text, "\n") + "\n" + fence)
		case Table:
			writeTable(&b, bl.Rows)
		case Image:
			b.WriteString("![" + escapeMarkdownInline(bl.Text) + "](" + markdownURL(bl.Src) + ")")
		default:
			b.WriteString(inlineMarkdown(bl, mo))
		}
	}
	if parts > 0 {
		b.WriteString("\n")
	}
	return b.String()
}

// WriteMarkdown writes Markdown to w.
func (d *Document) WriteMarkdown(w io.Writer, mo MarkdownOptions) error {
	_, err := io.WriteString(w, d.Markdown(mo))
	return err
}

// plainSpans drops emphasis from spans, for captions that are set in
// italics as a whole.
func plainSpans(spans []Span) []Span {
	out := make([]Span, len(spans))
	for i, s := range spans {
		out[i] = Span{Text: s.Text, Href: s.Href}
	}
	return out
}

// inlineMarkdown renders a block's text, with its spans when it has them.
func inlineMarkdown(bl Block, mo MarkdownOptions) string {
	if len(bl.Spans) == 0 {
		return escapeMarkdownLine(bl.Text)
	}
	var b strings.Builder
	for _, s := range bl.Spans {
		text := escapeMarkdownInline(s.Text)
		if s.Code {
			text = codeSpan(s.Text)
		}
		if strings.TrimSpace(text) == "" {
			b.WriteString(text)
			continue
		}
		// Emphasis markers must hug the text: move surrounding spaces out.
		lead := text[:len(text)-len(strings.TrimLeft(text, " "))]
		trail := text[len(strings.TrimRight(text, " ")):]
		text = strings.TrimSpace(text)
		if s.Bold {
			text = "**" + text + "**"
		}
		if s.Italic {
			text = "*" + text + "*"
		}
		if mo.Links && s.Href != "" {
			text = "[" + text + "](" + markdownURL(s.Href) + ")"
		}
		b.WriteString(lead + text + trail)
	}
	return escapeLineStart(strings.TrimSpace(b.String()))
}

// codeSpan wraps s in enough backticks.
func codeSpan(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// markdownURL makes a URL safe inside (...).
func markdownURL(u string) string {
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")
	return r.Replace(u)
}

var inlineEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "|", `\|`,
)

// escapeMarkdownInline escapes the characters that start inline Markdown.
func escapeMarkdownInline(s string) string { return inlineEscaper.Replace(s) }

// escapeMarkdownLine escapes inline characters and a line start that would
// read as a block marker.
func escapeMarkdownLine(s string) string { return escapeLineStart(escapeMarkdownInline(s)) }

// escapeLineStart escapes a leading "#", "-", "+", ">", "=" or "1." that
// would turn a paragraph into a heading, list or quote.
func escapeLineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '>', '=':
		return `\` + s
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// writeTable writes rows as a GitHub-flavoured table, the first row as the
// header.
func writeTable(b *strings.Builder, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	line := func(r []string) {
		b.WriteString("|")
		for c := 0; c < cols; c++ {
			cell := ""
			if c < len(r) {
				cell = escapeMarkdownInline(strings.ReplaceAll(r[c], "\n", " "))
			}
			b.WriteString(" " + cell + " |")
		}
	}
	line(rows[0])
	b.WriteString("\n|")
	for c := 0; c < cols; c++ {
		b.WriteString(" --- |")
	}
	for _, r := range rows[1:] {
		b.WriteString("\n")
		line(r)
	}
}

// writeFrontMatter writes the metadata as YAML front matter.
func writeFrontMatter(b *strings.Builder, m Metadata) {
	b.WriteString("---\n")
	field := func(k, v string) {
		if v != "" {
			b.WriteString(k + ": " + strconv.Quote(v) + "\n")
		}
	}
	field("title", m.Title)
	field("date", m.Date)
	field("author", m.Author)
	field("lang", m.Lang)
	field("site_name", m.SiteName)
	field("url", m.URL)
	field("description", m.Description)
	b.WriteString("---\n\n")
}
