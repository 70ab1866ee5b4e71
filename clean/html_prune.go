package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeStat is what the extractor measures on one element of the body.
type nodeStat struct {
	text   int32 // bytes of visible, non-space text below
	link   int32 // of those, the bytes inside links
	own    int32 // bytes of non-space text in direct text children
	commas int32 // commas in the text below
	paras  int32 // p elements below
	ptext  int32 // bytes of prose below: text of p elements, loose text of divs

	reason  Reason // boilerplate the markup names: tag, class or id words
	strong  bool   // reason comes from a strong word (comments, share, ad...)
	content bool   // a class or id word names content (article, post...)
	headed  bool   // reason comes from the section's heading
	teaser  bool   // holds a heading that is all link: a teaser card
	neg     bool   // confirmed boilerplate: the subtree is not article

	// of text, link and prose, what lies in confirmed boilerplate below
	deadText, deadLink, deadProse int32

	score  float64 // candidate score for the main content
	scored bool
}

// page is a parsed HTML page under extraction.
type page struct {
	root, head, body *html.Node
	stats            []nodeStat
	nodes            []*html.Node // the element of each stat
	index            map[*html.Node]int32
	jsonLD           []string // the text of application/ld+json scripts
	lang             string   // the lang attribute of <html>
	trace            bool     // write the extraction trace (DECLUTTER_TRACE)
}

// stat returns the measurements of element n, or nil when n was not measured.
func (p *page) stat(n *html.Node) *nodeStat {
	if i, ok := p.index[n]; ok {
		return &p.stats[i]
	}
	return nil
}

// neverContent are elements whose content is never article text.
var neverContent = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: false, atom.Canvas: true, atom.Object: true,
	atom.Embed: true, atom.Input: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Option: true, atom.Label: true, atom.Link: true, atom.Meta: true, atom.Audio: true,
	atom.Video: true, atom.Map: true, atom.Area: true, atom.Frame: true, atom.Frameset: true,
	atom.Head: true, atom.Base: true, atom.Param: true, atom.Source: true, atom.Track: true,
}

// boilerplateTags are elements that hold navigation, asides and footers:
// dropped with the reason, unless they hold most of the page.
var boilerplateTags = map[atom.Atom]Reason{
	atom.Nav: DropNavigation, atom.Menu: DropNavigation, atom.Aside: DropWidget,
	atom.Footer: DropFooter, atom.Form: DropWidget, atom.Dialog: DropNotice,
	atom.Fieldset: DropWidget,
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// isHidden reports whether the markup hides element n: the hidden
// attribute, aria-hidden="true", an inline display:none or
// visibility:hidden, or a class that hides it.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		case "class":
			if hasHiddenClass(a.Val) {
				return true
			}
		}
	}
	return false
}

// hiddenStyle reports whether an inline style hides the element.
func hiddenStyle(style string) bool {
	if !strings.Contains(style, "none") && !strings.Contains(style, "hidden") {
		return false
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// prepare finds the head and body, removes what is never content (scripts,
// styles, forms' controls, iframes, hidden elements), keeps JSON-LD for the
// metadata, and measures every element of the body.
func (p *page) prepare() {
	for n := p.root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			p.lang = attr(n, "lang")
			if p.lang == "" {
				p.lang = attr(n, "xml:lang")
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				switch c.DataAtom {
				case atom.Head:
					p.head = c
				case atom.Body:
					p.body = c
				}
			}
		}
	}
	if p.head != nil {
		p.collectJSONLD(p.head)
	}
	if p.body == nil {
		return
	}
	p.stats = make([]nodeStat, 0, 1024)
	p.nodes = make([]*html.Node, 0, 1024)
	p.index = make(map[*html.Node]int32, 1024)
	p.measure(p.body, false)
}

// collectJSONLD keeps the text of the JSON-LD scripts below n.
func (p *page) collectJSONLD(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Script {
			if strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && c.FirstChild != nil {
				p.jsonLD = append(p.jsonLD, c.FirstChild.Data)
			}
			continue
		}
		p.collectJSONLD(c)
	}
}

