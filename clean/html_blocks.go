package clean

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The block builder walks the body once and turns it into units, one per
// block element (p, h1-h6, li, blockquote, pre, table, figcaption, dd/dt,
// a div's own text...), each with a rich Block: spans with emphasis, code
// and links; rows for tables; the source and alt text of images; the
// language of code. Units outside the chosen content, or inside an element
// the markup condemns, carry that reason in unit.boilerplate.

// blockTags are the elements that break inline text into blocks.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Menu: true,
	atom.Img: false, atom.Picture: false,
}

// style is the inline formatting of a run of text.
type style struct {
	bold, italic, code bool
	href               string
}

// bctx is the block context of an element.
type bctx struct {
	reason  Reason    // boilerplate reason of the region, "" inside the article
	kind    BlockKind // kind of the blocks that loose text here makes
	level   int       // list depth
	ordered bool
	list    *html.Node // the list element the items belong to
}

// builder turns a body into units.
type builder struct {
	p       *page
	content map[*html.Node]bool
	units   []unit

	// the run of inline text being collected
	spans   []Span
	cur     []byte
	curSt   style
	space   bool // the run ends in a space (or is empty)
	brs     int  // consecutive <br>s
	linkLen int
	imgs    []Block
	ctx     bctx
}

// build walks the body and returns its units.
func (b *builder) build(body *html.Node) []unit {
	b.space = true
	b.walkBlock(body, b.enter(body, bctx{reason: DropOutside, kind: Paragraph}))
	b.flush()
	return b.units
}

// enter returns the context for element n inside ctx.
func (b *builder) enter(n *html.Node, ctx bctx) bctx {
	if b.content[n] {
		ctx.reason = ""
	}
	if st := b.p.stat(n); st != nil && st.neg {
		ctx.reason = st.reason
	} else if st != nil && ctx.reason == "" && st.text > 0 && isLinkCluster(n, st) {
		ctx.reason = DropRelated
	}
	return ctx
}

// isLinkCluster reports whether a container inside the article is mostly
// links: a related-stories box or a menu.
func isLinkCluster(n *html.Node, st *nodeStat) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Table, atom.Dl:
	default:
		return false
	}
	return st.linkDensity() > 0.7 && st.text < 3000 && st.paras < 2
}

// walkBlock walks the children of block element n: loose inline content
// makes blocks of ctx.kind, block children are handled on their own.
func (b *builder) walkBlock(n *html.Node, ctx bctx) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.node(c, ctx, style{})
	}
}

// node handles one node inside a block of context ctx, with inline style st.
func (b *builder) node(c *html.Node, ctx bctx, st style) {
	switch c.Type {
	case html.TextNode:
		b.setCtx(ctx)
		b.text(c.Data, st)
		return
	case html.ElementNode:
	default:
		return
	}
	if !blockTags[c.DataAtom] && (c.DataAtom != 0 || !holdsBlocks(c)) {
		b.inline(c, ctx, st)
		return
	}
	cctx := b.enter(c, ctx)
	if continuesRun(ctx.kind, c.DataAtom) {
		// a paragraph or div inside an item, heading or caption goes on
		// with it
		b.space = true
		if len(b.cur) > 0 || len(b.spans) > 0 {
			b.text(" ", st)
		}
		b.walkBlock(c, cctx)
		return
	}
	b.flush()
	switch c.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		cctx.kind, cctx.level = Heading, int(c.Data[1]-'0')
	case atom.Ul, atom.Ol, atom.Menu:
		cctx.kind = ListItem
		cctx.level = ctx.level + 1
		if ctx.kind != ListItem {
			cctx.level = 1
		}
		cctx.ordered = c.DataAtom == atom.Ol
		cctx.list = c
	case atom.Li:
		if ctx.kind != ListItem {
			cctx.kind, cctx.level = ListItem, 1
		}
	case atom.Blockquote:
		cctx.kind = Quote
	case atom.Figcaption, atom.Caption:
		cctx.kind = Caption
	case atom.Pre:
		b.pre(c, cctx)
		return
	case atom.Table:
		if rows, ok := dataTable(c); ok {
			b.table(c, rows, cctx)
			return
		}
		cctx.kind = Paragraph
	case atom.Hr:
		return
	case atom.P, atom.Dd, atom.Dt, atom.Summary:
		if ctx.kind != Quote {
			cctx.kind = Paragraph
		}
	}
	if cctx.kind == Paragraph && (c.DataAtom == atom.Div || c.DataAtom == atom.P) {
		if class := attr(c, "class"); class != "" && isCaptionClass(class) {
			cctx.kind = Caption
		}
	}
	b.walkBlock(c, cctx)
	b.flush()
}

