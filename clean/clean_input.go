package clean

// alreadyClean reports whether a text dump reads as declutter's own text
// output: a headline first, then blocks separated by blank lines (list
// items, code and tables aside), with nothing any rule condemns and some
// prose. Such a text is kept whole, which makes cleaning idempotent: what
// the cleaner wrote, it keeps. It returns the title's index.
func alreadyClean(units []unit, kind InputKind) (int, bool) {
	if kind != KindText {
		return -1, false
	}
	first := -1
	prevBlank, prose := true, false
	prev := -1
	for i := range units {
		u := &units[i]
		if u.text == "" {
			prevBlank = true
			continue
		}
		if u.rule != "" {
			return -1, false
		}
		if first < 0 {
			if !titleShaped(u) || u.level > 0 {
				return -1, false
			}
			first = i
		} else if !prevBlank && !(units[prev].level > 0 && u.level > 0) {
			return -1, false // consecutive lines outside a list: a dump
		}
		if u.cls >= clsNearGood && i != first {
			prose = true
		}
		// A short line stands in clean output as a subheading before
		// text, or as a sentence: a run of bare labels is a menu.
		if i != first && u.cls == clsShort && u.level == 0 && !u.structured && !u.f.sentEnd {
			if j := nextProse(units, i, len(units)-1); j < 0 || units[j].cls == clsShort && units[j].level == 0 {
				return -1, false
			}
		}
		prevBlank, prev = false, i
	}
	return first, first >= 0 && prose
}

// decideClean keeps every unit of an already clean text, the first as the
// title, each as the kind its form tells.
func decideClean(units []unit, title int, opts Options) {
	for i := range units {
		u := &units[i]
		switch {
		case u.text == "":
			u.reason = DropEmpty
		case i == title:
			u.keep, u.reason = true, KeepTitle
		case u.structured:
			u.keep, u.reason = true, KeepStructure
		case u.level > 0:
			u.keep, u.reason = true, KeepListItem
		case isCaption(u) && u.f.sentEnd == false && u.cls < clsGood:
			u.keep, u.reason = true, KeepCaption
		case u.cls >= clsNearGood:
			u.keep, u.reason = true, KeepContent
		case headingLike(units, i, len(units)-1):
			u.keep, u.reason = true, KeepHeading
		default:
			u.keep, u.reason = true, KeepContext
		}
		if u.reason == KeepCaption && opts.DropCaptions {
			u.keep, u.reason = false, DropCaption
		}
	}
}

// droppedShare is the share of non-empty units the verdicts drop.
func droppedShare(units []unit) float64 {
	n, dropped := 0, 0
	for i := range units {
		if units[i].text == "" {
			continue
		}
		n++
		if !units[i].keep {
			dropped++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(dropped) / float64(n)
}
