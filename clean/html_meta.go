package clean

import (
	"encoding/json"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headMeta is what the head of a page declares: <title>, <meta> name or
// property values (first wins, keys lower-cased) and the canonical link.
type headMeta struct {
	title     string
	meta      map[string]string
	canonical string
}

// readHead collects the metadata that the head element declares.
func readHead(head *html.Node) headMeta {
	h := headMeta{meta: make(map[string]string, 32)}
	if head == nil {
		return h
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Title:
				if h.title == "" {
					h.title = foldSpace(textOf(c))
				}
			case atom.Meta:
				key := attr(c, "property")
				if key == "" {
					key = attr(c, "name")
				}
				if key == "" {
					key = attr(c, "itemprop")
				}
				if key == "" {
					key = attr(c, "http-equiv")
				}
				v := strings.TrimSpace(attr(c, "content"))
				key = strings.ToLower(strings.TrimSpace(key))
				if key != "" && v != "" {
					if _, ok := h.meta[key]; !ok {
						h.meta[key] = v
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(c, "rel"), "canonical") && h.canonical == "" {
					h.canonical = strings.TrimSpace(attr(c, "href"))
				}
			default:
				visit(c)
			}
		}
	}
	visit(head)
	return h
}

// first returns the first non-empty value among the meta keys.
func (h headMeta) first(keys ...string) string {
	for _, k := range keys {
		if v := h.meta[k]; v != "" {
			return foldSpace(v)
		}
	}
	return ""
}

// ldArticle is what JSON-LD says about the page's article.
type ldArticle struct {
	headline, author, date, site, lang, url, description string
	body                                                 string // articleBody, its lines kept
}

// articleTypes are the schema.org types whose JSON-LD describes an article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "techarticle": true,
	"scholarlyarticle": true, "webpage": true, "liveblogposting": true, "report": true,
	"posting": true, "socialmediaposting": true, "review": true, "backgroundnewsarticle": true,
}

// readJSONLD reads the article's fields from JSON-LD scripts, preferring an
// article type over a plain web page.
func readJSONLD(scripts []string) ldArticle {
	var best ldArticle
	bestRank := 0
	for _, s := range scripts {
		var v any
		if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
			continue
		}
		eachLDObject(v, func(o map[string]any) {
			rank := 0
			for _, t := range ldStrings(o["@type"]) {
				t = strings.ToLower(t)
				if articleTypes[t] {
					rank = max(rank, 1)
					if t != "webpage" {
						rank = 2
					}
				}
			}
			if rank <= bestRank {
				return
			}
			bestRank = rank
			best = ldArticle{
				headline:    ldString(o["headline"]),
				author:      ldName(o["author"]),
				date:        ldString(o["datePublished"]),
				site:        ldName(o["publisher"]),
				lang:        ldString(o["inLanguage"]),
				url:         ldString(o["url"]),
				description: ldString(o["description"]),
				body:        ldText(o["articleBody"]),
			}
			if best.headline == "" {
				best.headline = ldString(o["name"])
			}
			if best.date == "" {
				best.date = ldString(o["dateCreated"])
			}
		})
	}
	return best
}

// eachLDObject calls fn on every object in a JSON-LD value, @graph
// included.
func eachLDObject(v any, fn func(map[string]any)) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			eachLDObject(e, fn)
		}
	case map[string]any:
		fn(x)
		if g, ok := x["@graph"]; ok {
			eachLDObject(g, fn)
		}
	}
}

// ldStrings reads a string or a list of strings.
func ldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldText reads a text value whose line breaks matter: entities decoded,
// any markup turned to line breaks.
func ldText(v any) string {
	s, ok := v.(string)
	if !ok || s == "" {
		return ""
	}
	s = html.UnescapeString(s)
	if strings.Contains(s, "<") {
		var sb strings.Builder
		in := false
		for _, r := range s {
			switch {
			case r == '<':
				in = true
			case r == '>' && in:
				in = false
				sb.WriteByte('\n')
			case !in:
				sb.WriteRune(r)
			}
		}
		s = sb.String()
	}
	return s
}

// ldString reads a string value.
func ldString(v any) string {
	if s, ok := v.(string); ok {
		return foldSpace(html.UnescapeString(s))
	}
	return ""
}

