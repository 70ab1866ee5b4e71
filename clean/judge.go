package clean

import (
	"strings"
)

// judge classifies units in place and returns the document built from the
// kept ones, with the metadata found among the dropped ones. It is the one
// classifier for both input kinds.
func judge(units []unit, kind InputKind, opts Options) *Document {
	t := loadStopwords()
	lang, code := pageLanguage(units, t)
	for i := range units {
		u := &units[i]
		u.low = strings.ToLower(u.text)
		u.label = labelOf(u.low)
		u.f = measure(u.text, t, lang)
		u.dupOf = -1
		if u.boilerplate != "" {
			u.rule = u.boilerplate
		} else {
			applyRules(u)
		}
	}
	markDuplicates(units)
	markTeasers(units)
	classifyProse(units)
	markLists(units)
	a, b := articleRegion(units)
	title := findTitle(units, a)
	decideUnits(units, a, b, title, opts)

	d := &Document{Kind: kind}
	d.Lang = code
	if title >= 0 {
		d.Title = units[title].text
	}
	d.Date, d.Author = findDateAndAuthor(units, a, b)
	d.Verdicts = make([]Verdict, 0, len(units))
	for i := range units {
		u := &units[i]
		d.Verdicts = append(d.Verdicts, Verdict{Line: u.line, Text: u.text, Keep: u.keep, Reason: u.reason})
		if !u.keep || i == title {
			continue
		}
		d.Blocks = append(d.Blocks, blockOf(u))
	}
	return d
}

// blockOf returns the block a kept unit becomes.
func blockOf(u *unit) Block {
	if u.block != nil {
		bl := *u.block
		bl.Line = u.line
		if u.reason == KeepCaption {
			bl.Kind = Caption
		}
		return bl
	}
	bl := Block{Kind: Paragraph, Text: u.text, Line: u.line}
	switch u.reason {
	case KeepHeading:
		bl.Kind, bl.Level = Heading, 2
	case KeepListItem:
		bl.Kind, bl.Level = ListItem, 1
		bl.Text = strings.TrimSpace(strings.TrimLeft(u.text, "•·●▪■◦‣–-*►▶✓✔"))
	case KeepCaption:
		bl.Kind = Caption
	case KeepQuote:
		bl.Kind = Quote
	}
	if u.structured {
		bl.Kind, bl.Level, bl.Ordered = u.kind, u.level, u.ordered
	}
	return bl
}

// nearCopy is how many units apart two copies of a text may stand for the
// second to be an echo of the first.
const nearCopy = 8

// markDuplicates marks the second and later copies of a text as
// duplicates, and counts copies on the first.
func markDuplicates(units []unit) {
	first := make(map[string]int, len(units))
	for i := range units {
		u := &units[i]
		if u.text == "" || u.f.letters == 0 {
			continue
		}
		j, seen := first[u.text]
		if !seen {
			first[u.text] = i
			u.copies = 1
			continue
		}
		u.dupOf = j
		units[j].copies++
		// A copy close to the first (a caption under its image's alt
		// text) is a duplicate outright; a far one is judged where it
		// stands, and dropped later only if an earlier copy was kept.
		if i-j <= nearCopy {
			units[j].echoed = true
			if u.rule == "" {
				u.rule = DropDuplicate
			}
		}
	}
}
