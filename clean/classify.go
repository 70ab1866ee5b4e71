package clean

import "strings"

// class is how much a unit reads like article prose, after jusText: good
// prose, near-good prose, too short to tell, or bad.
type class uint8

const (
	clsBad class = iota
	clsShort
	clsNearGood
	clsGood
)

// Thresholds of the prose classifier, after jusText's defaults. Lengths are
// in Latin-equivalent characters (features.weight).
const (
	lengthLow         = 70
	lengthHigh        = 200
	stopwordsLow      = 0.30
	stopwordsHigh     = 0.32
	stopwordsSentence = 0.22
	maxLinkDensity    = 0.5
	shortLinkDensity  = 0.2
)

// classifyProse sets each unit's class from its own features.
func classifyProse(units []unit) {
	for i := range units {
		u := &units[i]
		switch {
		case u.rule != "":
			u.cls = clsBad
		case u.structured && u.linkDensity > maxLinkDensity && !isTweetSignature(u.text) && !linkedSentence(u):
			u.cls = clsBad
			u.rule = DropNavigation
		case u.f.weight < lengthLow:
			if u.structured && u.linkDensity > shortLinkDensity && !isTweetSignature(u.text) && !shortLinkedSentence(u) && !linkedSentence(u) {
				u.cls = clsBad
				u.rule = DropNavigation
			} else {
				u.cls = clsShort
			}
		case u.f.density >= stopwordsHigh:
			if u.f.weight > lengthHigh {
				u.cls = clsGood
			} else {
				u.cls = clsNearGood
			}
		case u.f.density >= stopwordsLow:
			u.cls = clsNearGood
		case u.f.density >= stopwordsSentence && u.f.sentEnd:
			// Names and figures thin out the stop words of news
			// sentences; a full sentence still reads as prose.
			u.cls = clsNearGood
		default:
			u.cls = clsBad
		}
	}
}

// shortLinkedSentence reports whether u is a short paragraph that is a
// whole sentence linking a name or two, "A half century on, The Doobie
// Brothers are still smoking.", or a heading that links less than half of
// its words: a menu's entry is no sentence, a teaser's headline is all
// link.
func shortLinkedSentence(u *unit) bool {
	if u.kind == Heading {
		// "9. Research your options for <a>health insurance</a>"
		return u.linkDensity < 0.5 && u.f.words >= 3
	}
	return (u.kind == Paragraph || u.kind == ListItem) && u.linkDensity <= 0.4 && u.f.sentEnd && u.f.words >= 6
}

// isTweetSignature reports whether text signs an embedded tweet, "— Jane
// Doe (@jane) November 18, 2019": the quote's source, whose date is a link.
func isTweetSignature(text string) bool {
	t := strings.TrimLeft(text, "—–- ")
	if len(t) == len(text) || len(t) > 160 || !strings.Contains(t, "(@") {
		return false
	}
	_, ok := findDate(t)
	return ok
}

// linkedSentence reports whether u is a paragraph (or a list item) of prose with a long
// link inside, "The case was re-opened earlier this year following his
// eviction": a whole sentence, with text outside the link. A digest lists
// such items: a linked headline, then a sentence of its own.
func linkedSentence(u *unit) bool {
	return (u.kind == Paragraph || u.kind == ListItem) && u.linkDensity < 0.8 && u.f.sentEnd && u.f.words >= 12 &&
		u.f.density >= stopwordsHigh
}
