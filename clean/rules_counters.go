package clean

import (
	"unicode"
)

// counterWords are the things pages count next to an article.
var counterWords = setOf(
	"comment", "comments", "reply", "replies", "like", "likes", "view", "views", "share",
	"shares", "read", "reads", "vote", "votes", "point", "points", "reaction", "reactions",
	"follower", "followers", "clap", "claps", "response", "responses", "subscriber", "subscribers",
	"komentar", "dilihat", "dibaca", "suka", "kali", "tanggapan",
	"kommentar", "kommentare", "aufrufe", "leser", "gefällt", "reaktionen",
	"comentario", "comentarios", "visitas", "vistas", "lecturas", "me gusta", "respuestas",
	"commentaire", "commentaires", "vues", "lectures", "réactions",
	"commento", "commenti", "visualizzazioni", "letture",
	"comentário", "comentários", "visualizações",
	"reacties", "weergaven", "komentarze", "komentarzy", "wyświetleń", "odsłon",
	"комментарий", "комментария", "комментариев", "комментарии", "просмотр", "просмотра",
	"просмотров", "прочтений", "лайков", "yorum", "görüntülenme", "okunma",
	"コメント", "評論", "评论", "阅读", "閱讀", "次阅读", "التعليقات", "تعليق", "تعليقات", "مشاهدة",
	"مشاهدات", "views today", "comment count",
)

// readingPhrases name a reading or listening time.
var readingPhrases = []string{
	"min read", "mins read", "minute read", "minutes read", "minute read time", "read time",
	"reading time", "time to read", "min listen", "minute listen", "waktu baca", "menit baca",
	"lesezeit", "lesedauer", "min. lesezeit", "minuten lesezeit", "tiempo de lectura",
	"min de lectura", "minutos de lectura", "lectura de", "temps de lecture", "min de lecture",
	"minutes de lecture", "tempo di lettura", "minuti di lettura", "tempo de leitura",
	"min de leitura", "leestijd", "min leestijd", "czas czytania", "min czytania",
	"minut czytania", "minuty czytania", "min čtení", "minut čtení", "min čítania", "minút čítania",
	"минуты чтения", "хв читання", "хвилин читання", "хвилини читання",
	"время чтения", "мин чтения", "минут чтения", "читать", "okuma süresi", "dk okuma",
	"lukuaika", "lästid", "læsetid", "lesetid", "doba čtení", "čas čtení",
	"読了時間", "分で読めます", "阅读时间", "阅读需要", "閱讀時間", "وقت القراءة",
	"دقائق قراءة", "دقيقة قراءة", "मिनट पढ़ें", "phút đọc",
}

// ruleNoise drops lines with no letters at all: separators, lone numbers,
// punctuation, bullets.
func ruleNoise(u *unit) (Reason, bool) {
	if u.text == "" {
		return DropEmpty, true
	}
	return DropNoise, u.f.letters == 0
}

// ruleCounter drops comment, like, view and share counters: a short line
// made of numbers and counter words ("12 Comments", "1.2K views",
// "comment" as a lone icon label before its number).
func ruleCounter(u *unit) (Reason, bool) {
	if u.f.runes > 40 || u.f.words > 5 {
		return "", false
	}
	// Each word is a counter word or a count's suffix ("k", "rb", "млн"):
	// with no counter word in it, the line is at most three suffixes.
	if !u.hits.has(plCounterWord) && u.f.letters > 3*maxCountSuffix {
		return "", false
	}
	var buf [maxFields]string
	words := splitFields(u.low, letterSeparator, &buf)
	if len(words) == 0 || len(words) > 3 {
		return "", false
	}
	// A button label with no count ("Share", "Like") is a widget.
	if u.f.digits == 0 && (inSet(widgetLabels, u.label) || inSet(commentHeaders, u.label) && u.label != "comment") {
		return "", false
	}
	for _, w := range words {
		if !inSet(counterWords, w) && !isCountSuffix(w) {
			return "", false
		}
	}
	// A lone counter word with no number is an icon label ("comment");
	// with a number it is the counter itself.
	return DropCounter, true
}

// letterSeparator splits a text into its words of letters.
var letterSeparator = newSeparator(notLetter)

// notLetter reports whether r is neither a letter nor an apostrophe.
func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }

// maxCountSuffix is the most letters of a count's suffix.
const maxCountSuffix = 3

// isCountSuffix reports whether w is the suffix of an abbreviated count,
// as in "1.2k" or "3m".
func isCountSuffix(w string) bool {
	switch w {
	case "k", "m", "rb", "jt", "tsd", "mio", "mil", "тыс", "млн", "万", "千":
		return true
	}
	return false
}

// ruleReadingTime drops reading and listening times ("5 min read",
// "waktu baca 1 menit", "Lesezeit: 3 Minuten").
func ruleReadingTime(u *unit) (Reason, bool) {
	if u.f.runes > 60 {
		return "", false
	}
	return DropCounter, u.hits.has(plReading)
}

// ratingLabels are the prompts and empty tallies of a rating widget, whole
// lines once lower-cased and stripped ("(Noch keine Bewertungen)").
var ratingLabels = setOf(
	"no ratings yet", "be the first to rate", "be the first to rate this post",
	"noch keine bewertungen", "bisher keine bewertungen", "sei der erste der bewertet",
	"aún no hay valoraciones", "todavía no hay valoraciones", "sin valoraciones",
	"aucune évaluation", "pas encore d'évaluation", "pas encore de note", "soyez le premier à noter",
	"nessuna valutazione", "ancora nessuna valutazione", "brak ocen", "jeszcze nie oceniono",
	"нет оценок", "оценок пока нет", "пока нет оценок", "belum ada penilaian", "belum ada rating",
	"nog geen beoordelingen", "ainda não há avaliações", "sem avaliações",
)

// ruleRatingPrompt drops a rating widget's prompt or empty tally: "No
// ratings yet", "(Noch keine Bewertungen)".
func ruleRatingPrompt(u *unit) (Reason, bool) {
	if u.f.runes > 60 {
		return "", false
	}
	return DropCounter, inSet(ratingLabels, u.label)
}
