package clean

import (
	"strings"
)

// judge classifies units in place and returns the document built from the
// kept ones, with the metadata found among the dropped ones. It is the one
// classifier for both input kinds.
func judge(units []unit, kind InputKind, opts Options) *Document {
	return judgeIn(units, kind, opts, nil)
}

// language is a page's detected language: the stop list's index (-1 for
// none) and the ISO 639-1 code.
type language struct {
	index int
	code  string
}

// measured is what prepare computes from a unit's text alone, kept so
// that a later pass over the same text (settle) need not compute it again,
// and what the text says of the page's language.
type measured struct {
	lang   int // the stop list the measures were taken with, or unmeasured
	low    string
	label  string
	hits   phraseHits
	f      features
	rule   Reason
	sample *langSample // nil until the language sample reads the text
}

// unmeasured is measured.lang for a text whose measures are not taken yet.
const unmeasured = -2

// passMemo carries the measures of each text from one cleaning pass to the
// next. The language is detected afresh in every pass, so the last pass of
// settle is exactly what a fresh run on its output computes.
type passMemo struct {
	seen  map[string]int // text → index in all: one look-up a unit and pass
	all   []measured
	idx   []int     // each unit's index in all, or -1 for a unit without text
	units []unit    // the last pass's units, whose memory the next reuses
	lines []string  // the last pass's lines, likewise
	cells cellKinds // textUnits' scratch, likewise
	first []int     // markDuplicates' scratch: each text's first unit, by index in all
}

// index sets idx to each unit's index in all, adding the texts not seen
// before, unmeasured.
func (m *passMemo) index(units []unit) {
	if m.seen == nil {
		m.seen = make(map[string]int, len(units))
		m.all = make([]measured, 0, len(units))
	}
	m.idx = m.idx[:0]
	for i := range units {
		text := units[i].text
		if text == "" {
			m.idx = append(m.idx, -1)
			continue
		}
		k, ok := m.seen[text]
		if !ok {
			k = len(m.all)
			m.seen[text] = k
			m.all = append(m.all, measured{lang: unmeasured})
		}
		m.idx = append(m.idx, k)
	}
}

// judgeIn is judge with what an earlier pass over the same page learned,
// or with nothing when memo is nil.
func judgeIn(units []unit, kind InputKind, opts Options, memo *passMemo) *Document {
	t := loadStopwords()
	pm := loadMatcher()
	if memo == nil {
		memo = &passMemo{}
	}
	memo.index(units)
	i, code := pageLanguageIn(units, t, memo)
	lang := &language{i, code}
	for i := range units {
		u := &units[i]
		k := memo.idx[i]
		if k >= 0 && u.boilerplate == "" && memo.all[k].lang == lang.index {
			m := &memo.all[k]
			u.low, u.label, u.hits, u.f, u.rule = m.low, m.label, m.hits, m.f, m.rule
			u.dupOf = -1
			continue
		}
		prepare(u, t, lang.index, pm)
		if k >= 0 && u.boilerplate == "" {
			m := &memo.all[k]
			m.lang, m.low, m.label, m.hits, m.f, m.rule = lang.index, u.low, u.label, u.hits, u.f, u.rule
		}
	}
	memo.first = markDuplicates(units, memo.idx, memo.first)
	markNameBylines(units)
	markTeasers(units)
	classifyProse(units)
	markLists(units)
	a, b := articleRegion(units)
	title := findTitle(units, a)
	a = leadAfterTitle(units, title, a)
	decideUnits(units, a, b, title, opts)
	// Text in declutter's own output form that the region logic would cut
	// deeply (a short page of lists and headings) is kept whole: cleaning
	// the output again must change nothing. A few doubtful lines are left
	// to the normal verdicts and settle.
	if first, ok := alreadyClean(units, kind); ok && droppedShare(units) >= 0.25 {
		title = first
		decideClean(units, first, opts)
	}

	d := &Document{Kind: kind, memo: memo}
	d.Lang = code
	if title >= 0 {
		d.Title = units[title].text
	}
	d.Date, d.Author = findDateAndAuthor(units, max(title, 0), len(units)-1)
	dropKeptAuthorBio(units, d.Author)
	dropAuthorBox(units)
	d.Verdicts = make([]Verdict, 0, len(units))
	kept := 0
	for i := range units {
		if units[i].keep && i != title {
			kept++
		}
	}
	if kept > 0 {
		d.Blocks = make([]Block, 0, kept)
	}
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

// prepare measures a unit and runs the text rules on it, unless the HTML
// extractor already condemned it.
func prepare(u *unit, t *stopwordTable, lang int, pm *phraseMatcher) {
	u.f = measure(u.text, t, lang)
	// Every rule bails out on long lines, so prose paragraphs are not
	// lower-cased or searched for phrases.
	if u.f.runes <= maxPhraseLine {
		u.low = lowerText(u.text)
		u.label = labelOf(u.low)
		u.hits = pm.match(u.low)
	}
	u.dupOf = -1
	switch {
	case u.boilerplate != "":
		u.rule = u.boilerplate
	case u.structured && (u.kind == Code || u.kind == Table || u.kind == Image):
		// Verbatim structure: text rules are for prose lines.
	default:
		applyRules(u)
	}
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
		bl.Kind, bl.Level = ListItem, max(u.level, 1)
		if u.ordered {
			bl.Text = u.text // the dump's own number stays with the item
		} else {
			bl.Text = strings.TrimSpace(strings.TrimLeft(u.text, "•·●▪■◦‣–-*►▶✓✔"))
		}
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

// maxPhraseLine is the longest line, in characters, that is lower-cased
// and searched for rule phrases: every rule that reads the lower-cased text
// bails out on longer lines (ruleNotice, the most patient, at 500).
const maxPhraseLine = 500

// isImageUnit reports whether u is an image from HTML, which text output
// does not print.
func isImageUnit(u *unit) bool { return u.structured && u.kind == Image }

// nearCopy is how many units apart two copies of a text may stand for the
// second to be an echo of the first.
const nearCopy = 8

// markDuplicates marks the second and later copies of a text as
// duplicates, and counts copies on the first. idx numbers each unit's text
// (the same number for the same text, -1 for none). first is scratch
// space, whose memory markDuplicates reuses for each text's first unit, by
// that number, and returns for a page's passes and the pages of a batch.
func markDuplicates(units []unit, idx []int, first []int) []int {
	n := 0
	for _, k := range idx {
		n = max(n, k+1)
	}
	first = first[:0]
	for range n {
		first = append(first, -1)
	}
	for i := range units {
		u := &units[i]
		if u.text == "" || u.f.letters == 0 {
			continue
		}
		j := first[idx[i]]
		seen := j >= 0
		if seen && isImageUnit(&units[j]) && !isImageUnit(u) {
			// The caption under an image whose alt text it repeats: text
			// output prints no images, so the caption is the copy to keep.
			seen = false
		}
		if !seen {
			first[idx[i]] = i
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
			if u.rule == "" && !repeatsByDesign(u, &units[j]) {
				u.rule = DropDuplicate
			}
		}
	}
	return first
}
