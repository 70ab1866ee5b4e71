package clean

// unit is one input block under judgement: a line of a text dump, or a block
// element of an HTML page's chosen content. Both paths build units and hand
// them to the same classifier (judge), so a block goes the same way, for the
// same named reason, whichever input it came from.
type unit struct {
	line int    // 1-based line or block number
	text string // whitespace-folded text

	// Hints from the source. A text dump gives none (kind Paragraph,
	// structured false); the HTML path says what element the block was.
	kind        BlockKind // what the markup says the block is
	level       int
	linkDensity float64 // share of the text inside links, 0 to 1
	boilerplate Reason  // set by the HTML extractor when markup alone condemns the block
	block       *Block  // the rich block (spans, rows) built by the HTML path; nil for text

	f      features // computed by the classifier
	rule   Reason   // the rule that condemned the unit's text, if any
	low    string   // lower-cased text
	label  string   // lower-cased text stripped of surrounding punctuation and counts
	dupOf  int      // index of the first unit with the same text, or -1
	copies int      // how many units share this text
	reason Reason

	hits        phraseHits // the phrase lists found in low (lines up to maxPhraseLine characters)
	cls         class      // content class, before and after smoothing
	structured  bool       // kind, level and linkDensity are known from markup
	ordered     bool
	echoed      bool // a copy of the text follows within nearCopy units
	inList      bool // an item of a list (after a colon, or bulleted)
	nextIsProse bool // the next unit no rule condemned is prose
	keep        bool
}

// nextText is the index of the first unit with text at or after j, or -1.
func nextText(units []unit, j int) int {
	for ; j < len(units); j++ {
		if units[j].text != "" {
			return j
		}
	}
	return -1
}
