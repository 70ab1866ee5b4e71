package clean

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// monthNames maps lower-cased month names and abbreviations, in many
// languages, to month numbers.
var monthNames = func() map[string]int {
	m := map[string]int{}
	add := func(month int, names ...string) {
		for _, n := range names {
			m[n] = month
		}
	}
	add(1, "january", "jan", "januari", "januar", "jänner", "enero", "ene", "janvier", "janv", "gennaio", "gen", "janeiro", "styczeń", "stycznia", "sty", "январь", "января", "янв", "ocak", "januári", "leden", "ledna", "tammikuu", "tammikuuta", "ianuarie", "siječanj", "sausis", "janvāris")
	add(2, "february", "feb", "februari", "februar", "febrero", "février", "févr", "fev", "febbraio", "fevereiro", "luty", "lutego", "lut", "февраль", "февраля", "фев", "şubat", "február", "únor", "února", "helmikuu", "helmikuuta", "februarie", "veljača", "vasaris", "februāris", "pebrero")
	add(3, "march", "mar", "maret", "märz", "marz", "mär", "marzo", "mars", "março", "marzec", "marca", "март", "марта", "mart", "március", "březen", "března", "maaliskuu", "maaliskuuta", "martie", "ožujak", "kovas", "marts", "maart")
	add(4, "april", "apr", "abril", "avril", "avr", "aprile", "kwiecień", "kwietnia", "kwi", "апрель", "апреля", "апр", "nisan", "április", "duben", "dubna", "huhtikuu", "huhtikuuta", "aprilie", "travanj", "balandis", "aprīlis")
	add(5, "may", "mei", "mai", "mayo", "maggio", "maio", "maj", "maja", "май", "мая", "mayıs", "május", "květen", "května", "toukokuu", "toukokuuta", "svibanj", "gegužė", "maijs", "mayo.")
	add(6, "june", "jun", "juni", "junio", "juin", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze", "июнь", "июня", "haziran", "június", "červen", "června", "kesäkuu", "kesäkuuta", "iunie", "lipanj", "birželis", "jūnijs", "hunyo")
	add(7, "july", "jul", "juli", "julio", "juillet", "juil", "luglio", "lug", "julho", "lipiec", "lipca", "lip", "июль", "июля", "temmuz", "július", "červenec", "července", "heinäkuu", "heinäkuuta", "iulie", "srpanj", "liepa", "jūlijs", "hulyo")
	add(8, "august", "aug", "agustus", "agosto", "ago", "août", "sierpień", "sierpnia", "sie", "август", "августа", "авг", "ağustos", "augusztus", "srpen", "srpna", "elokuu", "elokuuta", "kolovoz", "rugpjūtis", "augusts", "augustus")
	add(9, "september", "sep", "sept", "septiembre", "septembre", "settembre", "set", "setembro", "wrzesień", "września", "wrz", "сентябрь", "сентября", "сен", "eylül", "szeptember", "září", "syyskuu", "syyskuuta", "septembrie", "rujan", "rugsėjis", "septembris")
	add(10, "october", "oct", "oktober", "okt", "octubre", "octobre", "ottobre", "ott", "outubro", "out", "październik", "października", "paź", "октябрь", "октября", "окт", "ekim", "október", "říjen", "října", "lokakuu", "lokakuuta", "octombrie", "listopad", "spalis", "oktobris")
	add(11, "november", "nov", "nopember", "noviembre", "novembre", "novembro", "listopada", "lis", "ноябрь", "ноября", "ноя", "kasım", "listopadu", "marraskuu", "marraskuuta", "noiembrie", "studeni", "lapkritis", "novembris")
	add(12, "december", "dec", "desember", "dezember", "dez", "diciembre", "dic", "décembre", "déc", "dicembre", "dezembro", "grudzień", "grudnia", "gru", "декабрь", "декабря", "дек", "aralık", "prosinec", "prosince", "joulukuu", "joulukuuta", "decembrie", "prosinac", "gruodis", "decembris", "disyembre")
	// Arabic month names (Egyptian and Gulf usage).
	add(1, "يناير")
	add(2, "فبراير")
	add(3, "مارس")
	add(4, "أبريل", "ابريل")
	add(5, "مايو")
	add(6, "يونيو")
	add(7, "يوليو")
	add(8, "أغسطس", "اغسطس")
	add(9, "سبتمبر")
	add(10, "أكتوبر", "اكتوبر")
	add(11, "نوفمبر")
	add(12, "ديسمبر")
	return m
}()

// monthMatcher finds month names in text, ASCII letters of either case.
var monthMatcher = sync.OnceValue(func() *phraseMatcher {
	var lists [numPhraseLists][]string
	for name := range monthNames {
		lists[0] = append(lists[0], name)
	}
	m := newPhraseMatcher(lists)
	for c := 'A'; c <= 'Z'; c++ {
		m.class[c] = m.class[c+'a'-'A']
	}
	return m
})

// hasMonthName reports whether text, lower-cased, holds a month's name
// followed by what reDayMonth and reMonthDay both require after it: an
// optional dot and comma, white space, an optional "de", and a digit.
// The names those patterns capture must be among monthNames, so without
// such a name they cannot give a date.
func hasMonthName(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			text = lowerText(text)
			break
		}
	}
	m := monthMatcher()
	st := uint16(0)
	for i := 0; i < len(text); i++ {
		st = m.step(st, text[i])
		if m.out[st] != 0 && numberFollows(text[i+1:]) {
			return true
		}
	}
	return false
}

