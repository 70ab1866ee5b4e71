package clean

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The main content is found by scoring candidate containers: each
// paragraph-like element gives points, for its length and commas, to its
// parent and, less and less, to the ancestors above; containers start from
// a weight for their tag and their class and id words, and their score is
// cut by their link density. The best container wins; its siblings that
// score close to it, or read as paragraphs, join it, so an article split
// across sibling containers is kept whole.

// scoreLevels is how far up a paragraph's points go.
const scoreLevels = 5

// confirm decides which boilerplate marks stand: a mark on an element that
// holds most of the page's text is a page wrapper's class ("has-sidebar"),
// not boilerplate. It then scores paragraphs outside boilerplate.
func (p *page) score() {
	total := p.stat(p.body).text
	ptotal := p.stat(p.body).ptext
	ancestors := make([]*html.Node, 0, 64)
	// walk returns the text, link text and prose of n's subtree that
	// boilerplate holds
	var walk func(n *html.Node) (int32, int32, int32)
	walk = func(n *html.Node) (int32, int32, int32) {
		st := p.stat(n)
		if st == nil {
			return 0, 0, 0
		}
		if st.reason != "" && n != p.body && n.DataAtom != atom.Main {
			limit := float64(total) * 0.6
			if st.strong {
				limit = float64(total) * 0.85
			}
			// a wrapper that holds most of the paragraphs is no box
			plimit := float64(ptotal) * 0.4
			if st.strong {
				plimit = float64(ptotal) * 0.6
			}
			if st.reason == DropComments || st.headed {
				limit = float64(total) * 0.9
				plimit = float64(ptotal) * 0.9
			}
			if float64(st.text) < limit && (float64(st.ptext) < plimit || ptotal < 500) || total == 0 {
				if p.trace && st.text > 500 {
					tracef("neg %s %s text=%d/%d\n", st.reason, desc(n), st.text, total)
				}
				st.neg = true
				return st.text, st.link, st.ptext
			}
		}
		ancestors = append(ancestors, n)
		if isParagraphLike(n, st) {
			if ownsText(n) {
				// loose text in a div is a paragraph inside the div
				p.addScore(st, st.own, ancestors)
			} else {
				p.addScore(st, st.text, ancestors[:len(ancestors)-1])
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				t, l, pr := walk(c)
				st.deadText += t
				st.deadLink += l
				st.deadProse += pr
			}
		}
		ancestors = ancestors[:len(ancestors)-1]
		return st.deadText, st.deadLink, st.deadProse
	}
	walk(p.body)
}

// isParagraphLike reports whether n is scored as a paragraph: p, pre, td
// and blockquote, or another element with enough text of its own.
func isParagraphLike(n *html.Node, st *nodeStat) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Dd:
		return st.text >= 25
	case atom.Div, atom.Section, atom.Article, atom.Span, atom.Font, atom.Center, atom.Li:
		return st.own >= 50
	}
	return false
}

// ownsText reports whether n's paragraph is its own loose text rather than
// the whole element.
func ownsText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Dd, atom.Li, atom.Span, atom.Font:
		return false
	}
	return true
}

// addScore gives the points of a paragraph of text bytes to its ancestors.
func (p *page) addScore(st *nodeStat, text int32, ancestors []*html.Node) {
	s := 1 + float64(min(st.commas, text/40+1)) + min(float64(text)/100, 3)
	if st.text > 0 && text == st.text {
		s *= 1 - float64(st.link)/float64(st.text)
	}
	for level := 0; level < scoreLevels && level < len(ancestors); level++ {
		a := ancestors[len(ancestors)-1-level]
		as := p.stat(a)
		if !as.scored {
			as.scored = true
			as.score = initialScore(a, as)
		}
		switch level {
		case 0:
			as.score += s
		case 1:
			as.score += s / 2
		default:
			as.score += s / float64(level*3)
		}
	}
}

