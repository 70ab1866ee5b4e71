package clean

import "strings"

// unitScore is how much a unit says "the article is here": prose scores
// positive, chrome negative, and ads or widgets inside an article only a
// little negative, so they do not split it.
func unitScore(u *unit) float64 {
	switch {
	case u.text == "":
		return 0
	case u.rule == DropComments || u.rule == DropFooter:
		return -3
	case u.rule == DropRelated:
		return -1.5
	case u.rule == DropTags:
		return -1
	case u.rule == DropNavigation:
		return -0.5
	case u.rule != "":
		// Ads, widgets, counters and repeated captions stand inside
		// articles too: they must not split one.
		return -0.1
	}
	if isCaption(u) {
		return 0.3 + float64(min(u.f.weight, 400))/400
	}
	switch u.cls {
	case clsGood:
		s := 1 + float64(min(u.f.weight, 800))/150
		if !u.f.sentEnd {
			s *= 0.5
		}
		return s
	case clsNearGood:
		if u.f.sentEnd {
			return 0.6
		}
		return 0.05
	case clsShort:
		if u.f.sentEnd && u.f.words >= 3 {
			return -0.2
		}
		return -1
	}
	return -1.5
}

// articleRegion finds the run of units that holds the article: the run with
// the largest total score, cut where a comment section or the footer starts
// after the article's text. It returns the first and last index, or
// (0, len-1) when no unit reads as prose at all (a short page: the rules
// alone judge it).
func articleRegion(units []unit) (int, int) {
	if a, b, ok := markupRegion(units); ok {
		return a, b
	}
	bestSum, sum := 0.0, 0.0
	bestA, bestB, start := -1, -1, 0
	for i := range units {
		s := unitScore(&units[i])
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += s
		if sum > bestSum {
			bestSum, bestA, bestB = sum, start, i
		}
	}
	if bestA < 0 {
		return 0, len(units) - 1
	}
	good := 0
	for i := bestA; i <= bestB; i++ {
		u := &units[i]
		if u.cls == clsGood {
			good++
		}
		if good >= 2 && (u.rule == DropComments || u.rule == DropFooter && u.f.runes < 120) {
			return bestA, i - 1
		}
	}
	return bestA, bestB
}

// captionMarkers mark a photo caption or credit.
var captionMarkers = []string{
	"foto:", "photo:", "photos:", "bild:", "image:", "credit:", "credits:", "photograph:",
	"фото:", "sumber foto", "(ap photo", "ap photo/", "/afp", "afp/", "getty images",
	"reuters/", "(reuters)", "photo by", "foto von", "foto de", "photo de", "foto di",
	"fotó:", "zdjęcie:", "picture:", "pictured:", "illustration:", "ilustrasi",
	"写真", "图片来源", "صورة:", "(photo", "(foto", "(picture", "(image",
}

// isCaption reports whether a unit reads as a photo caption: it was
// printed twice (image alt text and caption), or it carries a photo credit.
func isCaption(u *unit) bool {
	if u.copies >= 2 && u.f.words >= 5 {
		return true
	}
	return u.f.runes < 400 && containsAny(u.low, captionMarkers)
}

// decideUnits gives every unit its verdict.
func decideUnits(units []unit, a, b, title int, opts Options) {
	for i := range units {
		u := &units[i]
		switch {
		case i == title:
			u.keep, u.reason = true, KeepTitle
		case u.rule == DropDuplicate && title >= 0 && u.text == units[title].text:
			u.reason = DropTitle
		case u.rule != "":
			u.reason = u.rule
		case i < a || i > b:
			u.reason = DropOutside
		default:
			decideInside(units, i, b, opts)
		}
	}
}