// numberFollows reports whether s starts with an optional dot and comma,
// white space (as \s has it), an optional "de" and more white space, then
// a digit.
func numberFollows(s string) bool {
	s = strings.TrimPrefix(s, ".")
	s = strings.TrimPrefix(s, ",")
	t := strings.TrimLeft(s, "\t\n\f\r ")
	if len(t) == len(s) {
		return false
	}
	if len(t) >= 2 && t[0]|0x20 == 'd' && t[1]|0x20 == 'e' {
		if u := strings.TrimLeft(t[2:], "\t\n\f\r "); len(u) < len(t)-2 {
			t = u
		}
	}
	return t != "" && isDigit(t[0])
}

// zoneOffsets maps time-zone abbreviations to their UTC offsets in minutes.
var zoneOffsets = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "wib": 7 * 60, "wita": 8 * 60, "wit": 9 * 60, "cet": 60,
	"cest": 120, "mez": 60, "mesz": 120, "bst": 60, "est": -5 * 60, "edt": -4 * 60,
	"cst": -6 * 60, "cdt": -5 * 60, "mst": -7 * 60, "mdt": -6 * 60, "pst": -8 * 60,
	"pdt": -7 * 60, "et": -5 * 60, "pt": -8 * 60, "msk": 180, "ist": 330, "jst": 540, "kst": 540,
	"aest": 600, "aedt": 660, "eet": 120, "eest": 180, "wet": 0, "west": 60, "hkt": 480,
	"sgt": 480, "pht": 480, "ict": 420, "мск": 180,
}

var (
	// 2024-10-12, 2024-10-12T05:49:00+07:00, 2024/10/12 05:49
	reISODate = regexp.MustCompile(`\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ,]+(\d{1,2}):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?)?`)
	// 12 Oktober 2024 5:49 WIB, 12. März 2024, 12 de octubre de 2024
	reDayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)(?:(?:,|\s+um|\s+at|\s+a las|\s+à|\s+-|\s+\|)?\s+(\d{1,2})[:.](\d\d)(?:\s*([ap]\.?m\.?))?(?:\s*(?:uhr|h))?(?:\s+(\p{L}{1,4}))?)?`)
	// October 12, 2024, 10:31 pm CST; Nov 19, 2019
	reMonthDay = regexp.MustCompile(`(?i)\b(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?:(?:,|\s+at|\s+-|\s+\|)?\s+(\d{1,2}):(\d\d)(?:\s*([ap]\.?m\.?))?(?:\s+(\p{L}{1,4}))?)?`)
	// 12.10.2024 05:49, 12/10/2024
	reNumeric = regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?:,?\s+(\d{1,2})[:.](\d\d))?`)
	// 2024年10月12日 05:49
	reCJKDate = regexp.MustCompile(`((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})[:：時时](\d\d))?`)
)

// parsedDate is a date found in text.
type parsedDate struct {
	value      string // RFC 3339, or a full-date (2024-10-12) when no time or zone is known
	start, end int    // byte span of the match in the text
}

// findDate finds the first date in text and returns it normalised.
func findDate(text string) (parsedDate, bool) {
	return findDateFiltered(text, true)
}

