package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A caption often ends in the picture's credit: "(AP Photo/Alan Diaz)",
// "Foto: dpa", "© Getty Images", "REUTERS/Jane Doe". The credit names who
// took the picture, not what it shows; like a byline it is no part of the
// article's text, so it is cut from the caption, which stays.

// creditLabels open a picture's credit, in the languages of the pages:
// "Photo: …", "Foto: …", "Image credit: …". They are matched whole, before
// a colon, "by" or dots.
var creditLabels = []string{
	"photo", "photos", "photograph", "photography", "image", "images", "picture", "pictures",
	"credit", "credits", "image credit", "photo credit", "photo credits", "illustration",
	"foto", "fotos", "fotó", "fotografie", "fotografía", "archivfoto", "bild", "bilder",
	"bildquelle", "quelle", "quellen", "source", "fuente", "crédit", "crédits",
	"crédit photo", "crédits photo", "crédits photos", "kuva", "zdjęcie", "fot", "фото",
	"источник", "写真", "图片来源", "صورة",
}

// stripCaptionCredits cuts the credit at the end of each caption of the
// article, and of each picture's alt text, which a caption often repeats.
// A caption that is all credit ("Credit: Getty Images") goes as a byline
// would.
func stripCaptionCredits(units []unit) {
	cuts := make([]int, len(units))
	for i := range units {
		cuts[i] = -1
		if u := &units[i]; u.boilerplate == "" && u.block != nil {
			cuts[i] = unitCredit(u)
		}
	}
	for i := range units {
		u := &units[i]
		cut := cuts[i]
		if cut < 0 || echoes(units, cuts, i) {
			continue
		}
		if cut == 0 {
			if u.kind != Image {
				u.boilerplate = DropByline
			}
			continue
		}
		cutUnit(u, cut)
		if u.kind == Paragraph {
			// the credit named a caption: it stays one
			u.kind, u.block.Kind = Caption, Caption
		}
	}
}

// unitCredit returns where the credit at the end of a unit's text starts,
// 0 when the text is all credit, or -1.
func unitCredit(u *unit) int {
	var cut int
	switch u.kind {
	case Caption, Image:
		cut = creditStart(u.text)
	case Paragraph:
		// a paragraph under a picture: only a credit named so, "(Image:
		// Getty)", "Crédits photos : Jane Doe", or of names and agencies
		// set apart, "(jdoe / iStock.com)"
		cut = paragraphCredit(u.text)
	default:
		return -1
	}
	// "(Photo by Jane Doe/AFP) (Xinhua/Jon Super via Getty Images)"
	for k := 0; k < 2 && cut > 0; k++ {
		c := creditStart(u.text[:cut])
		if c < 0 {
			break
		}
		cut = c
	}
	return cut
}

// echoes reports whether the unit at i repeats one just before it whose
// credit is not cut the same way, as a gallery's caption repeats the
// slide's text: the copy goes as such, and must stay a copy.
func echoes(units []unit, cuts []int, i int) bool {
	for j := max(0, i-nearCopy); j < i; j++ {
		if units[j].text == units[i].text && cuts[j] != cuts[i] {
			return true
		}
	}
	return false
}

// creditStart returns where the credit at the end of a caption starts, 0
// when the caption is all credit, or -1 when it ends in no credit.
func creditStart(text string) int {
	t := strings.TrimRight(text, " ")
	if len(t) < 3 {
		return -1
	}
	best := -1
	// "(Photo: Getty Images)", "(AP Photo/Jane Doe)", "(credit: NASA)"
	if p := strings.TrimRight(t, "."); p[len(p)-1] == ')' || p[len(p)-1] == ']' {
		open := strings.LastIndexAny(p, "([")
		if open >= 0 && len(p)-open <= 80 {
			inner := strings.TrimSpace(p[open+1 : len(p)-1])
			if labelled(inner) || strings.Contains(inner, "©") || isSlashCredit(inner) || inner == "AP" {
				best = open
			}
		}
	}
	// "… Credit: ESA", "… Foto: dpa", "Photo by Jane Doe/Getty Images"
	if best < 0 {
		if at := labelledTail(t); at >= 0 {
			best = at
		}
	}
	// "… © Weihnachtsmarkt-Finder.de"
	if best < 0 {
		if at := strings.LastIndex(t, "©"); at >= 0 && len(t)-at <= 70 && isSlashCredit(t[at:]+"/x") {
			best = at
		}
	}
	// "… 2019. REUTERS/Jane Doe", "… 2019.J. Scott Applewhite / AP file"
	if best < 0 {
		best = slashTail(t)
	}
	if best < 0 {
		return -1
	}
	// the separators before the credit go with it, and a label left
	// bare: "Foto © Jane Doe", "Photo / Jane Doe"
	head := strings.TrimRight(t[:best], " |–—-·•/©(:")
	if i := strings.LastIndexByte(head, ' ') + 1; labelled(head[i:] + ":") {
		head = strings.TrimRight(head[:i], " |–—-·•/©(:")
	}
	return len(head)
}