// measure removes never-content children of element n, measures n's
// subtree and returns n's index in p.stats.
func (p *page) measure(n *html.Node, inLink bool) int32 {
	idx := int32(len(p.stats))
	p.stats = append(p.stats, nodeStat{})
	p.nodes = append(p.nodes, n)
	p.index[n] = idx
	var st nodeStat
	teasers := 0 // children holding teaser cards
	cards := 0   // children that are linked pictures with a linked title
	if n.DataAtom == atom.A && attr(n, "href") != "" {
		inLink = true
	}
	if n.DataAtom == atom.P {
		st.paras = 1
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.TextNode:
			t, commas := textWeight(c.Data)
			st.text += t
			st.own += t
			st.commas += commas
			if inLink {
				st.link += t
			}
		case html.ElementNode:
			if c.DataAtom == atom.Script && strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && c.FirstChild != nil {
				p.jsonLD = append(p.jsonLD, c.FirstChild.Data)
			}
			if neverContent[c.DataAtom] || isHidden(c) || c.DataAtom == atom.Span && isHoverCard(c) {
				n.RemoveChild(c)
				break
			}
			ci := p.measure(c, inLink)
			cs := &p.stats[ci]
			if cs.teaser {
				st.teaser = true
				teasers++
			} else if cs.text > 0 && cs.text < 400 && cs.link > 0 && isCard(c) {
				cards++
			}
			st.text += cs.text
			st.link += cs.link
			st.commas += cs.commas
			st.paras += cs.paras
			st.ptext += cs.ptext
		case html.CommentNode, html.DoctypeNode:
			n.RemoveChild(c)
		}
		c = next
	}
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5:
		st.teaser = st.text > 0 && st.link == st.text
	}
	if n.DataAtom == atom.P {
		st.ptext = st.text
	} else if st.own >= 100 {
		st.ptext += st.own // loose prose between <br>s
	}
	st.reason = boilerplateTags[n.DataAtom]
	if n.DataAtom == atom.Form && st.paras >= 3 {
		// A form holding paragraphs wraps the page (ASP.NET).
		st.reason = ""
	}
	if teasers+cards >= 3 && st.reason == "" && n.DataAtom != atom.Body {
		// three or more cards, each a linked headline: related stories
		st.reason = DropRelated
	}
	if st.reason == "" && firstHeadingReason(p, n) {
		st.reason, st.strong, st.headed = DropRelated, true, true
	}
	class, id := attr(n, "class"), attr(n, "id")
	if class != "" || id != "" {
		r, strong, content := markupWeight(class, id)
		st.content = content
		if r != "" && (strong || !content) && (st.reason == "" || strong) {
			st.reason, st.strong = r, strong
		}
	}
	if role := attr(n, "role"); role != "" {
		switch role {
		case "navigation", "menu", "menubar", "search":
			st.reason = DropNavigation
		case "complementary":
			st.reason = DropWidget
		case "contentinfo":
			st.reason = DropFooter
		case "banner":
			st.reason = DropNavigation
		case "dialog", "alertdialog":
			st.reason = DropNotice
		case "main", "article":
			st.content = true
		}
	}
	p.stats[idx] = st
	return idx
}

// textWeight counts the bytes of text that are not white space, and the
// commas (ASCII, full-width and ideographic).
func textWeight(s string) (n, commas int32) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f':
		case ',':
			n++
			commas++
		case 0xEF:
			n++
			if i+2 < len(s) && s[i+1] == 0xBC && s[i+2] == 0x8C {
				commas++
			}
		case 0xE3:
			n++
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x81 {
				commas++
			}
		default:
			n++
		}
	}
	return n, commas
}

// firstHeadingReason reports whether n's first element child is a heading
// marked as related stories: the container is that section.
func firstHeadingReason(p *page, n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			st := p.stat(c)
			return st != nil && st.reason == DropRelated
		}
		return false
	}
	return false
}

// isCard reports whether element c is a teaser card: a linked picture and
// a linked title, in two links that lead to the same page. It looks at no
// more than a few dozen elements.
func isCard(c *html.Node) bool {
	type link struct {
		href string
		a    *html.Node
	}
	var pics, titles []link
	budget := 60
	var walk func(n *html.Node, in link)
	walk = func(n *html.Node, in link) {
		for k := n.FirstChild; k != nil && budget > 0; k = k.NextSibling {
			budget--
			switch k.Type {
			case html.TextNode:
				if in.a != nil && strings.TrimSpace(k.Data) != "" {
					titles = append(titles, in)
				}
			case html.ElementNode:
				l := in
				if k.DataAtom == atom.A {
					l = link{attr(k, "href"), k}
					if l.href == "" || strings.HasPrefix(l.href, "#") || isImageURL(l.href) {
						l = link{}
					}
				}
				if k.DataAtom == atom.Img && in.a != nil {
					pics = append(pics, in)
				}
				walk(k, l)
			}
		}
	}
	walk(c, link{})
	for _, p := range pics {
		for _, t := range titles {
			if p.href == t.href && p.a != t.a {
				return true
			}
		}
	}
	return false
}

// isImageURL reports whether a link leads to a picture file rather than a
// page: a gallery's links open the full-size photo.
func isImageURL(href string) bool {
	h := strings.ToLower(href)
	if i := strings.IndexAny(h, "?#"); i >= 0 {
		h = h[:i]
	}
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"} {
		if strings.HasSuffix(h, ext) {
			return true
		}
	}
	return false
}

// isHoverCard reports whether span c, inside a paragraph, is a card that
// pops up over the linked name just before it: a picture and links to
// other stories, nearly all its text linked, which the stylesheet hides
// until the pointer rests on the name.
func isHoverCard(c *html.Node) bool {
	prev := c.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode || prev.DataAtom != atom.A {
		return false
	}
	inPara := false
	for a, i := c.Parent, 0; a != nil && i < 4; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.P {
			inPara = true
			break
		}
	}
	if !inPara {
		return false
	}
	imgs, links, budget := 0, 0, 80
	var text, linked int
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		for k := n.FirstChild; k != nil && budget > 0; k = k.NextSibling {
			budget--
			if k.Type == html.TextNode {
				t := len(strings.TrimSpace(k.Data))
				text += t
				if inLink {
					linked += t
				}
				continue
			}
			if k.Type != html.ElementNode {
				continue
			}
			switch k.DataAtom {
			case atom.Img:
				imgs++
			case atom.A:
				links++
			}
			walk(k, inLink || k.DataAtom == atom.A)
		}
	}
	walk(c, false)
	return imgs >= 1 && links >= 3 && linked*10 >= text*9
}