// findDateFiltered is findDate, with or without the cheap checks that
// spare the patterns texts they cannot match (a test compares the two).
// A year standing alone is required either way.
func findDateFiltered(text string, filter bool) (parsedDate, bool) {
	best := parsedDate{start: -1}
	alone, iso, numeric := yearFacts(text)
	if !alone {
		return best, false // every form has a four-digit year
	}
	if !filter {
		iso, numeric = true, true
	}
	month := !filter || hasMonthName(text)
	try := func(re *regexp.Regexp, build func(m []string) (string, bool)) {
		switch {
		case re == reISODate && !iso:
			return // it needs a separator right after the year
		case re == reNumeric && !numeric:
			return // it needs one right before the year
		case (re == reDayMonth || re == reMonthDay) && !month:
			return // both need a month's name
		case re == reCJKDate && filter && !strings.Contains(text, "年"):
			return
		}
		var idx []int
		switch re {
		case reDayMonth:
			idx = scanDayMonth(text)
		case reMonthDay:
			idx = scanMonthDay(text)
		default:
			idx = re.FindStringSubmatchIndex(text)
		}
		if idx == nil || (best.start >= 0 && idx[0] >= best.start) {
			return
		}
		m := make([]string, len(idx)/2)
		for i := range m {
			if idx[2*i] >= 0 {
				m[i] = text[idx[2*i]:idx[2*i+1]]
			}
		}
		if v, ok := build(m); ok {
			best = parsedDate{value: v, start: idx[0], end: idx[1]}
		}
	}
	try(reISODate, func(m []string) (string, bool) {
		return formatDate(m[1], m[2], m[3], m[4], m[5], m[6], "", zoneFromOffset(m[7]))
	})
	try(reDayMonth, func(m []string) (string, bool) {
		mon, ok := monthNames[lowerText(m[2])]
		if !ok {
			return "", false
		}
		return formatDate(m[3], strconv.Itoa(mon), m[1], m[4], m[5], "", m[6], m[7])
	})
	try(reMonthDay, func(m []string) (string, bool) {
		mon, ok := monthNames[lowerText(m[1])]
		if !ok {
			return "", false
		}
		return formatDate(m[3], strconv.Itoa(mon), m[2], m[4], m[5], "", m[6], m[7])
	})
	try(reNumeric, func(m []string) (string, bool) {
		return formatDate(m[3], m[2], m[1], m[4], m[5], "", "", "")
	})
	try(reCJKDate, func(m []string) (string, bool) {
		return formatDate(m[1], m[2], m[3], m[4], m[5], "", "", "")
	})
	return best, best.start >= 0
}

// zoneFromOffset turns "+07:00", "+0700" or "Z" into the zone form
// formatDate takes.
func zoneFromOffset(s string) string {
	if s == "" {
		return ""
	}
	if s == "Z" {
		return "z"
	}
	return s
}

// formatDate validates the parts of a date and formats it as RFC 3339, or
// as a full-date when the time or the zone is unknown.
func formatDate(y, mo, d, h, mi, sec, ampm, zone string) (string, bool) {
	year, _ := strconv.Atoi(y)
	month, _ := strconv.Atoi(mo)
	day, _ := strconv.Atoi(d)
	if month < 1 || month > 12 || day < 1 || day > daysIn(month, year) {
		return "", false
	}
	date := fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	if h == "" {
		return date, true
	}
	hour, _ := strconv.Atoi(h)
	minute, _ := strconv.Atoi(mi)
	second, _ := strconv.Atoi(sec)
	ap := lowerText(strings.ReplaceAll(ampm, ".", ""))
	if ap == "pm" && hour < 12 {
		hour += 12
	} else if ap == "am" && hour == 12 {
		hour = 0
	}
	if hour > 23 || minute > 59 || second > 59 {
		return date, true
	}
	var offset string
	switch z := lowerText(zone); {
	case z == "":
		return date, true
	case z[0] == '+' || z[0] == '-':
		z = strings.ReplaceAll(z, ":", "")
		if len(z) != 5 {
			return date, true
		}
		offset = z[:3] + ":" + z[3:]
	default:
		mins, ok := zoneOffsets[z]
		if !ok {
			return date, true
		}
		if mins == 0 {
			offset = "Z"
		} else {
			sign := "+"
			if mins < 0 {
				sign, mins = "-", -mins
			}
			offset = fmt.Sprintf("%s%02d:%02d", sign, mins/60, mins%60)
		}
	}
	return fmt.Sprintf("%sT%02d:%02d:%02d%s", date, hour, minute, second, offset), true
}

// daysIn returns the number of days in month of year.
func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
