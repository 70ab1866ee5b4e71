package clean

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A block-per-line dump prints an HTML table one cell a line: a header row
// of labels, then each row's cells, so a standings table reads "Pos.",
// "Driver", "Points", "1", "Kyle Busch", "5040", "2", ... The functions
// here find such runs, so that they become one table unit instead of a
// column of lone numbers and names that the rules would drop as noise.

const (
	minCellColumns = 3   // fewest columns of a cell-per-line table: two make a numbered list
	maxCellColumns = 12  // most columns
	minCellRows    = 3   // fewest rows under the header
	maxCellRunes   = 200 // longest cell
	maxHeaderRunes = 40  // longest header label
	maxMeanText    = 30  // longest mean text cell: teaser lists have headlines, tables names
)

// cellKind is what a line holds, for matching the columns of a table.
type cellKind uint8

const (
	cellNone   cellKind = iota // blank, long, indented or tabbed: no cell
	cellText                   // has letters
	cellNumber                 // digits and no letters: "5040", "85%", "1:23"
	cellSymbol                 // neither letters nor digits: "%", "–"
)

// cellKinds tells, for each line, what cell it could be.
type cellKinds struct {
	kinds      []cellKind
	nextNumber []int // index of the first number cell at or after each line
	nextNone   []int // index of the first line at or after each that is no cell
	budget     int   // cells left to compare: the search stays linear in the lines
}

// cellBudget is how many cell comparisons, a line, the search may make:
// far more than real pages need, and a bound on crafted ones.
const cellBudget = 64

// newCellKinds reads the lines' kinds.
func newCellKinds(lines []string) *cellKinds {
	return new(cellKinds).read(lines)
}

// read reads the lines' kinds into ck, reusing its memory, and returns ck.
func (ck *cellKinds) read(lines []string) *cellKinds {
	n := len(lines)
	if cap(ck.kinds) < n || cap(ck.nextNumber) < n+1 || cap(ck.nextNone) < n+1 {
		ck.kinds, ck.nextNumber, ck.nextNone = make([]cellKind, n), make([]int, n+1), make([]int, n+1)
	}
	ck.kinds, ck.nextNumber, ck.nextNone = ck.kinds[:n], ck.nextNumber[:n+1], ck.nextNone[:n+1]
	ck.budget = cellBudget * (n + 16)
	for i, l := range lines {
		ck.kinds[i] = kindOfCell(l)
	}
	ck.nextNumber[n], ck.nextNone[n] = n, n
	for i := n - 1; i >= 0; i-- {
		ck.nextNumber[i], ck.nextNone[i] = ck.nextNumber[i+1], ck.nextNone[i+1]
		switch ck.kinds[i] {
		case cellNumber:
			ck.nextNumber[i] = i
		case cellNone:
			ck.nextNone[i] = i
		}
	}
	return ck
}

// hasMoreRunes reports whether s has more than n runes. It counts the
// bytes that open a rune, eight at a time, which in valid UTF-8 are its
// runes and never more than utf8.RuneCountInString counts; only a count of
// n or fewer is checked against that function.
func hasMoreRunes(s string, n int) bool {
	opens, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		opens += 8 - bits.OnesCount64(x&^(x<<1)&hiBits) // less the continuation bytes, 10xxxxxx
		if opens > n {
			return true
		}
	}
	for ; i < len(s); i++ {
		if s[i]&0xc0 != 0x80 {
			opens++
		}
	}
	return opens > n || utf8.RuneCountInString(s) > n
}

// kindOfCell classifies one line.
func kindOfCell(l string) cellKind {
	if l == "" || l[0] == ' ' || l[0] == '\t' || len(l) > utf8.UTFMax*maxCellRunes ||
		len(l) > maxCellRunes && hasMoreRunes(l, maxCellRunes) ||
		strings.IndexByte(l, '\t') >= 0 {
		return cellNone
	}
	// The first letter decides; only a line without one is read to the end.
	digits := false
	for _, r := range l {
		switch {
		case r < utf8.RuneSelf:
			if c := byte(r) | 0x20; c >= 'a' && c <= 'z' {
				return cellText
			}
			digits = digits || r >= '0' && r <= '9'
		case unicode.IsLetter(r):
			return cellText
		case unicode.IsDigit(r):
			digits = true
		}
	}
	switch {
	case digits:
		return cellNumber
	case strings.TrimSpace(l) == "":
		return cellNone
	}
	return cellSymbol
}

