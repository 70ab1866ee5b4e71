package clean

import (
	"strings"
	"unicode"
)

// unitScore is how much a unit says "the article is here": prose scores
// positive, chrome negative, and ads or widgets inside an article only a
// little negative, so they do not split it.
func unitScore(u *unit) float64 {
	switch {
	case u.text == "":
		return 0
	case u.rule == "" && u.block != nil && u.block.Kind == Table:
		return min(0.3*float64(len(u.block.Rows)), 4) // a data table is content
	case u.rule == "" && u.block != nil && u.block.Kind == Code:
		return 1
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
		return 0.1
	}
	if u.inList && u.cls < clsNearGood {
		return 0.1
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
			return 0.3 + float64(min(u.f.weight, 400))/300
		}
		return 0.05
	case clsShort:
		if u.f.sentEnd && u.f.words >= 3 {
			return -0.2
		}
		if u.nextIsProse && u.f.capStart && u.f.words >= 2 {
			return -0.3 // a subheading
		}
		return -1
	}
	if u.f.sentEnd && u.f.words >= 8 {
		return -0.5
	}
	return -1.5
}

// markSubheadings notes the short units followed by prose, which the
// region score treats as subheadings rather than menu entries.
func markSubheadings(units []unit) {
	next := false
	for i := len(units) - 1; i >= 0; i-- {
		u := &units[i]
		if u.text == "" || u.rule != "" {
			continue
		}
		u.nextIsProse = next
		next = u.cls >= clsNearGood
	}
}

// articleRegion finds the run of units that holds the article: the run with
// the largest total score, cut where a comment section or the footer starts
// after the article's text. It returns the first and last index, or
// (0, len-1) when no unit reads as prose at all (a short page: the rules
// alone judge it).
func articleRegion(units []unit) (int, int) {
	markSubheadings(units)
	if a, b, ok := markupRegion(units); ok {
		return a, b
	}
	bestA, bestB, bestSum := bestRun(units, 0, len(units)-1)
	if bestA < 0 {
		return 0, len(units) - 1
	}
	// Comment sections are prose too, and often longer than the article:
	// the article ends at the first comment header after enough of its text.
	if c := commentSectionStart(units); c >= 0 && c > bestA && c <= bestB {
		return articleRegionWithin(units, 0, c-1)
	}
	if c := commentSectionStart(units); c >= 0 && c <= bestA {
		// The article stands before its comments, however long they are.
		if a, b := articleRegionWithin(units, 0, c-1); a >= 0 && regionWeight(units, a, b) > 0 {
			return a, b
		}
	}
	bestB = extendOverList(units, bestB)
	bestA = extendOverLead(units, bestA)
	bestB = extendOverTail(units, bestA, bestB, bestSum)
	bestA = extendOverHead(units, bestA, bestSum)
	good := 0
	for i := bestA; i <= bestB; i++ {
		u := &units[i]
		if u.cls == clsGood {
			good++
		}
		if good >= 2 && u.rule == DropFooter && u.f.runes < 120 {
			return bestA, i - 1
		}
	}
	return bestA, bestB
}

// extendOverTail extends the region over a second run of prose after it,
// up to the next section boundary (a comment section, a footer, a teaser
// header), when that run is strong: the steps of a recipe after its
// ingredients, the rest of a story after an embedded box.
func extendOverTail(units []unit, a, b int, score float64) int {
	end := b + 1
	seen := false // a unit no rule condemned, since the region's end
	for end < len(units) {
		u := &units[end]
		if u.rule == DropComments || u.rule == DropFooter || seen && u.rule == DropRelated && isTeaserHeader(u) {
			break
		}
		// A related box right after the region may be one embedded in
		// the article: the run after it is looked at too.
		seen = seen || u.text != "" && u.rule == ""
		end++
	}
	if end <= b+1 {
		return b
	}
	ta, tb := articleRegionWithin(units, b+1, end-1)
	if ta < 0 {
		return b
	}
	tail := 0.0
	for i := ta; i <= tb; i++ {
		tail += unitScore(&units[i])
	}
	gap := 0.0
	for i := b + 1; i < ta; i++ {
		gap += gapScore(&units[i])
	}
	if tail >= 3 && tail >= score/6 && gap > -4*tail {
		return extendOverList(units, tb)
	}
	return b
}

// gapScore is a unit's score as part of what separates two runs of prose:
// a box of related headlines embedded in a story, however long, says less
// against joining its two halves than menus or footers would.
func gapScore(u *unit) float64 {
	if u.rule == DropRelated {
		return -0.3
	}
	return unitScore(u)
}

