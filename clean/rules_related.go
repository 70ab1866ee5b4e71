package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// relatedPrefixes open "read also", related and recommended links and
// headers, in many languages.
var relatedPrefixes = []string{
	"read also", "also read", "read more", "read next", "more to read", "see also", "related",
	"recommended", "recommended for you", "you may also like", "you might also like",
	"you may like", "you might like", "more from", "more stories", "more news", "more on",
	"more in", "other stories", "latest news", "latest stories", "latest", "most popular",
	"most read", "most viewed", "most shared", "popular", "popular now", "trending",
	"trending now", "editor's picks", "editors' picks", "top stories", "further reading",
	"up next", "what to read next", "don't miss", "don’t miss", "in case you missed it",
	"baca juga", "baca lagi", "lihat juga", "simak juga", "artikel terkait", "berita terkait",
	"berita lainnya", "terpopuler", "terkini", "rekomendasi", "pilihan editor",
	"lesen sie auch", "lesen sie mehr", "auch interessant", "das könnte sie auch interessieren",
	"mehr zum thema", "mehr zu", "weitere artikel", "weitere nachrichten", "meistgelesen",
	"meistgelesene", "meist gelesen", "empfohlen", "verwandte artikel", "ähnliche artikel",
	"verwandte beiträge", "ähnliche beiträge", "das könnte dich auch", "das könnte euch auch",
	"das könnte sie auch", "diese artikel könnten", "diese beiträge könnten", "weitere beiträge",
	"diese beiträge solltest du nicht verpassen", "die meistgelesenen", "meistgelesene artikel",
	"die beliebtesten artikel",
	"você pode gostar", "você também pode gostar", "leia mais", "leia também",
	"lee también", "lea también", "see more:", "puedes ver", "mira también", "ver también", "leer más", "lea más", "lea:", "lee:", "leia:", "le puede interesar",
	"puede interesarte", "beliebte beiträge", "meistgelesen", "am meisten gelesen", "neueste artikel",
	"neueste beiträge", "te puede interesar", "noticias relacionadas",
	"artículos relacionados", "más leídas", "lo más leído", "también te puede interesar",
	"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet",
	"articles similaires", "les plus lus", "leggi anche", "potrebbe interessarti",
	"articles les plus lus", "les articles les plus lus", "les plus populaires", "articoli più letti",
	"artículos más leídos", "las más leídas", "los más leídos", "noticias más leídas",
	"najpopularniejsze", "самые читаемые", "самое популярное",
	"articoli correlati", "i più letti", "leia também", "veja também", "mais lidas",
	"notícias relacionadas", "lees ook", "meest gelezen", "gerelateerd", "czytaj też",
	"czytaj także", "zobacz też", "zobacz także", "polecamy", "najczęściej czytane",
	"читайте также", "читайте еще", "читать также", "см. также", "смотрите также",
	"похожие статьи", "популярное", "по теме", "читайте по теме", "ilgili haberler",
	"bunu da okuyun", "läs också", "läs även", "læs også", "les også", "lue myös",
	"čtěte také", "přečtěte si také", "olvassa el", "関連記事", "あわせて読みたい", "おすすめ記事",
	"相关文章", "相关阅读", "推荐阅读", "延伸阅读", "相關文章", "延伸閱讀", "관련 기사", "관련기사",
	"اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "مقالات ذات صلة", "اقرأ المزيد", "ذات صلة",
	"यह भी पढ़ें", "đọc thêm", "tin liên quan", "อ่านเพิ่มเติม", "διαβάστε επίσης",
}

// morePrefixes open a short "More <section>" header.
var morePrefixes = []string{"more", "mehr", "más", "plus de", "altre", "mais", "ещё", "еще", "lainnya"}

// moreSet indexes morePrefixes for look-ups.
var moreSet = newPrefixSet(morePrefixes)

// headerSeparators set a related header apart from the headline it
// introduces: "Read also: …", "Related | …".
var headerSeparators = []string{":", "：", "|", "»", " - ", " – ", "►", "▶"}

// ruleRelated drops "read also" links and related or recommended headers:
// a line that opens with one of relatedPrefixes and is short, or is the
// prefix, a colon and a headline.
func ruleRelated(u *unit) (Reason, bool) {
	// "More" opens a header only in a short line: "More Washington Examiner".
	if u.f.words <= 4 && !u.f.sentEnd && moreSet.match(u.label) {
		return DropRelated, true
	}
	if u.f.runes > 200 || !relatedSet.match(u.label) {
		return "", false
	}
	// A sentence that merely starts with "Popular" or "Latest" is text:
	// a header is short, or carries a colon or a dash after the prefix.
	if u.f.words <= 6 || containsAny(u.text, headerSeparators) {
		return DropRelated, true
	}
	return "", false
}

