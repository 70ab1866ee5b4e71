package clean

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// cleanHTML extracts the article from an HTML page: it decodes the bytes,
// parses them once, drops what is never content, scores containers to find
// the main content, turns the body into units (one per block element) with
// the markup's verdict on each, and runs the shared classifier over them.
// The page's metadata wins over what the classifier guessed.
func cleanHTML(data []byte, opts Options) (*Document, error) {
	text, _, err := decodeHTML(data)
	if err != nil {
		return nil, fmt.Errorf("reading HTML: %w", err)
	}
	// The parse tree and the per-element measures cost some hundred bytes
	// an element; unclosed formatting tags multiply elements. Real pages
	// have tens of thousands, so a cap keeps memory in proportion.
	if n := countTags(text); n > maxElements {
		return nil, fmt.Errorf("%w: %d elements, the limit is %d", ErrTooLarge, n, maxElements)
	}
	root, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	p := &page{root: root, trace: tracing()}
	p.prepare()
	if p.body == nil {
		d := judge(nil, KindHTML, opts)
		d.Metadata = mergeMetadata(p.metadata(nil), d.Metadata)
		return d, nil
	}
	p.score()
	content := p.mainContent()
	meta := p.metadata(content)

	b := &builder{p: p, content: make(map[*html.Node]bool, len(content))}
	for _, c := range content {
		b.content[c] = true
	}
	units := b.build(p.body)
	markTitle(units, meta.Title)
	markRepeatedCaptions(units)
	stripCaptionCredits(units)
	markOrphanHeadings(units)
	markAuthorBio(units, meta.Author)
	if opts.DropCaptions {
		for i := range units {
			if units[i].kind == Caption && units[i].boilerplate == "" {
				units[i].boilerplate = DropCaption
			}
		}
	}
	d := judge(units, KindHTML, opts)
	d.Metadata = mergeMetadata(meta, d.Metadata)
	if keptText(d) < minArticleText {
		p.fallback(d)
	}
	return d, nil
}

// minArticleText is the fewest bytes of body text a page's markup must
// give before the text its scripts carry is read instead.
const minArticleText = 150

// keptText is the bytes of text of a document's kept blocks.
func keptText(d *Document) int {
	n := 0
	for _, bl := range d.Blocks {
		if bl.Kind != Image {
			n += len(bl.Text)
		}
	}
	return n
}

// fallback fills a document whose markup gave next to no article, as a
// page that scripts render does, with the article's text from JSON-LD
// (articleBody), or else with its description: the only copy of the text
// that such a page carries.
func (p *page) fallback(d *Document) {
	ld := readJSONLD(p.jsonLD)
	text := ld.body
	if len(strings.TrimSpace(text)) < minArticleText {
		text = firstOf(readHead(p.head).first("description", "og:description", "twitter:description"), ld.description)
		if len(text) < minArticleText/2 || keptText(d) > 0 {
			return // the description stands in only for nothing at all
		}
	}
	var blocks []Block
	for _, line := range strings.Split(text, "\n") {
		if line = foldSpace(line); line != "" && line != d.Title {
			blocks = append(blocks, Block{Kind: Paragraph, Text: line, Line: len(blocks) + 1})
		}
	}
	if len(blocks) > 0 {
		d.Blocks = blocks
	}
}

// markTitle condemns the article's first heading when it repeats the
// title, which the renderers print from the metadata.
func markTitle(units []unit, title string) {
	if title == "" {
		return
	}
	for i := range units {
		// the page's title with the section or the site's name, "Story |
		// Health", printed as a line of its own: a share box's or a
		// footer's
		if u := &units[i]; u.boilerplate == "" && u.kind != Image && isTitleWithSuffix(u.text, title) {
			u.boilerplate = DropTitle
		}
	}
	for i := range units {
		u := &units[i]
		if u.boilerplate != "" {
			continue
		}
		if u.kind == Heading && sameWords(u.text, title) {
			u.boilerplate = DropTitle
			return
		}
		if u.kind != Heading && u.kind != Image {
			// the title heading comes before the text
			if len(u.text) > 200 {
				return
			}
		}
	}
}

// isTitleWithSuffix reports whether text is title, a separator and a few
// words: "Story | Health", "Story - Site".
func isTitleWithSuffix(text, title string) bool {
	if len(text) <= len(title) || !strings.HasPrefix(text, title) {
		return false
	}
	rest := text[len(title):]
	for _, sep := range titleSeparators {
		if tail, ok := strings.CutPrefix(rest, sep); ok {
			n := len(strings.Fields(tail))
			return n >= 1 && n <= 4
		}
	}
	return false
}

// mergeMetadata fills m's empty fields from guessed: what the page's markup
// declares wins over what the classifier found in the text.
func mergeMetadata(m, guessed Metadata) Metadata {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&m.Title, guessed.Title)
	fill(&m.Author, guessed.Author)
	fill(&m.Date, guessed.Date)
	fill(&m.Lang, guessed.Lang)
	fill(&m.SiteName, guessed.SiteName)
	fill(&m.URL, guessed.URL)
	fill(&m.Description, guessed.Description)
	return m
}

