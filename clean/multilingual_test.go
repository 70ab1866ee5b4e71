package clean

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// textDir holds the synthetic page dumps and their hand-written goldens.
// The goldens are human ground truth: they are never generated from the
// cleaner's output.
const textDir = "../testdata/text"

// lineVerdict is what must happen to one line of a dump: the nth copy
// (from 0) of the line with this exact text is dropped with this reason,
// or with alt where the two reasons fit equally (a comment-section header
// that carries a count, "Kommentare (2)", is both a header and a counter).
type lineVerdict struct {
	text   string
	nth    int
	reason Reason
	alt    Reason
}

// commentsHeader is a lineVerdict on a comment-section header with a
// count: "comments", or "counter" for the count.
func commentsHeader(text string) lineVerdict {
	return lineVerdict{text: text, reason: DropComments, alt: DropCounter}
}

// drop is a lineVerdict on the first copy of a line.
func drop(text string, reason Reason) lineVerdict { return lineVerdict{text: text, reason: reason} }

// multilingualCases are the synthetic dumps under testdata/text, one per
// language, each laid out like a different site.
var multilingualCases = []struct {
	name   string // file stem under testdata/text
	lang   string // ISO 639-1
	title  string
	date   string // RFC 3339 or full-date; "" when the dump has none to parse
	author string // "" when not checked
	drops  []lineVerdict
}{
	{
		name:   "id-harga-beras",
		lang:   "id",
		title:  "Harga Beras Terus Naik Jelang Ramadan, Pemerintah Gelar Operasi Pasar",
		date:   "2024-03-12T14:30:00+07:00",
		author: "Rina Wulandari",
		drops: []lineVerdict{
			drop("Oleh: Rina Wulandari", DropByline),
			drop("Selasa, 12 Maret 2024 14:30 WIB", DropByline),
			drop("Bagikan", DropWidget),
			drop("ic-facebook", DropWidget),
			drop("ic-copy-link", DropWidget),
			{text: "Pedagang menata karung beras di Pasar Induk Beras Cipinang, Jakarta Timur, Senin (11/3/2024). Foto: ANTARA/Aditya Pradana Putra", nth: 1, reason: DropDuplicate},
			drop("Baca Juga: Bulog Siapkan 1,2 Juta Ton Beras Impor Jelang Lebaran", DropRelated),
			drop("SCROLL TO CONTINUE WITH CONTENT", DropAd),
			drop("Advertisement", DropAd),
			drop("Tag: harga beras, Bulog, inflasi, Ramadan", DropTags),
			drop("Berita Terkait", DropRelated),
			drop("Presiden Tinjau Gudang Bulog di Kelapa Gading", DropRelated),
			drop("Ikuti berita terkini dari Warta Nusantara di Google News, klik di sini.", DropPromo),
			drop("Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini. Dengan melanjutkan, Anda menyetujui Kebijakan Privasi kami.", DropNotice),
			commentsHeader("Komentar (2)"),
			drop("Copyright © 2024 Warta Nusantara. All Rights Reserved.", DropFooter),
		},
	},
	{
		name:   "en-offshore-wind",
		lang:   "en",
		title:  "Offshore wind farm begins sending power to Long Island homes",
		date:   "2024-03-12T14:30:00-04:00",
		author: "Jane Doe and Marcus Lee",
		drops: []lineVerdict{
			drop("Skip to main content", DropNavigation),
			drop("By Jane Doe and Marcus Lee", DropByline),
			drop("Updated March 12, 2024 at 2:30 p.m. EDT", DropByline),
			drop("5 min read", DropCounter),
			drop("Facebook Twitter Email", DropWidget),
			drop("Copy link", DropWidget),
			drop("Advertisement", DropAd),
			{text: "Advertisement", nth: 1, reason: DropAd},
			{text: "Turbines of the South Fork Wind project stand off the coast of Montauk, N.Y. (AP Photo/Julia Nikhinson)", nth: 1, reason: DropDuplicate},
			drop("Read more: How offshore wind leases are auctioned, and why the prices keep rising", DropRelated),
			drop("Filed under: Energy · Climate · New York", DropTags),
			drop("More from Business", DropRelated),
			drop("Why electric car sales slowed this winter", DropRelated),
			drop("Sign up for The Morning Briefing newsletter", DropPromo),
			drop("This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.", DropNotice),
			commentsHeader("12 Comments"),
			drop("Join the conversation", DropComments),
			drop("rdunn says:", DropComments),
			drop("Privacy Policy", DropFooter),
			drop("© 2024 The Harbor Ledger. All rights reserved.", DropFooter),
		},
	},
	{
		name:   "de-bahnstreik",
		lang:   "de",
		title:  "Streik bei der Bahn: Pendler müssen sich auf Ausfälle einstellen",
		date:   "2024-03-12",
		author: "Anna Schmidt",
		drops: []lineVerdict{
			drop("Von Anna Schmidt", DropByline),
			drop("12. März 2024, 14:30 Uhr", DropByline),
			drop("Lesezeit: 3 Minuten", DropCounter),
			drop("Artikel teilen", DropWidget),
			drop("WhatsApp", DropWidget),
			{text: "Wartende Fahrgäste auf einem Bahnsteig im Kölner Hauptbahnhof. Foto: Oliver Berg/dpa", nth: 1, reason: DropDuplicate},
			drop("Anzeige", DropAd),
			drop("Lesen Sie auch: Warum der Fachkräftemangel die Bahn besonders hart trifft", DropRelated),
			drop("Themen: Deutsche Bahn, GDL, Streik, Tarifverhandlungen", DropTags),
			drop("Mehr zum Thema", DropRelated),
			drop("Notfahrplan der Bahn: Welche Züge trotzdem fahren", DropRelated),
			drop("Newsletter", DropPromo),
			drop("Die wichtigsten Nachrichten des Tages – jeden Morgen kostenlos in Ihrem Postfach. Jetzt abonnieren!", DropPromo),
			drop("Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.", DropNotice),
			commentsHeader("Kommentare (2)"),
			drop("Impressum", DropFooter),
			drop("© 2024 Rheinischer Nachrichten Verlag GmbH. Alle Rechte vorbehalten.", DropFooter),
		},
	},
	{
		name:   "es-sequia-cataluna",
		lang:   "es",
		title:  "Cataluña agota sus reservas de agua y prepara barcos cisterna para Barcelona",
		date:   "2024-10-12T09:15:00+02:00",
		author: "María López Ferrer",
		drops: []lineVerdict{
			drop("Barcelona, 12 de octubre de 2024 - 09:15 CEST", DropByline),
			drop("Tiempo de lectura: 4 min", DropCounter),
			drop("Compartir en Whatsapp", DropWidget),
			drop("Copiar enlace", DropWidget),
			{text: "El embalse de Sau, en la provincia de Barcelona, con el nivel del agua bajo mínimos. Foto: Alberto Estévez (EFE)", nth: 1, reason: DropDuplicate},
			drop("Publicidad", DropAd),
			drop("Lee también: Las desaladoras, la gran apuesta del Govern para la próxima década", DropRelated),
			drop("Archivado en: Sequía · Cataluña · Agua · Cambio climático", DropTags),
			drop("Noticias relacionadas", DropRelated),
			drop("Recibe cada mañana el boletín con las noticias más importantes del día.", DropPromo),
			drop("Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada. Puedes aceptar todas las cookies pulsando el botón «Aceptar».", DropNotice),
			drop("Comentarios", DropComments),
			drop("© Diario del Mediterráneo S.L. 2024", DropFooter),
			drop("Aviso legal", DropFooter),
		},
	},
	{
		name:   "ru-baikal-led",
		lang:   "ru",
		title:  "На Байкале ограничили выезд туристов на лёд из-за ранней оттепели",
		date:   "2024-03-12",
		author: "Иван Петров",
		drops: []lineVerdict{
			drop("12 марта 2024, 14:30", DropByline),
			drop("1,2 тыс. просмотров", DropCounter),
			drop("Время чтения: 4 минуты", DropCounter),
			drop("Поделиться", DropWidget),
			drop("ВКонтакте", DropWidget),
			drop("Скопировать ссылку", DropWidget),
			{text: "Туристы на льду Байкала у посёлка Листвянка. Фото: Анна Соколова", nth: 1, reason: DropDuplicate},
			drop("Реклама", DropAd),
			drop("Читайте также: Почему туристический сезон на Байкале становится всё короче", DropRelated),
			drop("Автор: Иван Петров", DropByline),
			drop("Теги: Байкал, туризм, МЧС, Иркутская область", DropTags),
			drop("Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости региона.", DropPromo),
			drop("Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", DropNotice),
			commentsHeader("Комментарии (2)"),
			drop("Политика конфиденциальности", DropFooter),
			drop("© 2024 «Байкальские вести». Все права защищены. 18+", DropFooter),
		},
	},
	{
		name:  "ja-sakura-kaika",
		lang:  "ja",
		title: "東京で桜が開花、平年より5日早く観光地もにぎわいに期待",
		date:  "2024-03-12",
		drops: []lineVerdict{
			drop("2024年3月12日 14:30", DropByline),
			drop("この記事は約3分で読めます", DropCounter),
			drop("シェア", DropWidget),
			drop("ツイート", DropWidget),
			{text: "開花した靖国神社の標本木を確認する気象庁の職員（12日午後、東京都千代田区）", nth: 1, reason: DropDuplicate},
			drop("広告", DropAd),
			drop("関連記事：桜の開花予想、今年は全国的に早め", DropRelated),
			drop("タグ：桜 気象庁 観光 東京", DropTags),
			drop("関連記事", DropRelated),
			drop("公式LINEアカウントを友だち登録すると、最新ニュースを毎朝お届けします。", DropPromo),
			drop("当サイトではサービス向上のためにCookieを使用しています。詳しくはプライバシーポリシーをご確認ください。", DropNotice),
			commentsHeader("コメント（2）"),
			drop("© 2024 Nippon Shimbun. 無断転載を禁じます。", DropFooter),
		},
	},
	{
		name:   "ar-noor-solar",
		lang:   "ar",
		title:  "المغرب يفتتح توسعة جديدة لمحطة نور للطاقة الشمسية في ورزازات",
		date:   "2024-03-12",
		author: "أحمد منصور",
		drops: []lineVerdict{
			drop("بقلم: أحمد منصور", DropByline),
			drop("الثلاثاء 12 مارس 2024 - 14:30", DropByline),
			drop("وقت القراءة: 3 دقائق", DropCounter),
			drop("شارك", DropWidget),
			drop("واتساب", DropWidget),
			{text: "ألواح شمسية في مجمع نور قرب مدينة ورزازات جنوب المغرب. صورة: رويترز", nth: 1, reason: DropDuplicate},
			drop("إعلان", DropAd),
			drop("اقرأ أيضا: كيف أصبحت الصحراء مختبرا للطاقة النظيفة؟", DropRelated),
			drop("الكلمات المفتاحية: المغرب، الطاقة الشمسية، ورزازات، الطاقة المتجددة", DropTags),
			drop("مقالات ذات صلة", DropRelated),
			drop("اشترك في النشرة البريدية ليصلك ملخص أهم الأخبار كل صباح", DropPromo),
			drop("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.", DropNotice),
			commentsHeader("التعليقات (2)"),
			drop("جميع الحقوق محفوظة © 2024 الوطن اليوم", DropFooter),
		},
	},
	{
		name:   "fr-velo-paris",
		lang:   "fr",
		title:  "À Paris, la fréquentation des pistes cyclables a doublé en un an",
		date:   "2024-03-12",
		author: "Claire Dubois",
		drops: []lineVerdict{
			drop("Par Claire Dubois", DropByline),
			drop("Publié le 12 mars 2024 à 14h30, modifié à 16h05", DropByline),
			drop("Temps de Lecture 3 min.", DropCounter),
			drop("Partager", DropWidget),
			drop("Partager sur Facebook", DropWidget),
			drop("Envoyer par e-mail", DropWidget),
			{text: "Des cyclistes rue de Rivoli, à Paris, le 5 mars 2024. JULIEN DE ROSA / AFP", nth: 1, reason: DropDuplicate},
			drop("Publicité", DropAd),
			drop("Lire aussi | Le plan vélo de la Ville de Paris en cinq chiffres", DropRelated),
			drop("Mots-clés : vélo, Paris, mobilité, transports", DropTags),
			drop("Sur le même sujet", DropRelated),
			drop("Recevez notre newsletter « La Matinale » chaque jour à 7 heures. Inscrivez-vous", DropPromo),
			drop("Nous utilisons des cookies pour mesurer l’audience et vous proposer des contenus personnalisés. Vous pouvez modifier vos choix à tout moment.", DropNotice),
			commentsHeader("Commentaires (2)"),
			drop("Réagir", DropComments),
			drop("Mentions légales", DropFooter),
			drop("© Le Quotidien Parisien 2024 – Tous droits réservés", DropFooter),
		},
	},
	{
		name:   "pl-smog-krakow",
		lang:   "pl",
		title:  "Smog wraca do Krakowa. Normy przekroczone trzykrotnie, miasto apeluje o ograniczenie jazdy autem",
		date:   "2024-03-12",
		author: "Tomasz Nowak",
		drops: []lineVerdict{
			drop("Tomasz Nowak, 12.03.2024 14:30", DropByline),
			drop("Udostępnij", DropWidget),
			drop("Kopiuj link", DropWidget),
			drop("REKLAMA", DropAd),
			{text: "Smog nad Krakowem widziany z Kopca Kościuszki. Fot. Jan Kowalski", nth: 1, reason: DropDuplicate},
			drop("Czytaj także: Dopłaty do wymiany pieców. Ile można dostać w tym roku?", DropRelated),
			drop("Tagi: smog, Kraków, jakość powietrza, ekologia", DropTags),
			drop("Polecamy", DropRelated),
			drop("Zapisz się na nasz newsletter i codziennie rano otrzymuj najważniejsze wiadomości z regionu.", DropPromo),
			drop("Używamy plików cookies, aby zapewnić prawidłowe działanie serwisu. Korzystając ze strony, zgadzasz się na ich użycie.", DropNotice),
			commentsHeader("Komentarze (2)"),
			drop("Polityka prywatności", DropFooter),
			drop("© 2024 Gazeta Małopolska. Wszelkie prawa zastrzeżone.", DropFooter),
		},
	},
}