// maxTeasers is how many headlines a related block may list.
const maxTeasers = 12

// markTeasers drops the headlines listed under a bare related header
// ("Related", "More from UK", "You may also like"): the headline-shaped
// lines after it, up to the first sentence of prose.
func markTeasers(units []unit) {
	var headers []int
	for i := range units {
		u := &units[i]
		if u.rule == DropRelated && isTeaserHeader(u) {
			headers = append(headers, i)
		}
	}
	for _, i := range headers {
		n := 0
		prev := -1     // the run's last unit with text
		cards := false // the teasers are cards: headline, byline, date, summary
		for j := i + 1; j < len(units) && n < maxTeasers; j++ {
			v := &units[j]
			if v.text == "" {
				continue
			}
			last := prev
			prev = j
			if v.rule != "" {
				if v.rule == DropRelated {
					break
				}
				continue
			}
			if (v.f.sentEnd && !(cards && cardHeadline(v))) || v.f.words > 25 || v.f.colonEnd {
				if last >= 0 && units[last].rule == DropByline && nextCard(units, j) {
					v.rule = DropRelated // a card's summary, between its byline and the next card
					cards = true
					continue
				}
				break
			}
			v.rule = DropRelated
			if !isKicker(v) {
				n++ // a kicker over a headline ("TIME TRAVELLER") is not one more teaser
			}
		}
	}
}

// nextCard reports whether another teaser card follows the summary at
// units[j]: a headline-shaped line, then within two lines a byline or a
// date, as teaser cards repeat "headline, author, date, summary".
func nextCard(units []unit, j int) bool {
	k := nextText(units, j+1)
	return k >= 0 && units[k].rule == "" && cardHeadline(&units[k]) && bylineBelow(units, k, 2)
}

// cardHeadline reports whether u may be a teaser card's headline: short,
// and ending in no full stop (a question or an exclamation may head one).
func cardHeadline(u *unit) bool {
	return u.f.words <= 25 && !u.f.colonEnd && !strings.HasSuffix(strings.TrimRight(u.text, "”\"' "), ".")
}

// isKicker reports whether u is a teaser's kicker: a few words in capitals.
func isKicker(u *unit) bool {
	return u.f.words <= 4 && u.f.letters > 0 && u.f.upper == u.f.letters
}

// relatedSet indexes relatedPrefixes for look-ups.
var relatedSet = newPrefixSet(relatedPrefixes)

// glueBefore marks the bytes that may stand before a glued capital:
// lower-case letters and digits, '?' and '!'.
var glueBefore = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['?'], t['!'] = true, true
	return t
}()

// hasGlueCandidate reports whether t has, past its first byte and before
// its last, a capital right after a byte of glueBefore: every glue
// ruleGluedTeaser finds is such a place.
func hasGlueCandidate(t string) bool {
	for i := 1; i+1 < len(t); i++ {
		if t[i]-'A' < 26 && glueBefore[t[i-1]] {
			return true
		}
	}
	return false
}

// ruleGluedTeaser drops a teaser whose headline and summary the dump glued
// together, as a link's text runs into the paragraph after it: "Tape Gaffe
// Ends Hamlin's Title RunDenny Hamlin's championship run was foiled…". The
// glue is a word boundary with no space, after a headline of four or more
// words, most of them capitalised; a headline may hold a sentence end of
// its own ("… Cider Mill. Here's A Look At …"), prose may not.
func ruleGluedTeaser(u *unit) (Reason, bool) {
	if u.f.runes < 40 || u.f.runes > 600 {
		return "", false
	}
	t := u.text
	words := 1
	limit := min(len(t), 200)
	if !hasGlueCandidate(t[:limit]) {
		return "", false // most lines, prose above all, have no glued word
	}
	// headline reports whether t[:i] reads as a headline: most words
	// capitalised, nearly all once a sentence ended inside it (German
	// prose capitalises its nouns, and a caption may glue onto it).
	sentence := false
	cc := capCounter{s: t}
	headline := func(i int) bool {
		caps, n := cc.upTo(i)
		if sentence {
			return caps*10 >= n*9
		}
		return titleCasedCount(caps, n)
	}
	for i := 1; i+1 < limit; i++ {
		c := t[i]
		switch {
		case c == ' ':
			words++
		case c == '.' || c == '!' || c == '?':
			if t[i+1] == ' ' {
				if caps, n := cc.upTo(i); caps < n && (words < 4 || !titleCasedCount(caps, n)) {
					return "", false // a sentence ended: this is prose
				}
				sentence = true
			}
		case c >= 'A' && c <= 'Z':
			p, n := t[i-1], t[i+1]
			// "RunDenny": lower-case, then a capital and lower case; brand
			// names such as "McDonald" or "iPhone" have short halves.
			if (p >= 'a' && p <= 'z' || p == '?' || p == '!') && n >= 'a' && n <= 'z' && words >= 4 && lowerRun(t, i) >= 3 && headline(i) {
				return DropRelated, true
			}
			// "Student-AthleteA 24-year-old", "SteakhouseA party": the
			// summary opens with "A" or "I"; "To 250,000The state": the
			// headline ends in a number.
			glued := (c == 'A' || c == 'I') && n == ' ' && p >= 'a' && p <= 'z' && lowerRun(t, i) >= 3 ||
				p >= '0' && p <= '9' && n >= 'a' && n <= 'z'
			if glued && words >= 4 && headline(i) {
				return DropRelated, true
			}
		}
	}
	return "", false
}

