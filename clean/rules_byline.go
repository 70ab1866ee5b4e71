package clean

import (
	"regexp"
	"strings"
	"unicode"
)

// bylinePrefixes open a byline or an editor line.
var bylinePrefixes = []string{
	"by", "written by", "posted by", "published by", "story by", "words by", "text by",
	"reported by", "author", "authors", "reporter", "reporters", "editor", "editors", "edited by",
	"photos by", "photo by", "writer", "contributor", "oleh", "penulis", "reporter",
	"editor", "redaktur", "penyunting", "pewarta", "kontributor", "von", "autor", "autorin",
	"redaktion", "text", "por", "redacción", "autora", "par", "rédaction", "di", "a cura di",
	"autore", "door", "tekst", "автор", "авторы", "текст", "редактор", "корреспондент",
	"yazar", "muhabir", "著者", "作者", "记者", "記者", "编辑", "編輯", "بقلم", "كتب", "الكاتب",
	"лектор", "napisał", "napisała", "autorka", "forfatter", "kirjoittaja", "szerző",
	// Blog engines' "Posted by" in other languages.
	"eingestellt von", "gepostet von", "geschrieben von", "verfasst von", "publicado por",
	"escrito por", "publié par", "écrit par", "pubblicato da", "scritto da", "diposting oleh",
	"ditulis oleh", "dikirim oleh", "geplaatst door", "geschreven door", "opublikowane przez",
	"napisane przez", "dodane przez", "skrevet af", "skrevet av", "skrivet av",
}

// datelinePrefixes open a publication or update stamp.
var datelinePrefixes = []string{
	"published", "updated", "last updated", "posted", "posted on", "published on", "modified",
	"first published", "date", "diperbarui", "dipublikasikan", "diterbitkan", "terbit",
	"veröffentlicht", "aktualisiert", "stand", "erschienen", "publicado", "actualizado",
	"publié", "mis à jour", "pubblicato", "aggiornato", "atualizado", "gepubliceerd",
	"bijgewerkt", "opublikowano", "aktualizacja", "опубликовано", "обновлено", "yayınlanma",
	"güncelleme", "公開", "更新", "发布", "發布", "نشر", "تحديث",
}

// ruleByline drops bylines and editor lines: "By Jane Doe", "Oleh: Ahmad",
// "Von Max Muster, 12. März 2024".
func ruleByline(u *unit) (Reason, bool) {
	if u.f.runes > 120 || u.f.words > 20 || u.f.words == 0 {
		return "", false
	}
	if !bylineSet.match(u.label) {
		return "", false
	}
	name := bylineName(u.text)
	if name == "" {
		return "", false
	}
	return DropByline, true
}

// bylineName returns the person named by a byline, or "".
func bylineName(text string) string {
	low := lowerText(text)
	for _, p := range bylinePrefixes {
		i := strings.Index(low, p)
		if i < 0 || i > 3 {
			continue
		}
		rest := strings.TrimLeft(text[i+len(p):], " :|-–—")
		if len(rest) == len(text[i+len(p):]) && isAlphabetic(p) {
			continue // the prefix ran into a longer word
		}
		if d, ok := findDate(rest); ok {
			rest = rest[:d.start]
		}
		rest = strings.TrimRight(strings.TrimSpace(rest), " ,|-–—·•")
		for _, sep := range []string{" | ", " · ", " • ", " - ", " — ", " – ", ",", " on ", " am ", " pada "} {
			if j := strings.Index(rest, sep); j > 0 {
				rest = rest[:j]
			}
		}
		if looksLikeName(rest) {
			return rest
		}
	}
	return ""
}

// looksLikeName reports whether s could be a person's or a desk's name: one
// to six words, each starting with a capital or made of letters with no
// sentence punctuation.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || len(s) > 80 {
		return false
	}
	caps := 0
	for _, w := range words {
		r := []rune(w)[0]
		if unicode.IsUpper(r) || !unicode.IsLower(r) && unicode.IsLetter(r) {
			caps++
		}
		if strings.ContainsAny(w, ".!?") && len(w) > 3 && !strings.HasSuffix(w, ".") {
			return false
		}
	}
	return caps*2 >= len(words)+1 || caps == len(words)
}