// cleanDump cleans one dump from testdata/text as a text dump.
func cleanDump(t *testing.T, name string) (*Document, string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(textDir, name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Clean(bytes.NewReader(data), Options{})
	if err != nil {
		t.Fatalf("Clean(%s): %v", name, err)
	}
	if doc.Kind != KindText {
		t.Fatalf("Clean(%s): read as %v, want text", name, doc.Kind)
	}
	golden, err := os.ReadFile(filepath.Join(textDir, name+".golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return doc, string(golden)
}

func TestMultilingualGolden(t *testing.T) {
	for _, tc := range multilingualCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, golden := cleanDump(t, tc.name)
			got := doc.Text()
			if got == golden {
				return
			}
			t.Errorf("text output differs from %s.golden.txt (- golden, + got):\n%s", tc.name, lineDiff(golden, got))
			for _, p := range verdictProblems(doc, golden) {
				t.Error(p)
			}
		})
	}
}

func TestMultilingualMetadata(t *testing.T) {
	for _, tc := range multilingualCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, golden := cleanDump(t, tc.name)
			if first, _, _ := strings.Cut(golden, "\n"); first != tc.title {
				t.Fatalf("test table and golden disagree on the title: %q vs %q", tc.title, first)
			}
			if doc.Lang != tc.lang {
				t.Errorf("Lang = %q, want %q", doc.Lang, tc.lang)
			}
			if doc.Title != tc.title {
				t.Errorf("Title = %q, want %q", doc.Title, tc.title)
			}
			if tc.date != "" && doc.Date != tc.date {
				t.Errorf("Date = %q, want %q", doc.Date, tc.date)
			}
			if tc.author != "" && doc.Author != tc.author {
				t.Errorf("Author = %q, want %q", doc.Author, tc.author)
			}
		})
	}
}