// lowerRun is the number of lower-case ASCII letters just before i in t.
func lowerRun(t string, i int) int {
	n := 0
	for j := i - 1; j >= 0 && t[j] >= 'a' && t[j] <= 'z'; j-- {
		n++
	}
	if i > 0 && (t[i-1] == '?' || t[i-1] == '!') {
		return 3
	}
	return n
}

// titleCased reports whether most words of s start with a capital or a
// digit, as headlines do and sentences do not.
func titleCased(s string) bool {
	return titleCasedCount(capitalised(s))
}

// titleCasedCount is titleCased on the counts capitalised returns.
func titleCasedCount(caps, n int) bool {
	return n >= 4 && caps*10 >= n*7
}

// capitalised counts the words of s and those that open with an ASCII
// capital or a digit; words are parted by white space, as strings.Fields
// parts them.
func capitalised(s string) (caps, n int) {
	c := capCounter{s: s}
	return c.upTo(len(s))
}

// capCounter counts the words of a prefix of s, and those that open with
// an ASCII capital or a digit, reading each byte once however often it is
// asked.
type capCounter struct {
	s       string
	pos     int
	inWord  bool
	caps, n int
}

// upTo returns the counts for s[:i], for an i at a rune's start and at
// least that of the previous call.
func (c *capCounter) upTo(i int) (caps, n int) {
	for c.pos < i {
		b := c.s[c.pos]
		size := 1
		space := isSpaceASCII(b)
		if b >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(c.s[c.pos:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space:
			c.inWord = false
		case !c.inWord:
			c.inWord = true
			c.n++
			if b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' {
				c.caps++
			}
		}
		c.pos += size
	}
	return c.caps, c.n
}

// isSpaceASCII reports whether c is ASCII white space, as unicode.IsSpace
// has it.
func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// ruleDatelineTeaser drops a teaser that runs a headline into the start of
// its story, dateline and all: "With shattered dreams, deportees return
// home from US NEW DELHI: Their American dream…". A story's own paragraph
// opens with its dateline; here a headline of four or more words, with no
// sentence end, stands before a dateline in capitals.
func ruleDatelineTeaser(u *unit) (Reason, bool) {
	if u.f.runes < 60 || u.f.runes > 600 || u.f.upper < 5 {
		return "", false
	}
	t := u.text
	for from := 0; from < min(len(t), 200); {
		k := strings.Index(t[from:], ": ")
		if k < 0 {
			return "", false
		}
		colon := from + k
		from = colon + 2
		if colon+2 < len(t) && isUpperASCII(t[colon+2]) && headlineBeforeDateline(t, colon) && wordCount(t[colon+2:]) >= 8 {
			return DropRelated, true
		}
	}
	return "", false
}

// headlineBeforeDateline reports whether the colon at t[colon] ends a
// dateline in capitals ("NEW DELHI"), a place's name with vowels, not an
// acronym ("DDZTKZMB"), after a headline of four to 25 words that ends no
// sentence.
func headlineBeforeDateline(t string, colon int) bool {
	start := colon
	for start > 0 && (isUpperASCII(t[start-1]) || t[start-1] == ' ' || t[start-1] == '.' || t[start-1] == ',') {
		start--
	}
	for start < colon && t[start] == ' ' {
		start++
	}
	if start == 0 || t[start-1] != ' ' && !isLowerASCII(t[start-1]) {
		return false
	}
	place := t[start:colon]
	letters, vowels := 0, 0
	for i := 0; i < len(place); i++ {
		if c := place[i]; isUpperASCII(c) {
			letters++
			if strings.IndexByte("AEIOU", c) >= 0 {
				vowels++
			}
		}
	}
	if letters < 5 || vowels*4 < letters {
		return false
	}
	if n := wordCount(t[:start]); n < 4 || n > 25 {
		return false
	}
	return !strings.ContainsAny(t[:start], ".!?")
}

// isUpperASCII and isLowerASCII report whether c is an ASCII capital or
// small letter.
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// wordCount is the number of words of s, as strings.Fields parts them,
// counted in place.
func wordCount(s string) int {
	_, n := capitalised(s)
	return n
}