// continuesRun reports whether block element a inside a block of kind k
// continues k's text rather than starting a block of its own.
func continuesRun(k BlockKind, a atom.Atom) bool {
	switch k {
	case ListItem, Heading, Caption:
		switch a {
		case atom.P, atom.Div, atom.Section, atom.Article, atom.Dd, atom.Dt, atom.Summary,
			atom.Center, atom.Address, atom.Header, atom.Figure, atom.Details:
			return true
		}
	}
	return false
}

// inline collects an inline element into the run.
func (b *builder) inline(c *html.Node, ctx bctx, st style) {
	switch c.DataAtom {
	case atom.B, atom.Strong:
		st.bold = true
	case atom.I, atom.Em, atom.Cite, atom.Dfn:
		st.italic = true
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt, atom.Var:
		st.code = true
	case atom.A:
		if h := attr(c, "href"); h != "" && !strings.HasPrefix(h, "javascript:") && !isTweetableQuote(c, h) {
			st.href = h
		}
	case atom.Br:
		b.br()
		return
	case atom.Img:
		b.img(c, ctx)
		return
	}
	if isInlineButton(c) {
		return // "Click To Tweet" after a quote: a button's label, not text
	}
	if b.content[c] {
		ctx.reason = ""
	}
	if s := b.p.stat(c); s != nil && s.neg && ctx.reason != s.reason {
		// a condemned inline element (a share link, an ad label) is a
		// block of its own
		b.flush()
		cctx := ctx
		cctx.reason = s.reason
		for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
			b.node(cc, cctx, st)
		}
		b.flush()
		return
	}
	for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
		b.node(cc, ctx, st)
	}
}

// isInlineButton reports whether an inline element is a button: its class
// has the word "btn" or "button", and its label is a few words.
func isInlineButton(n *html.Node) bool {
	class := attr(n, "class")
	if class == "" {
		return false
	}
	button := false
	eachWord(class, func(w string) bool {
		button = w == "btn" || w == "button"
		return !button
	})
	return button && len(strings.Fields(textOf(n))) <= 3
}

// setCtx starts a new run when the context changes.
func (b *builder) setCtx(ctx bctx) {
	if ctx != b.ctx {
		b.flush()
		b.ctx = ctx
	}
}

// text adds text to the run, folding white space.
func (b *builder) text(s string, st style) {
	if st != b.curSt {
		b.endSpan()
		b.curSt = st
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			if !b.space {
				b.cur = append(b.cur, ' ')
				b.space = true
			}
			continue
		}
		b.cur = append(b.cur, c)
		b.space = false
		b.brs = 0
	}
}

// endSpan closes the span being collected.
func (b *builder) endSpan() {
	if len(b.cur) == 0 {
		return
	}
	t := string(b.cur)
	b.cur = b.cur[:0]
	if b.curSt.href != "" && !isPrintedURL(t) {
		b.linkLen += len(strings.TrimSpace(t))
	}
	b.spans = append(b.spans, Span{Text: t, Bold: b.curSt.bold, Italic: b.curSt.italic, Code: b.curSt.code, Href: b.curSt.href})
}

