package clean

import "testing"

func TestFindDate(t *testing.T) {
	cases := []struct {
		text  string
		want  string // RFC 3339, or a full-date when the time or zone is unknown
		match string // the matched text, when checked
	}{
		// ISO 8601 and RFC 3339.
		{"2024-10-12T05:49:00+07:00", "2024-10-12T05:49:00+07:00", "2024-10-12T05:49:00+07:00"},
		{"2024-10-12T05:49:00Z", "2024-10-12T05:49:00Z", ""},
		{"2024-10-12T05:49:00.123+0700", "2024-10-12T05:49:00+07:00", ""},
		{"2024-10-12", "2024-10-12", ""},
		{"Published 2024-03-12 14:30", "2024-03-12", "2024-03-12 14:30"},
		{"2024/03/12", "2024-03-12", ""},
		// Indonesian.
		{"12 Oktober 2024 5:49 WIB", "2024-10-12T05:49:00+07:00", "12 Oktober 2024 5:49 WIB"},
		{"Selasa, 12 Maret 2024 14:30 WIB", "2024-03-12T14:30:00+07:00", "12 Maret 2024 14:30 WIB"},
		{"Jumat, 1 Nopember 2024 08:00 WITA", "2024-11-01T08:00:00+08:00", ""},
		// English.
		{"Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00", "Nov 19, 2019, 10:31 pm CST"},
		{"Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00", "Nov 19, 2019, 10:31 pm CST"},
		{"Nov 19, 2019, 12:05 am EST", "2019-11-19T00:05:00-05:00", ""},
		{"Updated March 12, 2024 at 2:30 p.m. EDT", "2024-03-12T14:30:00-04:00", "March 12, 2024 at 2:30 p.m. EDT"},
		{"November 19th, 2019", "2019-11-19", ""},
		{"Oct 12, 2024 05:49 UTC", "2024-10-12T05:49:00Z", ""},
		{"12 March 2024", "2024-03-12", ""},
		{"Tuesday 12 March 2024 14.30 GMT", "2024-03-12T14:30:00Z", ""},
		// German.
		{"12. März 2024", "2024-03-12", "12. März 2024"},
		{"12. März 2024, 14:30 Uhr", "2024-03-12", ""},
		{"12. März 2024 um 14:30 Uhr MEZ", "2024-03-12T14:30:00+01:00", ""},
		{"12.03.2024 14:30", "2024-03-12", "12.03.2024 14:30"},
		{"Stand: 12.03.2024", "2024-03-12", ""},
		// Spanish, French, Italian, Portuguese, Polish.
		{"12 de octubre de 2024", "2024-10-12", "12 de octubre de 2024"},
		{"Barcelona, 12 de octubre de 2024 - 09:15 CEST", "2024-10-12T09:15:00+02:00", ""},
		{"12 oct 2024 - 09:15 CEST", "2024-10-12T09:15:00+02:00", ""},
		{"12 mars 2024", "2024-03-12", ""},
		{"Publié le 12 mars 2024 à 14:30", "2024-03-12", ""},
		{"12 marzo 2024", "2024-03-12", ""},
		{"12 de março de 2024", "2024-03-12", ""},
		{"12 marca 2024", "2024-03-12", ""},
		// Russian.
		{"12 марта 2024", "2024-03-12", "12 марта 2024"},
		{"12 марта 2024, 14:30", "2024-03-12", ""},
		{"12 марта 2024, 14:30 МСК", "2024-03-12T14:30:00+03:00", ""},
		// Japanese and Chinese.
		{"2024年3月12日", "2024-03-12", "2024年3月12日"},
		{"2024年3月12日 14:30", "2024-03-12", ""},
		{"2024年03月12日 14時30分", "2024-03-12", ""},
		// Arabic.
		{"12 مارس 2024", "2024-03-12", ""},
		{"الثلاثاء 12 مارس 2024 - 14:30", "2024-03-12", ""},
		// Leap years.
		{"29 February 2024", "2024-02-29", ""},
		{"29.02.2000", "2000-02-29", ""},
		// A time that cannot be keeps the date alone.
		{"2024-03-12 25:61", "2024-03-12", ""},
	}
	for _, c := range cases {
		d, ok := findDate(c.text)
		if !ok {
			t.Errorf("findDate(%q): no date, want %s", c.text, c.want)
			continue
		}
		if d.value != c.want {
			t.Errorf("findDate(%q) = %s, want %s", c.text, d.value, c.want)
		}
		if d.start < 0 || d.end > len(c.text) || d.start >= d.end {
			t.Errorf("findDate(%q): span %d..%d is outside the text", c.text, d.start, d.end)
			continue
		}
		if c.match != "" && c.text[d.start:d.end] != c.match {
			t.Errorf("findDate(%q) matched %q, want %q", c.text, c.text[d.start:d.end], c.match)
		}
	}
}

func TestFindDateRejects(t *testing.T) {
	for _, text := range []string{
		// Days that do not exist.
		"31 February 2024",
		"29 February 2023",
		"30. Februar 2024",
		"February 30, 2024",
		"31 April 2024",
		"31 июня 2024",
		"2024-13-01",
		"2024-02-30",
		"32.01.2024",
		"31/11/2024",
		"2023年2月29日",
		"2024年13月1日",
		// Not dates at all.
		"Apollo 11 1969 mission",
		"He scored 12 goals in 2024.",
		"Call 0800 123 4567",
		"",
	} {
		if d, ok := findDate(text); ok {
			t.Errorf("findDate(%q) = %s (from %q), want no date", text, d.value, text[d.start:d.end])
		}
	}
}

// TestHasMonthName checks the month pre-filter: it must pass every text
// the month patterns date, and turn away texts that only hold the letters
// of a month's name.
func TestHasMonthName(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"12 Oktober 2024 5:49 WIB", true},
		{"Nov. 19, 2019", true},
		{"12 de octubre de 2024", true},
		{"12. MÄRZ 2024", true},
		{"5 марта 2024", true},
		{"the market in 2024", false},
		{"you may 2", true},
		{"maybe 2024", false},
		{"Outside, 2024", false},
	} {
		if got := hasMonthName(c.text); got != c.want {
			t.Errorf("hasMonthName(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzDateFilters checks that the cheap checks in front of the date
// patterns never turn away a text the patterns date.
func FuzzDateFilters(f *testing.F) {
	for _, s := range []string{"12 Oktober 2024 5:49 WIB", "Nov. 19, 2019", "12 de octubre de 2024", "2024-10-12", "12.10.2024", "2024年10月12日", "5 MAPTA 2024", "ſeptember 5, 2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			return
		}
		got, gok := findDateFiltered(s, true)
		want, wok := findDateFiltered(s, false)
		if got != want || gok != wok {
			t.Fatalf("findDate(%q) = %v %v with the filters, %v %v without", s, got, gok, want, wok)
		}
	})
}