// ruleDateline drops lines that are a date and little else: "12 Oktober
// 2024 5:49 WIB", "Updated: Nov 19, 2019", "Chris Davies - Nov 19, 2019,
// 10:31 pm CST".
func ruleDateline(u *unit) (Reason, bool) {
	if u.f.digits < 4 {
		return "", false // every date has a year of four digits
	}
	// A blog engine's note under a post, a sentence around the date:
	// "This entry was posted on Monday, May 4th, 2020 at 9:00 am and is
	// filed under News."
	if u.f.runes <= 250 && entryPostedSet.match(u.label) {
		if _, ok := findDate(u.text); ok {
			return DropByline, true
		}
	}
	if u.f.runes > 100 || u.f.words > 14 {
		return "", false
	}
	d, ok := findDate(u.text)
	if !ok {
		// "Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago": a
		// stamp the dump glued too tightly to parse, still a stamp.
		if datelineSet.match(u.label) && u.f.words <= 12 && hasMonthName(u.text) {
			return DropByline, true
		}
		return "", false
	}
	rest := strings.TrimSpace(u.text[:d.start] + " " + u.text[d.end:])
	// "Published: 10:48, Nov 19, 2019 | Updated: 11:05, Nov 19, 2019"
	// holds two stamps. Only in markup: in a text dump such a line marks
	// where the article starts, and the region finder needs it.
	for i := 0; i < 2 && u.structured; i++ {
		d, ok := findDate(rest)
		if !ok {
			break
		}
		rest = strings.TrimSpace(rest[:d.start] + " " + rest[d.end:])
	}
	if u.structured && isTweetSignature(u.text) {
		return "", false // an embedded tweet's source, part of the quote
	}
	restLabel := labelOf(lowerText(rest))
	switch {
	case restLabel == "" || len([]rune(restLabel)) <= 3:
		return DropByline, true
	case datelineSet.match(restLabel) && len(strings.Fields(restLabel)) <= 4:
		return DropByline, true
	case !strings.ContainsAny(rest, ".!?") && len(strings.Fields(rest)) <= 7:
		// A name, a place or a weekday beside the date.
		return DropByline, true
	case u.structured && !strings.ContainsAny(rest, ".!?") && wordFields(rest) <= 7:
		// The same, with separators: "Updated: Nov 19, 2019 / 10:07 AM / CBS News".
		return DropByline, true
	}
	return "", false
}

// relativeTimeWords name units of time in "N hours ago" stamps.
var relativeTimeWords = []string{
	"sec", "second", "min", "minute", "hour", "hr", "day", "week", "month", "year",
	"detik", "menit", "jam", "hari", "minggu", "bulan", "tahun",
	"sekunde", "minute", "stunde", "tag", "woche", "monat", "jahr",
	"segundo", "minuto", "hora", "día", "dia", "semana", "mes", "año",
	"seconde", "heure", "jour", "semaine", "mois", "an",
	"ora", "giorno", "settimana", "mese", "anno",
	"секунд", "минут", "час", "дн", "день", "недел", "месяц", "год", "лет",
	"秒", "分", "時間", "小时", "小時", "天", "日", "週間", "周", "个月", "か月", "年",
	"ثانية", "دقيقة", "ساعة", "يوم", "أسبوع", "شهر", "سنة",
}

// agoMarkers turn a count of time units into a relative stamp.
var agoMarkers = []string{
	"ago", "lalu", "yang lalu", "vor ", "hace ", "il y a", "fa", "atrás", "назад", "temu",
	"önce", "geleden", "sedan", "siden", "前", "منذ",
}

// ruleRelativeTime drops relative time stamps: "2 days ago at 08:12 am",
// "3 jam lalu", "vor 2 Stunden", "5時間前", "yesterday".
func ruleRelativeTime(u *unit) (Reason, bool) {
	if u.f.runes > 50 || u.f.words > 8 {
		return "", false
	}
	switch u.label {
	case "yesterday", "today", "just now", "kemarin", "hari ini", "gestern", "heute", "ayer", "hoy", "hier", "aujourd'hui", "ieri", "oggi", "вчера", "сегодня", "昨日", "今日", "昨天", "今天":
		return DropByline, true
	}
	if !u.hits.has(plAgo) || !u.hits.has(plRelativeTime) {
		return "", false
	}
	if u.f.digits == 0 && !strings.Contains(u.low, "an hour") && !strings.Contains(u.low, "a day") && !strings.Contains(u.low, "a minute") {
		return "", false
	}
	if !hasAgoWord(u.low) {
		return "", false
	}
	return DropByline, true
}

// hasAgoWord reports whether one of agoMarkers stands in low as a word of
// its own: "2 ore fa", not "5 famous landmarks" nor "breakfast every day".
func hasAgoWord(low string) bool {
	for _, m := range agoMarkers {
		if containsWord(low, strings.TrimSpace(m)) {
			return true
		}
	}
	return false
}