// paragraphCredit returns where a credit that a paragraph ends with
// starts: after "©", or in brackets, named so or of names set apart by a
// spaced slash, "… in size (Image: GETTY)", "… getarnt. (jdoe /
// iStock.com)"; 0 for a
// short paragraph that is a named credit, "Crédits photos : Jane Doe";
// else -1.
func paragraphCredit(text string) int {
	if labelled(text) && len(strings.Fields(text)) <= 6 {
		return 0
	}
	// "… der Zuschauermagnet. | © Augusta National/Getty Images"
	if at := strings.LastIndex(text, "©"); at > 0 && len(text)-at <= 60 && isSlashCredit(text[at:]+"/x") {
		return len(strings.TrimRight(text[:at], " |–—-·•/(:"))
	}
	t := strings.TrimRight(text, " .")
	if t == "" || t[len(t)-1] != ')' || len(t) < 2 {
		return -1
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 || len(t)-open > 60 {
		return -1
	}
	inner := strings.TrimSpace(t[open+1 : len(t)-1])
	if !labelled(inner) && !(strings.Contains(inner, " / ") && isSlashCredit(inner) && len(strings.Fields(inner)) <= 6) {
		return -1
	}
	return len(strings.TrimRight(t[:open], " |–—-·•/"))
}

// labelled reports whether s opens with a credit label and a colon, dots
// or "by": "Photo: Jane Doe", "Credit...Jane Doe", "Photo by Jane Doe".
func labelled(s string) bool {
	low := strings.ToLower(s)
	for _, l := range creditLabels {
		if !strings.HasPrefix(low, l) {
			continue
		}
		rest := strings.TrimLeft(low[len(l):], " ")
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "...") || strings.HasPrefix(rest, "…") ||
			strings.HasPrefix(rest, "by ") || strings.HasPrefix(rest, "/") {
			return true
		}
	}
	return false
}

// labelledTail returns where a labelled credit starts at the end of t: a
// credit label at a word's start, close to the end, with no sentence after
// it; or -1.
func labelledTail(t string) int {
	from := max(0, len(t)-80)
	for i := from; i < len(t); i++ {
		if i > 0 {
			// a label opens a word: "2019.Image: Jane Doe", not "StaffPhoto:"
			if r, _ := utf8.DecodeLastRuneInString(t[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if !labelled(t[i:]) {
			continue
		}
		tail := t[i:]
		if strings.Contains(tail, ". ") && !initialsOnly(tail) {
			continue // a sentence follows: the label is the caption's word
		}
		if i == 0 && len(strings.Fields(tail)) > 6 {
			return -1 // "Image: Jose Mourinho, left, has replaced…" is the caption
		}
		return i
	}
	return -1
}

// initialsOnly reports whether every ". " in s follows a single capital,
// as in a name's initials ("J. Scott").
func initialsOnly(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		if i == 0 || !(s[i-1] >= 'A' && s[i-1] <= 'Z') || i >= 2 && unicode.IsLetter(rune(s[i-2])) {
			return false
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return true
}

// isSlashCredit reports whether s reads as a credit of names and agencies
// joined by slashes: "Jane Doe/AP", "NASA/Jude Guidry", "SWR/picture
// alliance/dpa". It is short, holds a slash between words, and no sentence.
func isSlashCredit(s string) bool {
	if len(s) > 70 || len(strings.Fields(s)) > 8 {
		return false
	}
	i := strings.Index(s, "/")
	if i <= 0 || i == len(s)-1 || strings.Contains(s, "://") {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:i], " "))
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i+1:], " "))
	if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
		return false // "24/7", "1/2"
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last != '.' && last != '!' && last != '?' && last != ':'
}

// slashTail returns where a credit of names and agencies joined by
// slashes starts, after the caption's last sentence: "… 2019. REUTERS/Jane
// Doe"; or -1.
func slashTail(t string) int {
	for i := max(1, len(t)-70); i < len(t); i++ {
		p := t[i-1]
		if p != '.' && p != '!' && p != '?' {
			continue
		}
		j := i
		for j < len(t) && t[j] == ' ' {
			j++
		}
		if j == len(t) || !(t[j] >= 'A' && t[j] <= 'Z') {
			continue
		}
		if tail := t[j:]; isSlashCredit(tail) && initialsOnly(tail) {
			return j
		}
	}
	return -1
}

// cutUnit keeps the first n bytes of a unit's text, and of its block's
// spans.
func cutUnit(u *unit, n int) {
	u.text = u.text[:n]
	bl := *u.block
	bl.Text = u.text
	spans := make([]Span, 0, len(bl.Spans))
	left := n
	for _, s := range bl.Spans {
		if left <= 0 {
			break
		}
		if len(s.Text) > left {
			s.Text = s.Text[:left]
		}
		left -= len(s.Text)
		spans = append(spans, s)
	}
	if len(spans) > 0 {
		last := &spans[len(spans)-1]
		last.Text = strings.TrimRight(last.Text, " ")
	}
	bl.Spans = spans
	u.block = &bl
}