func TestMultilingualDropReasons(t *testing.T) {
	for _, tc := range multilingualCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, _ := cleanDump(t, tc.name)
			for _, want := range tc.drops {
				v, ok := nthVerdict(doc, want.text, want.nth)
				if !ok {
					t.Errorf("test bug: copy %d of line %q is not in %s.txt", want.nth, want.text, tc.name)
					continue
				}
				if v.Keep || v.Reason != want.reason && (want.alt == "" || v.Reason != want.alt) {
					wantStr := string(want.reason)
					if want.alt != "" {
						wantStr += " or " + string(want.alt)
					}
					t.Errorf("line %d %q: %s, want drop (%s)", v.Line, v.Text, verdictString(v), wantStr)
				}
			}
		})
	}
}

// nthVerdict returns the verdict on the nth copy (from 0) of the line with
// this text.
func nthVerdict(doc *Document, text string, nth int) (Verdict, bool) {
	n := 0
	for _, v := range doc.Verdicts {
		if v.Text != text {
			continue
		}
		if n == nth {
			return v, true
		}
		n++
	}
	return Verdict{}, false
}

// verdictString renders a verdict as "keep (content)" or "drop (footer)".
func verdictString(v Verdict) string {
	if v.Keep {
		return fmt.Sprintf("keep (%s)", v.Reason)
	}
	return fmt.Sprintf("drop (%s)", v.Reason)
}