// markNameBylines drops a bare name standing next to a dateline ("María
// López Ferrer" above "Barcelona, 12 de octubre de 2024"): a byline without
// its "By".
func markNameBylines(units []unit) {
	for i := range units {
		if units[i].rule != DropByline {
			continue
		}
		for _, step := range []int{-1, 1} {
			j := i + step
			for j >= 0 && j < len(units) && units[j].text == "" {
				j += step
			}
			if j < 0 || j >= len(units) {
				continue
			}
			v := &units[j]
			if v.rule == "" && v.f.words >= 2 && v.f.words <= 4 && v.f.stops <= 1 && !v.f.sentEnd && looksLikeName(v.text) && allCapitalised(v.text) {
				v.rule = DropByline
			}
		}
	}
}

// entryPostedPrefixes open a blog engine's note of when a post was
// published, a sentence around its date.
var entryPostedPrefixes = []string{
	"this entry was posted", "this post was published", "der beitrag wurde am", "dieser beitrag wurde am",
	"dieser eintrag wurde am", "esta entrada fue publicada", "cette entrée a été publiée", "cet article a été publié le",
	"questo articolo è stato pubblicato", "questa voce è stata pubblicata", "ten wpis został opublikowany",
	"entri ini dituliskan", "запись опубликована",
}

// entryPostedSet indexes entryPostedPrefixes for look-ups.
var entryPostedSet = newPrefixSet(entryPostedPrefixes)

// bylineSet and datelineSet index the prefixes for look-ups.
var (
	bylineSet   = newPrefixSet(bylinePrefixes)
	datelineSet = newPrefixSet(datelinePrefixes)
)

// wordFields counts the space-separated fields of s that hold a letter or
// a digit: separators ("|", "/", "·") do not count.
func wordFields(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// reClock is a line that is only an update word and a time of day:
// "Updated at 1:23 p.m.", "Posted 5:53 PM ET". A bare time is kept: live
// blogs head their entries with one.
var reClock = regexp.MustCompile(`(?i)^(?:last\s+)?(?:updated|posted|published)\s*(?:at|on)?:?\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?\.?$`)

// mayBeClockLine reports whether text starts as reClock requires: with
// "last", "updated", "posted" or "published" in any case (no other rune
// folds to their first letters).
func mayBeClockLine(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" {
		return false
	}
	switch t[0] | 0x20 {
	case 'l', 'u', 'p':
		return true
	}
	return false
}

// reEmail is an e-mail address.
var reEmail = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)

// contactPhrases invite readers to reach the author.
var contactPhrases = []string{
	"may be reached at", "can be reached at", "be reached at", "reach him at", "reach her at",
	"reach them at", "contact him at", "contact her at", "email him at", "email her at",
	"follow him on twitter", "follow her on twitter", "follow them on twitter", "have a tip?",
	"reach the reporter", "reach the reporters", "contact the reporter", "contact the reporters",
	"puede escribirnos a", "puedes escribirnos a", "escríbenos a", "schreiben sie uns an",
	"we'd like to hear what you think", "we’d like to hear what you think",
	"écrivez-nous à", "scriveteci a", "napisz do nas",
}

// contactMarks are what an address or a contact line holds.
var contactMarks = []string{"@", "twitter.com/"}

// ruleContact drops the author's contact lines and update times: an
// e-mail address alone, "Have a tip? Jane may be reached at ...", "Updated
// at 1:23 p.m.".
func ruleContact(u *unit) (Reason, bool) {
	if strings.HasPrefix(u.low, "follow @") && u.f.runes <= 500 {
		// "Follow @BGRDeals on Twitter to keep up with the latest deals.
		// Quantities may be limited. …": the promo and its small print.
		return DropPromo, true
	}
	if u.f.runes > 250 {
		return "", false
	}
	if u.f.runes <= 40 && u.f.digits > 0 && mayBeClockLine(u.text) && reClock.MatchString(strings.TrimSpace(u.text)) {
		return DropByline, true
	}
	if !u.hits.has(plContactMark) {
		return "", false // both an address and a contact line hold an "@" or a profile's address
	}
	t := strings.TrimSpace(u.text)
	if low := lowerText(t); strings.HasPrefix(low, "email:") || strings.HasPrefix(low, "e-mail:") {
		t = strings.TrimSpace(t[strings.IndexByte(t, ':')+1:])
	}
	if m := reEmail.FindStringIndex(t); m != nil && m[0] == 0 && m[1] == len(t) {
		return DropByline, true
	}
	for _, p := range contactPhrases {
		if strings.Contains(u.low, p) {
			return DropByline, true
		}
	}
	return "", false
}

