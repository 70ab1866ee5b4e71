package clean

// judge classifies units in place and returns the document built from the
// kept ones, with the metadata found among the dropped ones.
func judge(units []unit, kind InputKind, opts Options) *Document {
	d := &Document{Kind: kind}
	for i := range units {
		u := &units[i]
		u.keep = u.text != "" || u.kind == Image && u.block != nil
		u.reason = KeepContent
		if !u.keep {
			u.reason = DropEmpty
		} else if u.boilerplate != "" {
			u.keep, u.reason = false, u.boilerplate
		}
		d.Verdicts = append(d.Verdicts, Verdict{Line: u.line, Text: u.text, Keep: u.keep, Reason: u.reason})
		if u.keep && u.block != nil {
			d.Blocks = append(d.Blocks, *u.block)
		} else if u.keep {
			d.Blocks = append(d.Blocks, Block{Kind: Paragraph, Text: u.text, Line: u.line})
		}
	}
	return d
}