// markRepeatedCaptions condemns the second and later copies of a caption
// inside the article, or of a paragraph beside a picture: galleries and
// sliders repeat their captions. Other paragraphs that recur are the
// article's own (a plan's, an interview's recurring lines).
func markRepeatedCaptions(units []unit) {
	seen := make(map[string]bool, len(units))
	for i := range units {
		u := &units[i]
		if u.boilerplate != "" || !(u.kind == Caption && len(u.text) >= 10 || u.kind == Paragraph && len(u.text) >= 80 && besideImage(units, i)) {
			continue
		}
		if seen[u.text] {
			u.boilerplate = DropDuplicate
			continue
		}
		seen[u.text] = true
	}
}

// besideImage reports whether the unit at i stands next to a picture, as
// a slide's caption written as a paragraph does.
func besideImage(units []unit, i int) bool {
	return i > 0 && units[i-1].kind == Image || i+1 < len(units) && units[i+1].kind == Image
}

// markupRegion is the article region of units from HTML: the extractor
// already chose the content, so the region runs from its first block to its
// last. ok is false for text dumps, and when the extractor kept nothing.
func markupRegion(units []unit) (a, b int, ok bool) {
	a, b = -1, -1
	for i := range units {
		u := &units[i]
		if !u.structured {
			return 0, 0, false
		}
		if u.boilerplate == "" && u.text != "" {
			if a < 0 {
				a = i
			}
			b = i
		}
	}
	return a, b, a >= 0
}

// keptByMarkup reports whether a paragraph or list item of the extracted
// content that the prose classifier would drop (few stop words: figures,
// names, technical text; or short, without prose around) is still article:
// it is hardly linked, and long, or a few words long. A whole sentence may
// link a name and a word or two more ("Rep. Jane Roe (D-N.Y.) linked the
// incident to...").
func keptByMarkup(u *unit) bool {
	if !u.structured || u.boilerplate != "" || u.rule != "" || u.kind != Paragraph && u.kind != ListItem {
		return false
	}
	if u.linkDensity > 0.2 && !(u.linkDensity <= 0.35 && u.f.sentEnd && u.f.words >= 10) {
		return false
	}
	return u.f.weight >= lengthLow || u.f.words >= 4
}

// markOrphanHeadings condemns a heading of the article that heads nothing:
// every block after it, up to the next heading, was condemned by the
// markup ("Related articles" over a box of links). It takes the reason of
// the first of those blocks.
func markOrphanHeadings(units []unit) {
	for i := range units {
		u := &units[i]
		if u.kind != Heading || u.boilerplate != "" {
			continue
		}
		var reason Reason
		orphan := true
		for j := i + 1; j < len(units); j++ {
			v := &units[j]
			if v.kind == Heading && v.boilerplate == "" {
				break
			}
			if v.text == "" {
				continue
			}
			if v.boilerplate == "" {
				orphan = false
				break
			}
			if reason == "" {
				reason = v.boilerplate
			}
		}
		if orphan {
			if reason == "" || reason == DropOutside {
				reason = DropShort
			}
			u.boilerplate = reason
		}
	}
}

// maxElements is the most start tags an HTML page may have.
const maxElements = 500_000

// countTags counts the start tags in an HTML text: "<" and a letter.
func countTags(text []byte) int {
	n := 0
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '<' {
			c := text[i+1] | 0x20
			if c >= 'a' && c <= 'z' {
				n++
			}
		}
	}
	return n
}

// markAuthorBio condemns the author's bio at the end of the article: one
// of its last three blocks, a short paragraph that opens with the author's
// name (or first name) and a verb of bios ("Regan is a Connecticut native
// ...").
func markAuthorBio(units []unit, author string) {
	names := bioNames(author)
	seen := 0
	for i := len(units) - 1; i >= 0 && seen < 3 && len(names) > 0; i-- {
		u := &units[i]
		if u.boilerplate != "" || u.text == "" {
			continue
		}
		seen++
		if u.kind == Paragraph && len(u.text) <= 400 && opensBio(u.text, names) {
			u.boilerplate = DropByline
		}
	}
}

// repeatsByDesign reports whether u, a copy of the earlier unit first, is
// a block of the markup that repeats on purpose: a menu's or a plan's
// lines ("Eat every 2–3 hours" under each meal), an interview's recurring
// question. The judge keeps such copies, near or far, up to maxRepeat
// bytes once it kept the first. Text dumps echo a caption under its picture's alt text; HTML
// marks pictures and captions, so only those copies are echoes there.
func repeatsByDesign(u, first *unit) bool {
	return u.structured && first.structured && u.kind == first.kind && u.kind != Image && u.kind != Caption
}

// maxRepeat is the longest block, in bytes, that the article may print
// again once it kept it: a long paragraph printed twice is a second copy
// of the article (one for small screens, one for large), not a recurring
// line.
const maxRepeat = 300
