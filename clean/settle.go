package clean

import "strings"

// maxSettle bounds the passes settle makes; each pass keeps a subset of the
// previous one's lines, so it converges long before in practice.
const maxSettle = 4

// settle makes the cleaner idempotent: it cleans the document's own text
// output again, as a text dump, until that changes nothing, and drops from
// the document what a later pass dropped. Cleaning the result once more is
// then a no-op, which a pre-commit hook needs to ever pass. The verdicts of
// the original input keep their line numbers; a block dropped by a later
// pass gets that pass's reason.
func settle(doc *Document, opts Options) *Document {
	text := doc.Text()
	var final *Document
	dropped := map[string]Reason{}
	for i := 0; i < maxSettle; i++ {
		next := cleanTextOnce(text, opts, doc.memo)
		nt := next.Text()
		if nt == text {
			break
		}
		if strings.TrimSpace(nt) == "" {
			break // never settle on nothing: keep the last non-empty text
		}
		for _, v := range next.Verdicts {
			if !v.Keep && v.Text != "" {
				if _, seen := dropped[v.Text]; !seen {
					dropped[v.Text] = v.Reason
				}
			}
		}
		text, final = nt, next
	}
	if final == nil {
		return doc
	}
	survivors := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		survivors[l] = true
	}
	if doc.Title != "" && !survivors[doc.Title] {
		dropTitleVerdict(doc, dropped[doc.Title])
		doc.Title = ""
	}
	if final.Title != "" && doc.Title == "" {
		doc.Title = final.Title
	}
	kept := doc.Blocks[:0]
	for _, bl := range doc.Blocks {
		if bl.Kind != Image && !blockSurvives(bl, survivors) || doc.Title != "" && bl.Kind != Image && (bl.Text == doc.Title || renderedLine(bl) == doc.Title) {
			dropBlockVerdict(doc, bl, dropped[bl.Text])
			continue
		}
		kept = append(kept, bl)
	}
	doc.Blocks = kept
	return doc
}

// blockSurvives reports whether every line the block renders in text output
// is among the survivors.
func blockSurvives(bl Block, survivors map[string]bool) bool {
	if line, ok := plainLine(bl); ok {
		return survivors[line]
	}
	d := Document{Blocks: []Block{bl}}
	for _, l := range strings.Split(strings.TrimSuffix(d.Text(), "\n"), "\n") {
		if !survivors[l] {
			return false
		}
	}
	return true
}

// renderedLine is the block as text output prints it ("- item" for a list
// item), when that is one line. A later pass may take such a line for the
// title; the block must then go, or the output would hold it twice.
func renderedLine(bl Block) string {
	if line, ok := plainLine(bl); ok {
		return line
	}
	d := Document{Blocks: []Block{bl}}
	return strings.TrimSuffix(d.Text(), "\n")
}

// plainLine returns the block's text when text output prints the block as
// that text alone, on one line, as it does most paragraphs: the rendering
// settle would otherwise make of every block is then spared.
func plainLine(bl Block) (string, bool) {
	switch bl.Kind {
	case ListItem, Code, Table, Image:
		return "", false
	}
	return bl.Text, strings.IndexByte(bl.Text, '\n') < 0
}

// dropBlockVerdict marks the verdict of a block's source as dropped.
func dropBlockVerdict(doc *Document, bl Block, why Reason) {
	if why == "" {
		why = DropOutside
	}
	for i := range doc.Verdicts {
		v := &doc.Verdicts[i]
		if v.Line == bl.Line && v.Keep {
			v.Keep, v.Reason = false, why
			return
		}
	}
}

// dropTitleVerdict marks the title's verdict as dropped.
func dropTitleVerdict(doc *Document, why Reason) {
	if why == "" {
		why = DropOutside
	}
	for i := range doc.Verdicts {
		v := &doc.Verdicts[i]
		if v.Keep && v.Reason == KeepTitle {
			v.Keep, v.Reason = false, why
			return
		}
	}
}