// verdictProblems lists, line by line, where the verdicts disagree with the
// golden: a golden line dropped or kept twice, and a kept line the golden
// does not have.
func verdictProblems(doc *Document, golden string) []string {
	want := map[string]bool{}
	for _, l := range strings.Split(golden, "\n") {
		if l != "" {
			want[l] = true
		}
	}
	var problems []string
	keptCount := map[string]int{}
	for _, v := range doc.Verdicts {
		if v.Keep {
			keptCount[v.Text]++
			if !want[v.Text] {
				problems = append(problems, fmt.Sprintf("kept but should drop: line %d (%s) %q", v.Line, v.Reason, v.Text))
			}
		}
	}
	for _, v := range doc.Verdicts {
		if !want[v.Text] {
			continue
		}
		switch n := keptCount[v.Text]; {
		case n == 0:
			problems = append(problems, fmt.Sprintf("dropped but should keep: line %d (%s) %q", v.Line, v.Reason, v.Text))
		case n > 1 && v.Keep:
			problems = append(problems, fmt.Sprintf("kept %d times, want once: line %d (%s) %q", n, v.Line, v.Reason, v.Text))
		}
	}
	return problems
}

// lineDiff is a line-by-line diff of want and got from their longest common
// subsequence: lines only in want start with "-", only in got with "+",
// common lines with a space.
func lineDiff(want, got string) string {
	a := strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	b := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	// lcs[i][j] is the length of the LCS of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var sb strings.Builder
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			if a[i] != "" {
				sb.WriteString("  " + a[i] + "\n")
			}
			i++
			j++
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			sb.WriteString("+ " + b[j] + "\n")
			j++
		default:
			sb.WriteString("- " + a[i] + "\n")
			i++
		}
	}
	if !strings.HasSuffix(got, "\n") && got != "" {
		sb.WriteString("(got does not end in a newline)\n")
	}
	return sb.String()
}