// extendOverHead is extendOverTail before the region: the lead paragraphs
// of a story that a box or a gallery separates from its body.
func extendOverHead(units []unit, a int, score float64) int {
	start := a - 1
	seen := false
	for start >= 0 {
		u := &units[start]
		if u.rule == DropComments || u.rule == DropFooter || seen && u.rule == DropRelated && isTeaserHeader(u) {
			break
		}
		seen = seen || u.text != "" && u.rule == "" && u.cls >= clsNearGood
		start--
	}
	if start+1 >= a {
		return a
	}
	ha, hb := articleRegionWithin(units, start+1, a-1)
	if ha < 0 {
		return a
	}
	head, gap := 0.0, 0.0
	for i := ha; i <= hb; i++ {
		head += unitScore(&units[i])
	}
	for i := hb + 1; i < a; i++ {
		gap += gapScore(&units[i])
	}
	if head >= 3 && head >= score/5 && gap > -4*head {
		return ha
	}
	return a
}

// extendOverLead extends a region's start back over a caption or a lead
// sentence that only ads, widgets and echoes separate from it.
func extendOverLead(units []unit, a int) int {
	for j := a - 1; j >= 0 && j >= a-20; j-- {
		u := &units[j]
		switch {
		case u.text == "":
		case u.rule == DropAd || u.rule == DropWidget || u.rule == DropDuplicate || u.rule == DropNoise || u.rule == DropPromo || u.rule == DropCounter || u.rule == DropByline:
		case u.rule == "" && (isCaption(u) || u.cls >= clsNearGood && u.f.sentEnd):
			a = j
		default:
			return a
		}
	}
	return a
}

// extendOverList extends a region that ends in a list, or in the line that
// introduces one, to the list's end.
func extendOverList(units []unit, b int) int {
	j := b + 1
	for j < len(units) && units[j].text == "" {
		j++
	}
	if j >= len(units) || !units[j].inList {
		return b
	}
	for j < len(units) && (units[j].inList || units[j].text == "" || units[j].rule == DropNoise) {
		if units[j].inList {
			b = j
		}
		j++
	}
	return b
}

// articleRegionWithin is the best-scoring run of units within lo..hi, or
// (-1, -1).
func articleRegionWithin(units []unit, lo, hi int) (int, int) {
	a, b, _ := bestRun(units, lo, hi)
	return a, b
}

// bestRun is the run of units within lo..hi with the largest total score
// (Kadane's maximum subarray), with that score; (-1, -1, 0) when no unit
// scores above zero.
func bestRun(units []unit, lo, hi int) (int, int, float64) {
	bestSum, sum := 0.0, 0.0
	bestA, bestB, start := -1, -1, lo
	for i := lo; i <= hi; i++ {
		s := unitScore(&units[i])
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += s
		if sum > bestSum {
			bestSum, bestA, bestB = sum, start, i
		}
	}
	return bestA, bestB, bestSum
}

// regionWeight is the prose weight of the good units in a..b.
func regionWeight(units []unit, a, b int) int {
	w := 0
	for i := a; i <= b && i >= 0; i++ {
		if units[i].cls >= clsNearGood {
			w += int(units[i].f.weight)
		}
	}
	return w
}

// commentSectionWords mark the header of a comment section.
var commentSectionWords = []string{
	"comment", "kommentar", "komentar", "comentario", "commentaire", "commenti", "comentário",
	"комментари", "reacties", "reactie", "yorum", "komentarz", "kommentit", "hozzászólás",
	"コメント", "评论", "評論", "留言", "댓글", "التعليقات", "تعليق", "discussion", "diskussion",
	"leave a reply", "responses", "обсуждение", "bình luận", "σχόλια",
}

// commentSectionStart returns the index of the first comment-section header
// that follows at least 600 characters of prose, or -1.
func commentSectionStart(units []unit) int {
	prose := 0
	for i := range units {
		u := &units[i]
		if u.cls >= clsNearGood && u.rule == "" {
			prose += int(u.f.weight)
			continue
		}
		// A comment's author line ("jdoe says:") is a sure sign; a header
		// word needs more article before it.
		if u.rule == DropComments && u.f.words > 3 && prose >= 150 {
			return i
		}
		if u.rule == DropRelated && prose >= 600 && isTeaserHeader(u) && teasersFollow(units, i) {
			return i
		}
		if prose < 600 || u.f.words > 6 || u.f.runes > 60 {
			continue
		}
		// A header, not a sentence that mentions comments: "WeWork
		// declined to comment." goes on with the story.
		if u.rule == DropComments || (u.rule == DropCounter || u.rule == "" && !u.f.sentEnd || u.rule == DropNavigation) && u.hits.has(plCommentWords) {
			return i
		}

	}
	return -1
}

// isTeaserHeader reports whether a related unit is a bare header ("More
// from UK", "You may also like"), not a "Read also: <headline>" link.
func isTeaserHeader(u *unit) bool {
	return u.f.words <= 6 && !hasHeaderMark(u.text)
}

// hasHeaderMark reports whether s holds a colon, a bar or a guillemet, the
// marks that join a header to a headline ("Read also: ...").
func hasHeaderMark(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "»")
}