// isTweetableQuote reports whether link a, to href, is a quote of the
// article offered for sharing ("click to tweet"): most words of the link's
// text are in the text that the share link would post. It is the
// article's own sentence, not a link away.
func isTweetableQuote(a *html.Node, href string) bool {
	i := strings.Index(href, "?")
	if i < 0 || !strings.Contains(href[:i], "share") && !strings.Contains(href[:i], "intent") {
		return false
	}
	q, err := url.ParseQuery(href[i+1:])
	if err != nil {
		return false
	}
	shared := strings.ToLower(q.Get("text"))
	if len(shared) < 20 {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(textOf(a)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	found := 0
	for _, w := range words {
		if strings.Contains(shared, w) {
			found++
		}
	}
	return len(words) >= 4 && found*10 >= len(words)*6
}

// isPrintedURL reports whether a link's text is a web address written out,
// "http://amzn.to/2iJFhRj": a source, a shop or a reference that the text
// gives the reader, which is no link away in a menu or a teaser. It does
// not count in the block's link density.
func isPrintedURL(t string) bool {
	t = strings.TrimSpace(t)
	return !strings.ContainsAny(t, " \t") && isWebAddress(t)
}

// isWebAddress reports whether w opens like a web address: "http://",
// "https://" or "www.".
func isWebAddress(w string) bool {
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")
}

// br handles a line break: one is a space, two end the paragraph.
func (b *builder) br() {
	b.brs++
	if b.brs >= 2 {
		b.flush()
		return
	}
	if !b.space {
		b.cur = append(b.cur, ' ')
		b.space = true
	}
}

// img records an image met in the run; it becomes a block of its own.
func (b *builder) img(c *html.Node, ctx bctx) {
	src := attr(c, "src")
	if src == "" || strings.HasPrefix(src, "data:") {
		for _, k := range []string{"data-src", "data-lazy-src", "data-original"} {
			if v := attr(c, k); v != "" {
				src = v
				break
			}
		}
	}
	if src == "" || strings.HasPrefix(src, "data:") {
		return
	}
	b.setCtx(ctx)
	b.imgs = append(b.imgs, Block{Kind: Image, Src: src, Text: foldSpace(attr(c, "alt"))})
}

// flush turns the run into a unit of the run's context.
func (b *builder) flush() {
	b.endSpan()
	b.brs = 0
	b.space = true
	spans := b.spans
	b.spans = nil
	linkLen := b.linkLen
	b.linkLen = 0
	imgs := b.imgs
	b.imgs = nil
	if len(spans) > 0 {
		// no-break spaces too: "are still smoking.&nbsp;" ends a sentence
		spans[0].Text = strings.TrimLeftFunc(spans[0].Text, unicode.IsSpace)
		last := &spans[len(spans)-1]
		last.Text = strings.TrimRightFunc(last.Text, unicode.IsSpace)
		var sb strings.Builder
		for _, s := range spans {
			sb.WriteString(s.Text)
		}
		text := sb.String()
		if text != "" {
			bl := &Block{Kind: b.ctx.kind, Text: text, Spans: spans}
			if bl.Kind == Heading || bl.Kind == ListItem {
				bl.Level = b.ctx.level
			}
			bl.Ordered = bl.Kind == ListItem && b.ctx.ordered
			b.add(bl, float64(linkLen)/float64(len(text)))
		}
	}
	for i := range imgs {
		b.add(&imgs[i], 0)
	}
}

// add appends a unit for bl in the current context.
func (b *builder) add(bl *Block, linkDensity float64) {
	text := bl.Text
	if bl.Kind == Code {
		text = foldSpace(text)
	}
	bl.Line = len(b.units) + 1
	u := unit{
		line: bl.Line, text: text, structured: true, kind: bl.Kind, level: bl.Level,
		ordered: bl.Ordered, linkDensity: min(linkDensity, 1), boilerplate: b.ctx.reason, block: bl,
	}
	if bl.Kind == ListItem && b.ctx.list != nil && u.linkDensity > 0 && u.linkDensity < 0.9 {
		// An item that links a few of its words in a list of prose
		// ("Your relationship with readers grows day by day") is
		// judged with its list, not as a menu's entry.
		if st := b.p.stat(b.ctx.list); st != nil && st.linkDensity() < u.linkDensity {
			u.linkDensity = st.linkDensity()
		}
	}
	if u.boilerplate == "" && bl.Kind == Paragraph && u.linkDensity >= 0.9 && len(text) < 120 {
		u.boilerplate = DropRelated // a lone link inside the article: "read also"
	}
	b.units = append(b.units, u)
}

// pre adds a code block, verbatim.
func (b *builder) pre(c *html.Node, ctx bctx) {
	var sb strings.Builder
	rawText(c, &sb)
	text := strings.Trim(sb.String(), "\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	b.ctx = ctx
	b.add(&Block{Kind: Code, Text: text, Lang: codeLang(c)}, 0)
}

// rawText appends the text below n, keeping white space and turning <br>
// into a newline.
func rawText(n *html.Node, sb *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
		case html.ElementNode:
			if c.DataAtom == atom.Br {
				sb.WriteByte('\n')
				continue
			}
			rawText(c, sb)
		}
	}
}

// codeLang reads a code block's language from class="language-x" or
// "lang-x" on the pre element or the code element inside it, as the page
// writes it: Markdown renderers read the name in any case.
func codeLang(pre *html.Node) string {
	for n := pre; n != nil; n = n.FirstChild {
		if n.Type != html.ElementNode {
			break
		}
		for _, cl := range strings.Fields(attr(n, "class")) {
			for _, prefix := range []string{"language-", "lang-"} {
				if len(cl) > len(prefix) && strings.EqualFold(cl[:len(prefix)], prefix) {
					return cl[len(prefix):]
				}
			}
		}
		if l := attr(n, "data-lang"); l != "" {
			return l
		}
	}
	return ""
}

// table adds a data table as one unit, and its caption before it.
func (b *builder) table(c *html.Node, rows [][]string, ctx bctx) {
	for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
		if cc.DataAtom == atom.Caption {
			cctx := ctx
			cctx.kind = Caption
			b.walkBlock(cc, cctx)
			b.flush()
		}
	}
	var sb strings.Builder
	cells, links := 0, 0
	for _, r := range rows {
		for _, cell := range r {
			if cell == "" {
				continue
			}
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(cell)
			cells++
		}
	}
	if sb.Len() == 0 {
		return
	}
	if st := b.p.stat(c); st != nil {
		links = int(st.link)
		_ = cells
	}
	b.ctx = ctx
	b.add(&Block{Kind: Table, Text: sb.String(), Rows: rows}, float64(links)/float64(max(1, b.p.stat(c).text)))
}

