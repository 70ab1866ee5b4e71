package clean

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCellTable checks which runs of one-cell lines are read as tables.
func TestCellTable(t *testing.T) {
	standings := "Pos.\nDriver\nPoints\nWins\n1\nKyle Busch\n5040\n5\n2\nMartin Truex Jr.\n5035\n7\n3\nKevin Harvick\n5033\n4\n4\nDenny Hamlin\n5027\n6"
	for _, c := range []struct {
		name string
		text string
		rows [][]string // nil: no table
	}{
		{"standings", standings, [][]string{
			{"Pos.", "Driver", "Points", "Wins"}, {"1", "Kyle Busch", "5040", "5"}, {"2", "Martin Truex Jr.", "5035", "7"},
			{"3", "Kevin Harvick", "5033", "4"}, {"4", "Denny Hamlin", "5027", "6"},
		}},
		{"two rows are too few", "Pos.\nDriver\nPoints\n1\nKyle Busch\n5040\n2\nMartin Truex Jr.\n5035", nil},
		{"a calendar is all numbers", "Mo\nTu\nWe\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12", nil},
		{"a numbered list is no table", "Most read\nLatest\nVideo\nTop\n1\nA headline\n2\nAnother headline\n3\nA third one\n4\nA fourth one\n5\nA fifth", nil},
		{"teaser headlines are not cells", "Topic\nSection\nScore\n1\nThe minister said on Tuesday that the plan would go ahead next year\n2\n2\nA long headline about something that happened somewhere far away\n3\n3\nAnother long headline about the weather, sports and the markets\n4", nil},
		{"a breadcrumb is no header", "Home >\nNews >\nWorld >\n1\nA\n2\n3\nB\n4\n5\nC\n6", nil},
		{"a menu has no numbers", "Home\nNews\nSport\nWorld\nBusiness\nCulture\nVideo\nPodcasts\nWeather\nContact", nil},
	} {
		units := textUnits(strings.Split(c.text, "\n"))
		var got [][]string
		for _, u := range units {
			if u.block != nil && u.block.Kind == Table {
				got = u.block.Rows
			}
		}
		if !reflect.DeepEqual(got, c.rows) {
			t.Errorf("%s: table rows %q, want %q", c.name, got, c.rows)
		}
	}
}

// TestCellTableOutput checks that a cell-per-line table in an article is
// kept as a table, printed as tab-separated rows that clean to themselves.
func TestCellTableOutput(t *testing.T) {
	dump := strings.Join([]string{
		"Home", "News", "Sport", "Final standings after the last race of the season",
		"The championship went to the final lap of the final race, and the points table shows how close the four contenders finished after thirty-six races.",
		"Busch, who won five races during the season, held off his teammate by five points after a season that saw him lead the standings for most of the summer.",
		"Pos.", "Driver", "Points", "Wins",
		"1", "Kyle Busch", "5040", "5",
		"2", "Martin Truex Jr.", "5035", "7",
		"3", "Kevin Harvick", "5033", "4",
		"4", "Denny Hamlin", "5027", "6",
		"The next season starts in February, when the teams return to Daytona for the first of thirty-six races on the calendar.",
		"Share", "Facebook", "Twitter",
	}, "\n")
	doc, err := CleanBytes([]byte(dump), Options{Input: KindText})
	if err != nil {
		t.Fatal(err)
	}
	out := doc.Text()
	if !strings.Contains(out, "Pos.\tDriver\tPoints\tWins\n1\tKyle Busch\t5040\t5\n") {
		t.Errorf("no table in the output:\n%s", out)
	}
	again, err := CleanBytes([]byte(out), Options{Input: KindText})
	if err != nil {
		t.Fatal(err)
	}
	if again.Text() != out {
		t.Errorf("cleaning the output again changed it:\n%s\nthen:\n%s", out, again.Text())
	}
}

// TestHasMoreRunes checks the ASCII shortcut against counting runes.
func TestHasMoreRunes(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("a", 201), strings.Repeat("a", 300), strings.Repeat("é", 150), strings.Repeat("é", 201),
		strings.Repeat("a", 199) + "é", strings.Repeat("a", 200) + "é", "é" + strings.Repeat("a", 200),
		strings.Repeat("東", 67), strings.Repeat("a", 100) + strings.Repeat("東", 101), strings.Repeat("\x80", 201),
		strings.Repeat("東", 200) + "a", strings.Repeat("東", 200), "\xe6" + strings.Repeat("a", 200),
	} {
		if len(s) <= 200 {
			continue
		}
		if got, want := hasMoreRunes(s, 200), utf8.RuneCountInString(s) > 200; got != want {
			t.Errorf("hasMoreRunes(%q…, 200) = %v, want %v", s[:10], got, want)
		}
	}
}
