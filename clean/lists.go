package clean

import (
	"strings"
	"unicode"
)

// maxListItemWords is the longest list item, in words.
const maxListItemWords = 40

// markLists finds the runs of list items in the page: consecutive lines
// after a line that ends with a colon ("Ingredients:", "Tour dates:"), and
// runs of bulleted or numbered lines. Items in a list are not menu entries,
// so the region search does not count them against the article.
func markLists(units []unit) {
	for i := 0; i < len(units); i++ {
		u := &units[i]
		if u.rule != "" || u.text == "" {
			continue
		}
		next := i
		switch {
		case u.f.colonEnd && u.f.words <= 30 && !u.f.bullet:
			next = markRun(units, i+1, func(v *unit) bool { return v.f.words <= maxListItemWords })
		case isListMarked(u):
			next = markRun(units, i, isListMarked)
		}
		// Resume at the unit that ended the run; always move forward.
		if next > i+1 {
			i = next - 1
		}
	}
}

// markRun marks the list items from start on while item accepts them, and
// returns the index after the run. One blank line may stand before the first
// item; a blank line after an item ends the run unless the next line is an
// item of the same marked kind.
func markRun(units []unit, start int, item func(*unit) bool) int {
	i := start
	if i < len(units) && units[i].text == "" {
		i++
		// After a blank line, a lone line is a paragraph, not a list: a
		// list goes on without blank lines, or is bulleted.
		if i+1 < len(units) && !isListMarked(&units[i]) && units[i+1].text == "" {
			return i
		}
	}
	n := 0
	for i < len(units) {
		v := &units[i]
		if v.text == "" {
			if n > 0 && resumesList(units, i+1, item) {
				i++
				continue
			}
			break
		}
		if v.rule != "" && v.rule != DropNoise || !item(v) || v.cls == clsGood && v.f.weight > 300 {
			break
		}
		if v.rule == "" {
			v.inList = true
			n++
		}
		i++
	}
	return i
}

// resumesList reports whether the list goes on at units[j], after a blank
// line: with a marked item, or with an item's link that the dump set apart,
// followed across one more blank line by a marked item ("7) The boxed
// set", "", "http://…", "", "8) The album").
func resumesList(units []unit, j int, item func(*unit) bool) bool {
	if j >= len(units) {
		return false
	}
	if isListMarked(&units[j]) {
		return true
	}
	v := &units[j]
	if v.rule != "" || !item(v) || !isPrintedURL(v.text) {
		return false
	}
	k := j + 1
	if k < len(units) && units[k].text == "" {
		k++
	}
	return k < len(units) && isListMarked(&units[k])
}

// isListMarked reports whether a unit starts with a bullet or a number
// marker ("1.", "2)", "a)").
func isListMarked(u *unit) bool {
	if u.rule != "" || u.text == "" || u.f.words > maxListItemWords {
		return false
	}
	if u.f.bullet {
		return true
	}
	t := u.text
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 && len(t) > 1 && unicode.IsLower(rune(t[0])) && t[0] < 0x80 {
		i = 1 // "a)"
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' && !strings.HasPrefix(t[i+2:], " ")
}