// dataTable reads a table's rows when it holds data rather than layout: no
// nested tables, no blocks of text in its cells, and two columns or more.
func dataTable(t *html.Node) ([][]string, bool) {
	var rows [][]string
	cols := 0
	ok := true
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				visit(c)
			case atom.Tr:
				var row []string
				for cell := c.FirstChild; cell != nil; cell = cell.NextSibling {
					if cell.DataAtom != atom.Td && cell.DataAtom != atom.Th {
						continue
					}
					if hasBlocks(cell) {
						ok = false
						return
					}
					row = append(row, foldSpace(textOf(cell)))
				}
				if len(row) > 0 {
					rows = append(rows, row)
					cols = max(cols, len(row))
				}
			}
		}
	}
	visit(t)
	if !ok || cols < 2 || len(rows) == 0 {
		return nil, false
	}
	return rows, true
}

// hasBlocks reports whether a table cell holds tables, lists or several
// paragraphs: layout, not data.
func hasBlocks(n *html.Node) bool {
	paras := 0
	var found bool
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table, atom.Ul, atom.Ol, atom.Pre, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.Article, atom.Section:
				found = true
				return
			case atom.P, atom.Div:
				paras++
				if paras > 2 {
					found = true
					return
				}
			}
			visit(c)
		}
	}
	visit(n)
	return found
}

// textOf is the text below n, with a space for each <br> and between block
// elements.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom == atom.Br || blockTags[c.DataAtom] {
					sb.WriteByte(' ')
				}
				visit(c)
			}
		}
	}
	visit(n)
	return sb.String()
}

// holdsBlocks reports whether an element holds block elements: a custom
// element (<article-body>, <hl-source>) is a block when it does, and inline
// when it only wraps text.
func holdsBlocks(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if blockTags[c.DataAtom] || holdsBlocks(c) {
			return true
		}
	}
	return false
}