// cellTable returns the columns and lines of the cell-per-line table that
// starts at line i, or 0, 0. A table is a header of k short labels with no
// number among them, then at least minCellRows rows of k cells whose kinds
// repeat column by column, with both numbers and text in a row, and no
// shorter period within the row (a numbered list read two items a row
// would pass otherwise); the fewest columns that fit win.
func (ck *cellKinds) cellTable(lines []string, i int) (k, n int) {
	if ck.kinds[i] == cellNone || ck.kinds[i] == cellNumber || ck.budget <= 0 {
		return 0, 0
	}
	for k := minCellColumns; k <= maxCellColumns; k++ {
		// Cheap checks first: a header with no number, a first row with
		// one, and enough cells for the rows.
		if ck.nextNumber[i] < i+k || ck.nextNumber[i+k] >= i+2*k || ck.nextNone[i] < i+k*(1+minCellRows) {
			if ck.nextNone[i] < i+k*(1+minCellRows) {
				return 0, 0 // more columns need even more cells
			}
			continue
		}
		ck.budget -= k * k
		if !shortDistinctLabels(lines[i : i+k]) {
			continue
		}
		sig := ck.kinds[i+k : i+2*k]
		if !mixedRow(sig) {
			continue
		}
		rows := 1
		for end := i + (rows+2)*k; end <= ck.nextNone[i] && ck.budget > 0; end += k {
			ck.budget -= k
			if !sameKinds(ck.kinds[end-k:end], sig) {
				break
			}
			rows++
		}
		ck.budget -= k * (rows + 1) // dataCells reads them all again
		if rows >= minCellRows && dataCells(lines[i:i+k], lines[i+k:i+k*(rows+1)], sig) {
			return k, k * (rows + 1)
		}
	}
	return 0, 0
}

// dataCells reports whether the rows under a header read as data: their
// text cells are short on average, and none repeats a header label (the
// header would then be misaligned, as when a caption stands before it).
func dataCells(header, cells []string, sig []cellKind) bool {
	texts, runes := 0, 0
	for j, c := range cells {
		if sig[j%len(sig)] == cellText {
			texts++
			runes += utf8.RuneCountInString(c)
		}
		for _, h := range header {
			if c == h {
				return false
			}
		}
	}
	return texts > 0 && runes <= maxMeanText*texts
}

// mixedRow reports whether a row's kinds hold a number and a text, and do
// not repeat a shorter row: a calendar is all numbers, and "1", "Title",
// "2", "Title" is a list.
func mixedRow(kinds []cellKind) bool {
	number, text := false, false
	for _, k := range kinds {
		number = number || k == cellNumber
		text = text || k == cellText
	}
	if !number || !text {
		return false
	}
	for p := 1; p < len(kinds); p++ {
		if len(kinds)%p == 0 && sameKinds(kinds[p:], kinds[:len(kinds)-p]) {
			return false
		}
	}
	return true
}

// shortDistinctLabels reports whether the lines are short and all
// different, as a table's column labels are.
func shortDistinctLabels(labels []string) bool {
	for j, l := range labels {
		if utf8.RuneCountInString(l) > maxHeaderRunes || strings.HasSuffix(l, ":") || strings.HasSuffix(l, ">") {
			return false // a label introducing a list, or a breadcrumb
		}
		for _, m := range labels[:j] {
			if m == l {
				return false
			}
		}
	}
	return true
}

// sameKinds reports whether two rows have the same kinds, column by column.
func sameKinds(a, b []cellKind) bool {
	for c := range a {
		if a[c] != b[c] {
			return false
		}
	}
	return true
}

// cellTableUnit builds the table unit of a cell-per-line table of k
// columns over lines.
func cellTableUnit(lines []string, first, k int) unit {
	rows := make([][]string, 0, len(lines)/k)
	for r := 0; r+k <= len(lines); r += k {
		cells := make([]string, k)
		for c := range cells {
			cells[c] = foldSpace(lines[r+c])
		}
		rows = append(rows, cells)
	}
	flat := make([]string, len(rows))
	for r, cells := range rows {
		flat[r] = strings.Join(cells, " ")
	}
	text := strings.Join(flat, " ")
	return unit{line: first + 1, text: text, structured: true, kind: Table, block: &Block{Kind: Table, Text: text, Rows: rows}}
}