// bioVerbs follow the author's name in a bio: "Jane is a reporter",
// "Jane joined the paper in 2017".
var bioVerbs = []string{" is a ", " is an ", " is the ", " joined ", " writes ", " has been ", " covers "}

// dropKeptAuthorBio drops the author's bio from the article's last kept
// blocks, once the byline has named the author: what markAuthorBio does
// for HTML from the page's metadata, for either input.
func dropKeptAuthorBio(units []unit, author string) {
	names := bioNames(author)
	seen := 0
	for i := len(units) - 1; i >= 0 && seen < 3 && len(names) > 0; i-- {
		u := &units[i]
		if !u.keep || u.text == "" {
			continue
		}
		seen++
		if u.reason == KeepContent && len(u.text) <= 400 && opensBio(u.text, names) {
			u.keep, u.reason = false, DropByline
		}
	}
}

// maxBoxLines is how many lines after an author box's header may belong
// to the box: the name, a role, the bio.
const maxBoxLines = 5

// dropAuthorBox drops the kept lines of an author box below its header
// ("About the author"): the name and role lines and the bio paragraph,
// which the region may have taken in with the header. The box ends with
// its first paragraph, or at a heading.
func dropAuthorBox(units []unit) {
	for i := range units {
		if units[i].rule != DropByline || !inSet(authorHeaders, units[i].label) {
			continue
		}
		for j, n := i+1, 0; j < len(units) && n < maxBoxLines; j++ {
			u := &units[j]
			if u.text == "" {
				continue
			}
			n++
			if u.kind == Heading && u.structured || !u.keep && u.f.words >= 15 {
				break
			}
			if u.keep {
				u.keep, u.reason = false, DropByline
			}
			if u.f.words >= 15 {
				break // the bio
			}
		}
	}
}

// bioNames returns the names a bio of author may open with: the whole
// name, and the first name when it is not too short.
func bioNames(author string) []string {
	author = strings.TrimSpace(author)
	if author == "" || strings.ContainsAny(author, ",;") {
		return nil
	}
	names := []string{author}
	if first, _, ok := strings.Cut(author, " "); ok && len(first) >= 3 {
		names = append(names, first)
	}
	return names
}

// opensBio reports whether text opens with one of names and a verb of
// bios.
func opensBio(text string, names []string) bool {
	for _, n := range names {
		if rest, ok := strings.CutPrefix(text, n); ok {
			for _, v := range bioVerbs {
				if strings.HasPrefix(rest, v) {
					return true
				}
			}
		}
	}
	return false
}

// authorHeaders head the box about an article's author.
var authorHeaders = setOf(
	"about the author", "about the authors", "about the writer", "über den autor", "über die autorin",
	"über die autoren", "zum autor", "zur autorin", "sobre el autor", "sobre la autora", "sobre o autor",
	"à propos de l'auteur", "à propos de l’auteur", "l'auteur", "sull'autore", "l'autore",
	"o autorze", "o autorce", "об авторе", "tentang penulis", "over de auteur", "om forfatteren",
	"om författaren", "yazar hakkında", "关于作者", "著者について", "عن الكاتب",
)

// ruleAuthorHeader drops the header of an author box, "About the author",
// "Über den Autor": the box describes the author, who goes to metadata.
func ruleAuthorHeader(u *unit) (Reason, bool) {
	if u.f.words > 5 {
		return "", false
	}
	return DropByline, inSet(authorHeaders, u.label)
}

// maxCreditWords is the most words a credit line names after its label.
const maxCreditWords = 5

// creditMarks are what must follow a credit's label: a colon, dots, a
// slash or "by".
var creditMarks = []string{":", "/", "…", "...", " by "}

// ruleCredit drops a picture's or a figure's credit on a line of its own:
// a credit label, a colon and a few names, "(Quelle: Fleischmann/Unsplash)",
// "Source: Reuters", or the label alone, "Credit:". A labelled sentence,
// "Source: the council's figures show a deficit.", is text.
func ruleCredit(u *unit) (Reason, bool) {
	if u.f.runes > 80 || u.f.words > maxCreditWords+3 || u.f.sentEnd && u.f.words > 2 {
		return "", false
	}
	// labelled needs a colon, dots, a slash or "by" after the label.
	if !u.hits.has(plCreditMark) {
		return "", false
	}
	inner := strings.Trim(u.text, "()[] ")
	if !labelled(inner) {
		return "", false
	}
	_, rest, _ := strings.Cut(inner, ":")
	if wordFields(rest) > maxCreditWords {
		return "", false
	}
	return DropByline, true
}