// teasersFollow reports whether the units after a related header read as a
// list of teasers rather than more of the article: as many headline-shaped
// lines (no full stop) as sentences of prose once the box's own marked
// headlines are past. An article that goes on after a related box has
// prose there.
func teasersFollow(units []unit, i int) bool {
	heads, prose, seen := 0, 0, 0
	for j := i + 1; j < len(units) && seen < 12; j++ {
		v := &units[j]
		if v.rule == DropFooter || v.rule == DropComments || v.rule == DropRelated && j > i+1 && isTeaserHeader(v) {
			break // the next section starts
		}
		if v.text == "" || v.rule != "" {
			continue // the box's own teasers are marked already
		}
		seen++
		switch {
		case v.f.sentEnd && v.cls >= clsNearGood:
			prose++
		case isListMarked(v) || v.f.colonEnd:
		case !v.f.sentEnd && v.f.words >= 2 && v.f.words <= 25:
			heads++
		}
	}
	return seen >= 4 && heads >= 3 && 2*heads >= 3*prose
}

// captionMarkers mark a photo caption or credit.
var captionMarkers = []string{
	"foto:", "photo:", "photos:", "bild:", "image:", "credit:", "credits:", "photograph:",
	"фото:", "sumber foto", "(ap photo", "ap photo/", "/afp", "afp/", "getty images",
	"reuters/", "(reuters)", "photo by", "foto von", "foto de", "photo de", "foto di",
	"fotó:", "zdjęcie:", "picture:", "pictured:", "illustration:", "ilustrasi",
	"写真", "图片来源", "صورة:", "(photo", "(foto", "(picture", "(image", "© ", "courtesy of", "image courtesy", "photo courtesy",
}

// isCaption reports whether a unit reads as a photo caption: it was
// printed twice (image alt text and caption), or it carries a photo credit.
func isCaption(u *unit) bool {
	if u.echoed && u.f.words >= 5 {
		return true
	}
	return u.f.runes < 400 && u.hits.has(plCaption)
}

// decideUnits gives every unit its verdict.
func decideUnits(units []unit, a, b, title int, opts Options) {
	kept := make(map[string]bool)
	for i := range units {
		u := &units[i]
		switch {
		case i == title:
			u.keep, u.reason = true, KeepTitle
		case (u.rule == DropDuplicate || u.dupOf >= 0) && title >= 0 && u.text == units[title].text:
			u.reason = DropTitle
		case u.rule != "":
			u.reason = u.rule
		case i < a || i > b:
			u.reason = DropOutside
		case u.dupOf >= 0 && kept[u.text] && !(u.structured && len(u.text) <= maxRepeat):
			u.reason = DropDuplicate
		default:
			decideInside(units, i, b, opts)
		}
		// Only a text with copies is looked up again (an image's alt
		// text may be the first of a caption's copies).
		if u.keep && (u.copies > 1 || u.dupOf >= 0 || isImageUnit(u)) {
			kept[u.text] = true
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
		switch {
		case isCaption(u):
			u.reason = KeepCaption
		case u.f.bullet || u.level > 0:
			u.reason = KeepListItem
		}
	case clsShort:
		switch {
		case (u.f.bullet || u.inList || u.level > 0) && u.f.letters > 0:
			u.keep, u.reason = true, KeepListItem
		case u.f.sentEnd || u.f.colonEnd:
			u.keep, u.reason = true, KeepContext
		case listContext(units, i):
			u.keep, u.reason = true, KeepListItem
		case isCaption(u):
			u.keep, u.reason = true, KeepCaption
		case headingLike(units, i, b):
			u.keep, u.reason = true, KeepHeading
		case u.f.sentEnd && u.f.words >= 3 && proseAround(units, i):
			u.keep, u.reason = true, KeepContext
		case u.f.words >= 4 && u.f.capStart && !u.f.sentEnd && proseAround(units, i) && u.f.stops > 0:
			// A caption whose echo was dropped, a standfirst, a line of
			// a poem: between prose it is prose.
			u.keep, u.reason = true, KeepContext
		default:
			u.reason = DropShort
		}
	default:
		// Few stop words, but a sentence among prose: figures, names and
		// technical terms make dense text.
		if isCaption(u) {
			u.keep, u.reason = true, KeepCaption
		} else if u.f.sentEnd && u.f.words >= 6 && proseAround(units, i) {
			u.keep, u.reason = true, KeepContext
		} else {
			u.reason = DropNotProse
		}
	}
	if u.keep && (u.level > 0 || u.f.bullet) && (u.reason == KeepContent || u.reason == KeepContext) {
		u.reason = KeepListItem // a marked item stays an item, whatever its length
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
	// A name alone ("Jane Doe") is a byline or a teaser's author, not a
	// subheading: no stop words, two or three capitalised words.
	if !u.structured && u.f.stops == 0 && u.f.words >= 2 && u.f.words <= 3 && u.f.cjk == 0 && allCapitalised(u.text) {
		return false
	}
	j := nextProse(units, i, b)
	if j < 0 {
		return false
	}
	next := &units[j]
	// A heading or a caption heads prose, a table, code or a list.
	return next.cls >= clsNearGood || next.level > 0 || next.block != nil && (next.block.Kind == Table || next.block.Kind == Code)
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

// allCapitalised reports whether every word of s starts with an upper-case
// letter.
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