// ldName reads a name: a string, an object with a name, or a list of them
// joined with commas.
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return ldString(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// pageMetadata gathers the page's metadata from its head, JSON-LD and
// body. content is the chosen article, searched first for a heading and a
// <time> element.
func (p *page) metadata(content []*html.Node) Metadata {
	h := readHead(p.head)
	ld := readJSONLD(p.jsonLD)
	var m Metadata

	m.SiteName = firstOf(h.first("og:site_name", "application-name", "twitter:site"), ld.site)
	if strings.HasPrefix(m.SiteName, "@") {
		m.SiteName = ""
		if ld.site != "" {
			m.SiteName = ld.site
		}
	}
	h1 := ""
	for _, c := range content {
		if h1 = firstHeading(c); h1 != "" {
			break
		}
	}
	if h1 == "" && p.body != nil {
		h1 = firstHeading(p.body)
	}
	m.Title = firstOf(h.first("og:title", "twitter:title"), ld.headline, h1, h.title)
	m.Title = stripSiteSuffix(m.Title, m.SiteName, h1)

	m.Author = firstOf(ld.author, h.first("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"))
	if strings.HasPrefix(m.Author, "http") {
		m.Author = ""
	}
	m.Author = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(m.Author, "By "), "by "))

	date := firstOf(ld.date, h.first("article:published_time", "og:published_time", "datepublished",
		"date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
		"dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published"))
	if date == "" {
		for _, c := range content {
			if date = firstTime(c); date != "" {
				break
			}
		}
	}
	if date == "" && p.body != nil {
		date = firstTime(p.body)
	}
	m.Date = normalizeDate(date)

	m.Lang = isoLang(firstOf(p.lang, h.first("content-language", "og:locale", "language", "dc.language"), ld.lang))
	m.URL = firstOf(h.canonical, h.first("og:url"), ld.url)
	m.Description = firstOf(h.first("description", "og:description", "twitter:description"), ld.description)
	return m
}

// firstOf returns the first non-empty string.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// firstHeading is the text of the first h1 below n.
func firstHeading(n *html.Node) string {
	return firstBelow(n, atom.H1, func(h *html.Node) string { return foldSpace(textOf(h)) })
}

// firstTime is the datetime of the first <time> element below n.
func firstTime(n *html.Node) string {
	return firstBelow(n, atom.Time, func(t *html.Node) string { return strings.TrimSpace(attr(t, "datetime")) })
}

// firstBelow returns the first non-empty value of the elements a below n,
// in document order.
func firstBelow(n *html.Node, a atom.Atom, value func(*html.Node) string) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == a {
			if v := value(c); v != "" {
				return v
			}
		}
		if v := firstBelow(c, a, value); v != "" {
			return v
		}
	}
	return ""
}

// titleSeparators split a page title from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " : "}

// stripSiteSuffix removes the site's name from a title: "Story | Site"
// becomes "Story". The h1, when the title holds it, is the title.
func stripSiteSuffix(title, site, h1 string) string {
	if h1 != "" && title != h1 && sameWords(title, h1) {
		return h1
	}
	if h1 != "" && title != h1 && strings.Contains(title, h1) && len(h1) >= len(title)/3 && !isTitleTail(title, h1) {
		return h1
	}
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if site != "" && strings.EqualFold(tail, site) || site == "" && len(strings.Fields(tail)) <= 4 && len(head) > len(tail) {
			return head
		}
		if j := strings.Index(title, sep); j > 0 && site != "" && strings.EqualFold(strings.TrimSpace(title[:j]), site) {
			return strings.TrimSpace(title[j+len(sep):])
		}
	}
	return title
}

// isTitleTail reports whether h1 is what follows the title's last
// separator, "Story - Site": the site's name in a heading of its own.
func isTitleTail(title, h1 string) bool {
	for _, sep := range titleSeparators {
		if strings.HasSuffix(title, sep+h1) {
			return true
		}
	}
	return false
}

// sameWords reports whether a and b hold the same words, in the same
// order, whatever their case and punctuation: "'We Got Her!': Video" and
// "'We Got Her!' Video".
func sameWords(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && !isWordStart(a[i:]) {
			i += runeLen(a[i:])
		}
		for j < len(b) && !isWordStart(b[j:]) {
			j += runeLen(b[j:])
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		ra, na := utf8.DecodeRuneInString(a[i:])
		rb, nb := utf8.DecodeRuneInString(b[j:])
		if unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		i, j = i+na, j+nb
	}
}

// isWordStart reports whether s starts with a letter or a digit.
func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// runeLen is the length in bytes of the rune s starts with.
func runeLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// dateLayouts are the date forms normalized to RFC 3339.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05", "2006-01-02T15:04:05.999999999", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102",
	time.RFC1123, time.RFC1123Z, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "02.01.2006", "2.1.2006",
}

// normalizeDate returns s in RFC 3339 when one of the known layouts reads
// it, else s as found.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	return s
}

// iso3 maps common three-letter and legacy language codes to ISO 639-1.
var iso3 = map[string]string{
	"eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
	"por": "pt", "rus": "ru", "pol": "pl", "nld": "nl", "dut": "nl", "jpn": "ja", "zho": "zh",
	"chi": "zh", "kor": "ko", "ara": "ar", "tur": "tr", "ukr": "uk", "ces": "cs", "cze": "cs",
	"swe": "sv", "dan": "da", "nor": "no", "fin": "fi", "hun": "hu", "ell": "el", "gre": "el",
	"heb": "he", "ind": "id", "vie": "vi", "tha": "th", "hin": "hi", "ron": "ro", "rum": "ro",
	"iw": "he", "in": "id", "ji": "yi",
}

// isoLang turns a language tag ("en-US", "de_DE", "deu") into ISO 639-1,
// or "" when it does not read as one.
func isoLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	if v, ok := iso3[tag]; ok {
		return v
	}
	if len(tag) != 2 {
		return ""
	}
	for i := 0; i < 2; i++ {
		if tag[i] < 'a' || tag[i] > 'z' {
			return ""
		}
	}
	return tag
}