// TestMultilingualVerdictsCoverInput checks the bookkeeping the explain
// output relies on: one verdict per input line, in order, each with its
// line's text, and one block per kept line other than the title.
func TestMultilingualVerdictsCoverInput(t *testing.T) {
	for _, tc := range multilingualCases {
		t.Run(tc.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(textDir, tc.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(data), "\n")
			doc, err := CleanBytes(data, Options{Input: KindText})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Verdicts) != len(lines) {
				t.Fatalf("%d verdicts for %d lines", len(doc.Verdicts), len(lines))
			}
			kept := 0
			for i, v := range doc.Verdicts {
				if v.Line != i+1 {
					t.Errorf("verdict %d is on line %d, want %d", i, v.Line, i+1)
				}
				if want := foldSpace(lines[i]); v.Text != want {
					t.Errorf("line %d: verdict text %q, want %q", i+1, v.Text, want)
				}
				if v.Reason == "" {
					t.Errorf("line %d %q: verdict has no reason", v.Line, v.Text)
				}
				if v.Keep && v.Reason != KeepTitle {
					kept++
				}
			}
			if len(doc.Blocks) != kept {
				t.Errorf("%d blocks for %d kept lines (title aside)", len(doc.Blocks), kept)
			}
			if text := doc.Text(); text != "" && (!strings.HasSuffix(text, "\n") || strings.HasSuffix(text, "\n\n")) {
				t.Errorf("text output must end in exactly one newline: %q", text[max(0, len(text)-20):])
			}
		})
	}
}

// TestMultilingualDropCaptions cleans each dump with captions turned off:
// the output is the golden without its photo caption (the golden line
// printed twice in the dump), and the caption's first copy is dropped as
// "caption-off".
func TestMultilingualDropCaptions(t *testing.T) {
	for _, tc := range multilingualCases {
		t.Run(tc.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(textDir, tc.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			_, golden := cleanDump(t, tc.name)
			copies := map[string]int{}
			for _, l := range strings.Split(string(data), "\n") {
				copies[l]++
			}
			var caption string
			var paras []string
			for _, p := range strings.Split(strings.TrimSuffix(golden, "\n"), "\n\n") {
				if copies[p] == 2 {
					if caption != "" {
						t.Fatalf("test bug: two golden lines printed twice: %q and %q", caption, p)
					}
					caption = p
					continue
				}
				paras = append(paras, p)
			}
			if caption == "" {
				t.Fatalf("test bug: no caption (a golden line printed twice) in %s.txt", tc.name)
			}
			want := strings.Join(paras, "\n\n") + "\n"
			doc, err := CleanBytes(data, Options{DropCaptions: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Text(); got != want {
				t.Errorf("with DropCaptions, text differs from the golden less its caption (- want, + got):\n%s", lineDiff(want, got))
			}
			v, _ := nthVerdict(doc, caption, 0)
			if v.Keep || v.Reason != DropCaption {
				t.Errorf("caption line %d %q: %s, want drop (%s)", v.Line, v.Text, verdictString(v), DropCaption)
			}
		})
	}
}