// initialScore is a candidate's starting score, from its tag and its class
// and id words.
func initialScore(n *html.Node, st *nodeStat) float64 {
	var s float64
	switch n.DataAtom {
	case atom.Article, atom.Main:
		s = 10
	case atom.Div, atom.Section:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	if st.content {
		s += 25
	}
	if st.reason != "" {
		s -= 25
	}
	if attr(n, "itemprop") == "articleBody" {
		s += 30
	}
	return s
}

// linkDensity is the share of n's text inside links.
func (st *nodeStat) linkDensity() float64 {
	if st.text == 0 {
		return 0
	}
	return float64(st.link) / float64(st.text)
}

// mainContent chooses the elements that hold the article: the best scoring
// container and the siblings that join it. When nothing scored, the page
// is short and the whole body is the article, boilerplate aside.
func (p *page) mainContent() []*html.Node {
	var top *html.Node
	var topScore float64
	type cand struct {
		n *html.Node
		s float64
	}
	var cands []cand
	for i, n := range p.nodes {
		st := &p.stats[i]
		if !st.scored || st.neg {
			continue
		}
		s := st.score * (1 - st.linkDensity())
		st.score = s
		cands = append(cands, cand{n, s})
		if s > topScore || s == topScore && top != nil && st.text > p.stat(top).text {
			top, topScore = n, s
		}
	}
	if top == nil {
		// nothing long enough to score: a very short page is all article,
		// save what the markup condemned
		return []*html.Node{p.body}
	}
	// An article split into sibling containers: when three or more strong
	// candidates share an ancestor, that ancestor is the article.
	var alts []*html.Node
	for _, c := range cands {
		if c.n != top && c.s >= topScore*0.75 && !isInside(c.n, top) && !isInside(top, c.n) {
			alts = append(alts, c.n)
		}
	}
	if len(alts) >= 2 {
		// The lowest ancestor of top holding two alternatives: each
		// alternative counts at the lowest of top's ancestors it is
		// inside, and the counts add up going up. (Asking of every
		// ancestor whether each alternative is inside it took time
		// that grew with the square of the depth, times the number of
		// alternatives.)
		above := map[*html.Node]int{}
		for a := top.Parent; a != nil && a != p.body; a = a.Parent {
			above[a] = 0
		}
		for _, c := range alts {
			for n := c; n != nil; n = n.Parent {
				if _, ok := above[n]; ok {
					above[n]++
					break
				}
			}
		}
		shared := 0
		for a := top.Parent; a != nil && a != p.body; a = a.Parent {
			shared += above[a]
			if shared >= 2 {
				top = a
				break
			}
		}
	}
	// Climb while the parent is scored nearly as high, or top is the
	// parent's only child with text.
	last := p.stat(top).score
	for a := top.Parent; a != nil && a != p.body; a = a.Parent {
		as := p.stat(a)
		if as == nil || as.neg {
			break
		}
		if as.text <= p.stat(top).text+p.stat(top).text/20 {
			top = a
			continue
		}
		if !as.scored || as.score < last/3 {
			break
		}
		if as.score > last {
			top = a
		}
		last = as.score
	}
	top = p.widen(top)
	topScore = p.stat(top).score
	if p.trace {
		tracef("top %s score=%.1f text=%d\n", desc(top), topScore, p.stat(top).text)
	}
	if topScore <= 0 {
		topScore = 1
	}

	// Siblings join when they score well or read as paragraphs.
	content := []*html.Node{}
	if top.Parent == nil || top == p.body {
		return []*html.Node{top}
	}
	threshold := max(10, topScore*0.2)
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			content = append(content, s)
			continue
		}
		if s.Type != html.ElementNode {
			continue
		}
		st := p.stat(s)
		if st == nil || st.neg {
			continue
		}
		bonus := 0.0
		if st.content {
			bonus = topScore * 0.2
		}
		if st.scored && st.score+bonus >= threshold {
			content = append(content, s)
			continue
		}
		if s.DataAtom == atom.P || s.DataAtom == atom.Blockquote || s.DataAtom == atom.Pre || s.DataAtom == atom.Ul || s.DataAtom == atom.Ol {
			ld := st.linkDensity()
			if st.text > 80 && ld < 0.25 || st.text > 0 && st.text <= 80 && ld == 0 && endsSentence(s) {
				content = append(content, s)
			}
		}
	}
	return content
}

// endsSentence reports whether the last text of n ends like a sentence.
func endsSentence(n *html.Node) bool {
	for c := n.LastChild; c != nil; c = c.LastChild {
		if c.Type == html.TextNode {
			t := []byte(c.Data)
			for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\n' || t[len(t)-1] == '\t') {
				t = t[:len(t)-1]
			}
			if len(t) == 0 {
				return false
			}
			switch t[len(t)-1] {
			case '.', '!', '?', ':', '"':
				return true
			}
			return false
		}
	}
	return false
}

// isInside reports whether n is a or inside a.
func isInside(n, a *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// widen climbs from the chosen container to ancestors that add little
// text, and that mostly as prose: a standfirst or lede kept in a header
// beside the body's container belongs to the article.
func (p *page) widen(top *html.Node) *html.Node {
	for a := top.Parent; a != nil && a != p.body; a = a.Parent {
		as, ts := p.stat(a), p.stat(top)
		if as == nil || as.neg {
			break
		}
		extra := as.liveText() - ts.liveText()
		if extra <= 0 {
			top = a
			continue
		}
		if extra > ts.liveText()/4 && !p.splitArticle(a, top, extra) {
			if p.trace {
				tracef("widen stop %s extra=%d of %d\n", desc(a), extra, ts.liveText())
			}
			break
		}
		link := (as.link - as.deadLink) - (ts.link - ts.deadLink)
		prose := (as.ptext - as.deadProse) - (ts.ptext - ts.deadProse)
		if p.trace {
			tracef("widen? %s extra=%d link=%d prose=%d\n", desc(a), extra, link, prose)
		}
		if float64(link) > 0.25*float64(extra) || float64(prose) < 0.7*float64(extra) {
			break
		}
		top = a
	}
	return top
}

// liveText is the text of n's subtree outside boilerplate.
func (st *nodeStat) liveText() int32 { return st.text - st.deadText }

// splitArticle reports whether ancestor a of top holds the rest of an
// article that a media embed split in two: the text a adds is no more
// than top's own, nearly all of it prose, and hardly linked.
func (p *page) splitArticle(a, top *html.Node, extra int32) bool {
	as, ts := p.stat(a), p.stat(top)
	if extra > ts.liveText() || ts.liveText() < 2000 {
		return false // a short text gains captions and teasers, not its other half
	}
	link := (as.link - as.deadLink) - (ts.link - ts.deadLink)
	prose := (as.ptext - as.deadProse) - (ts.ptext - ts.deadProse)
	return float64(prose) >= 0.9*float64(extra) && float64(link) <= 0.05*float64(extra)
}
