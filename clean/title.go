package clean

import "strings"

// titleWindow is how many units above the article the title is looked for.
const titleWindow = 40

// findTitle picks the title among the units just above the article region
// (and its first unit): a headline-shaped line, printed twice in many dumps,
// near the start of the text. It returns -1 when none fits.
func findTitle(units []unit, a int) int {
	if a < 0 || a >= len(units) {
		return -1
	}
	// From markup: the first level-1 heading near the region wins.
	for i := max(0, a-titleWindow); i < len(units) && i <= a+3; i++ {
		u := &units[i]
		if u.structured && u.kind == Heading && u.level == 1 && u.f.letters > 0 {
			return i
		}
	}
	best, bestScore := -1, 0.0
	dist := 0
	for i := a; i >= 0 && i >= a-titleWindow; i-- {
		u := &units[i]
		if u.text == "" {
			continue
		}
		dist++
		if !titleShaped(u) {
			continue
		}
		score := 3.0 - 0.08*float64(dist)
		// A headline is printed more than once (the page's title, the
		// heading, a share box); so are an author's name and a section's,
		// which are shorter than most headlines.
		if u.copies >= 2 && (u.f.words >= 3 || u.f.cjk >= 4) {
			score += 2
		}
		if u.f.words >= 4 || u.f.cjk >= 8 {
			score++
		}
		if u.f.capStart {
			score += 0.5
		}
		if u.structured && u.kind == Heading {
			score += 2
		}
		if u.f.sentEnd {
			score-- // a question or an exclamation may be a headline, but rarely
		}
		if i == a {
			score -= 1 // the article's own first line is rarely its title
		}
		// "Headline", "By Jane Doe", "12 March 2024"; not a breadcrumb,
		// "Home / Society / Ecology", which may stand there too.
		if bylineBelow(units, i, 3) && !containsAny(u.text, crumbSeparators) {
			score += 2
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	// A headline is often followed by a longer standfirst: when the line
	// just above the pick is headline-shaped and shorter, it is the title.
	if best > 0 {
		j := best - 1
		for j > 0 && units[j].text == "" {
			j--
		}
		if p := &units[j]; titleShaped(p) && p.f.words >= 3 && p.f.words < units[best].f.words && p.f.runes >= 20 {
			best = j
		}
	}
	return best
}

// leadAfterTitle moves the article's start up to the first prose line
// below the title, so a standfirst between them is kept.
func leadAfterTitle(units []unit, title, a int) int {
	if title < 0 || title >= a {
		return a
	}
	for j := title + 1; j < a; j++ {
		u := &units[j]
		if u.rule == "" && u.text != "" && (u.cls >= clsNearGood || u.f.sentEnd && u.f.words >= 6) {
			return j
		}
	}
	return a
}

// bylineBelow reports whether a byline or a dateline stands within the
// lines lines with text below units[i]: news pages print them under the
// headline, and teaser cards under theirs.
func bylineBelow(units []unit, i, lines int) bool {
	for n, j := 0, i; n < lines; n++ {
		if j = nextText(units, j+1); j < 0 {
			return false
		}
		if units[j].rule == DropByline {
			return true
		}
	}
	return false
}

// titleShaped reports whether a unit could be a headline.
func titleShaped(u *unit) bool {
	// A line printed twice in a row is most often a photo's caption, but
	// a short one with no sentence end may be the headline printed twice.
	echoedHeadline := u.echoed && !u.hits.has(plCaption) && u.f.words <= 20 && !u.f.sentEnd
	if u.rule != "" || u.f.letters == 0 || u.cls == clsGood || isCaption(u) && !echoedHeadline {
		return false
	}
	if strings.HasSuffix(u.text, ".") && !strings.HasSuffix(u.text, "...") || u.f.colonEnd {
		return false
	}
	if _, ok := findDate(u.text); ok {
		return false // a dateline, whatever else it says
	}
	if u.f.cjk > 0 && u.f.cjk*2 > u.f.letters {
		return u.f.runes >= 5 && u.f.runes <= 100
	}
	return u.f.words >= 2 && u.f.words <= 30 && u.f.runes <= 250
}

// findDateAndAuthor reads the publication date and the author from the
// byline and dateline units around the top of the article.
func findDateAndAuthor(units []unit, a, b int) (date, author string) {
	lo := max(0, a-titleWindow)
	hi := min(len(units)-1, b+titleWindow/2)
	for i := lo; i <= hi; i++ {
		u := &units[i]
		if u.rule != DropByline {
			continue
		}
		if date == "" {
			if d, ok := findDate(u.text); ok {
				date = d.value
				if author == "" {
					before := strings.TrimRight(strings.TrimSpace(u.text[:d.start]), " ,|-–—·•")
					if looksLikeName(before) && len(strings.Fields(before)) >= 2 && !datelineSet.match(labelOf(lowerText(before))) {
						author = before
					}
				}
			}
		}
		if author == "" {
			author = bylineName(u.text)
		}
		if author == "" && u.f.digits == 0 && u.f.words >= 2 && looksLikeName(u.text) && allCapitalised(u.text) {
			author = u.text // a bare name beside the dateline
		}
		if date != "" && author != "" {
			break
		}
	}
	return date, author
}