// decideInside judges a unit inside the article region that no rule
// condemned.
func decideInside(units []unit, i, b int, opts Options) {
	u := &units[i]
	if u.structured {
		decideStructured(units, i, b, opts)
		return
	}
	switch u.cls {
	case clsGood, clsNearGood:
		u.keep, u.reason = true, KeepContent
		if isCaption(u) {
			u.reason = KeepCaption
		}
	case clsShort:
		switch {
		case u.f.bullet && u.f.letters > 0:
			u.keep, u.reason = true, KeepListItem
		case listContext(units, i):
			u.keep, u.reason = true, KeepListItem
		case isCaption(u):
			u.keep, u.reason = true, KeepCaption
		case headingLike(units, i, b):
			u.keep, u.reason = true, KeepHeading
		case u.f.sentEnd && u.f.words >= 3 && proseAround(units, i):
			u.keep, u.reason = true, KeepContext
		default:
			u.reason = DropShort
		}
	default:
		u.reason = DropNotProse
	}
	if u.reason == KeepCaption && opts.DropCaptions {
		u.keep, u.reason = false, DropCaption
	}
}

// decideStructured judges a unit from HTML, whose kind the markup already
// told.
func decideStructured(units []unit, i, b int, opts Options) {
	u := &units[i]
	switch u.kind {
	case Code, Table, Image:
		u.keep, u.reason = true, KeepStructure
	case Caption:
		u.keep, u.reason = true, KeepCaption
	case Heading:
		u.keep, u.reason = headingLike(units, i, b) || u.f.words >= 2, KeepHeading
		if !u.keep {
			u.reason = DropShort
		}
	case ListItem:
		u.keep, u.reason = u.cls != clsBad || keptByMarkup(u), KeepListItem
		if !u.keep {
			u.reason = DropNotProse
		}
	case Quote:
		u.keep, u.reason = u.cls != clsBad || u.f.words >= 3, KeepQuote
		if !u.keep {
			u.reason = DropNotProse
		}
	default:
		switch {
		case u.cls == clsGood || u.cls == clsNearGood:
			u.keep, u.reason = true, KeepContent
		case u.cls == clsShort && (u.f.sentEnd || proseAround(units, i) || headingLike(units, i, b)):
			u.keep, u.reason = true, KeepContext
		case keptByMarkup(u):
			u.keep, u.reason = true, KeepContent
		case u.cls == clsShort:
			u.reason = DropShort
		default:
			u.reason = DropNotProse
		}
	}
	if u.keep && isCaption(u) && u.kind == Paragraph {
		u.reason = KeepCaption
	}
	if u.reason == KeepCaption && opts.DropCaptions {
		u.keep, u.reason = false, DropCaption
	}
}

// nextProse returns the index of the next unit after i, up to b, that is
// neither empty nor condemned by a rule, or -1.
func nextProse(units []unit, i, b int) int {
	for j := i + 1; j <= b && j < len(units); j++ {
		if units[j].text != "" && units[j].rule == "" {
			return j
		}
	}
	return -1
}

// headingLike reports whether the short unit at i reads as a subheading: a
// capitalised line without a closing full stop, followed by prose.
func headingLike(units []unit, i, b int) bool {
	u := &units[i]
	if u.f.letters == 0 || u.f.words > 15 || u.f.runes > 150 {
		return false
	}
	if strings.HasSuffix(u.text, ".") || strings.HasSuffix(u.text, ",") || strings.HasSuffix(u.text, ";") {
		return false
	}
	if !u.f.capStart && !u.structured {
		return false
	}
	j := nextProse(units, i, b)
	return j >= 0 && units[j].cls >= clsNearGood
}

// listContext reports whether the short unit at i continues a list: the
// nearest kept unit before it ends with a colon or is a list item.
func listContext(units []unit, i int) bool {
	u := &units[i]
	if u.f.letters == 0 || u.f.words < 1 {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-30; j-- {
		p := &units[j]
		if p.text == "" || p.rule != "" {
			continue
		}
		return p.keep && (p.reason == KeepListItem || p.f.colonEnd)
	}
	return false
}

// proseAround reports whether the nearest judged units on both sides of i
// are prose.
func proseAround(units []unit, i int) bool {
	prev, next := false, false
	for j := i - 1; j >= 0; j-- {
		if units[j].text != "" && units[j].rule == "" && units[j].cls != clsShort {
			prev = units[j].cls >= clsNearGood
			break
		}
	}
	for j := i + 1; j < len(units); j++ {
		if units[j].text != "" && units[j].rule == "" && units[j].cls != clsShort {
			next = units[j].cls >= clsNearGood
			break
		}
	}
	return prev && next
}
