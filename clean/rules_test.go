package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// langIndex returns the index of the stop list for ISO code, or -1.
func langIndex(t *stopwordTable, code string) int {
	for i := range t.names {
		if t.code(i) == code {
			return i
		}
	}
	return -1
}

// ruleVerdict runs the text rules on one line, prepared as judge prepares
// a unit, with the stop list of language code (ja and zh have none).
func ruleVerdict(text, code string) Reason {
	t := loadStopwords()
	u := unit{line: 1, text: foldSpace(text)}
	prepare(&u, t, langIndex(t, code), loadMatcher())
	return u.rule
}

// ruleCase is one line and the reason the rules must give it: "" for a
// line no rule may condemn on its text alone (article text), and, where
// two reasons fit equally, either of them ("comments|counter").
type ruleCase struct {
	lang string
	text string
	want string
}

// matches reports whether got is one of the reasons in want ("a|b").
func (c ruleCase) matches(got Reason) bool {
	if c.want == "" {
		return got == ""
	}
	for _, w := range strings.Split(c.want, "|") {
		if Reason(w) == got {
			return true
		}
	}
	return false
}

// runRuleCases checks each case against the text rules.
func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		got := ruleVerdict(c.text, c.lang)
		if c.matches(got) {
			continue
		}
		switch {
		case c.want == "":
			t.Errorf("[%s] %q: condemned as %q, but it is article text and must not be", c.lang, c.text, got)
		case got == "":
			t.Errorf("[%s] %q: no rule fired, want %q", c.lang, c.text, c.want)
		default:
			t.Errorf("[%s] %q: rule %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}

func TestRuleAdLabels(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"en", "ADVERTISEMENT", "ad-label"},
		{"en", "Advertisement", "ad-label"},
		{"en", "- Advertisement -", "ad-label"},
		{"en", "Sponsored", "ad-label"},
		{"en", "SCROLL TO CONTINUE WITH CONTENT", "ad-label"},
		{"en", "Story continues below advertisement", "ad-label"},
		{"id", "Iklan", "ad-label"},
		{"de", "Anzeige", "ad-label"},
		{"de", "Werbung", "ad-label"},
		{"es", "Publicidad", "ad-label"},
		{"fr", "Publicité", "ad-label"},
		{"ru", "Реклама", "ad-label"},
		{"ja", "広告", "ad-label"},
		{"ar", "إعلان", "ad-label"},
		// The name of a banner, with its standard size.
		{"de", "Sawade SAW Deco Home Banner 468x60px V02", "ad-label"},
		{"en", "Leaderboard 728x90", "ad-label"},
		{"en", "The photo is 1920x1080 pixels", ""},
		// Article text that uses the words.
		{"en", "Advertisement revenue fell by 12 percent in the third quarter, the company said.", ""},
		{"de", "Die Anzeige wurde am Montag bei der Polizei in Köln erstattet.", ""},
		{"ru", "Реклама на телевидении подорожала на треть за последний год.", ""},
	})
}

func TestRuleWidgets(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"id", "sosmed-whatsapp-white", "widget"},
		{"id", "sosmed-whatsapp-green", "widget"},
		{"de", "Empfiehl dies deinen Freunden.", "widget"},
		{"en", "Print This Article", "widget"},
		{"en", "Listen Live", "widget"},
		{"en", "Read all comments", "widget|comments"},
		{"en", "Read all comments on this containerElement", "widget"},
		{"en", "Gizmodo avatar", "widget"},
		{"id", "Memuat...", "widget"},
		{"en", "ChevronDown icon", "widget"},
		{"en", "The icon of the movement was a raised fist, painted on every wall.", ""},
		{"id", "copy-link-circle", "widget"},
		{"id", "more-vertical", "widget"},
		{"id", "zoom-in-whitePerbesar", "widget"},
		{"id", "ic-facebook", "widget"},
		{"en", "icon-share", "widget"},
		{"en", "Share", "widget"},
		{"en", "Share this article", "widget"},
		{"en", "Facebook Twitter WhatsApp Email", "widget"},
		{"en", "Facebook", "widget"},
		{"en", "Copy link", "widget"},
		{"en", "Print", "widget"},
		{"id", "Bagikan", "widget"},
		{"de", "Artikel teilen", "widget"},
		{"de", "Teilen", "widget"},
		{"es", "Compartir", "widget"},
		{"es", "Compartir en Whatsapp", "widget"},
		{"es", "Copiar enlace", "widget"},
		{"ru", "Поделиться", "widget"},
		{"ru", "ВКонтакте", "widget"},
		{"ru", "Скопировать ссылку", "widget"},
		{"ja", "シェア", "widget"},
		{"ja", "ツイート", "widget"},
		{"ar", "شارك", "widget"},
		{"ar", "واتساب", "widget"},
		{"en", "Like Loading...", "widget"},
		{"en", "Comments feed", "widget"},
		{"de", "Rezept drucken Bei Pinterest speichern", "widget"},
		{"de", "Hier können Sie den Artikel bewerten", "widget"},
		{"de", "Seite drucken", "widget"},
		{"en", "New Call-to-action", "widget"},
		{"en", "Entries feed", "widget"},
		{"de", "Kommentare-Feed", "widget"},
		{"id", "Sukai ini:", "widget"},
		{"id", "Suka Memuat...", "widget"},
		{"de", "Gefällt mir Wird geladen...", "widget"},
		// Article text naming the networks, and hyphenated words.
		{"en", "Facebook said on Tuesday that it would appeal the ruling at the European Court of Justice.", ""},
		{"en", "Share prices rose sharply after the announcement.", ""},
		{"en", "WhatsApp and Telegram were blocked for three days during the protests.", ""},
		{"en", "long-term", ""},
		{"de", "Teilen ist das neue Haben, sagen die Gründer des Start-ups.", ""},
	})
}

func TestRuleCounters(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"id", "comment", "counter"},
		{"en", "12 Comments", "counter"},
		{"en", "1.2K views", "counter"},
		{"en", "3.4k shares", "counter"},
		{"en", "25 likes", "counter"},
		{"id", "Dibaca 1.234 kali", "counter"},
		{"de", "345 Aufrufe", "counter"},
		{"ru", "1,2 тыс. просмотров", "counter"},
		{"ar", "1500 مشاهدة", "counter"},
		// A rating widget's prompt or empty tally.
		{"en", "No ratings yet", "counter"},
		{"de", "(Noch keine Bewertungen)", "counter"},
		{"es", "Sin valoraciones", "counter"},
		{"pl", "Brak ocen", "counter"},
		{"en", "No ratings yet exist for the new drug, which regulators have not reviewed.", ""},
		// Reading times in inflected forms.
		{"pl", "11 minut czytania", "counter"},
		{"pl", "Jeszcze 3 minuty czytania", "counter"},
		{"ru", "5 минуты чтения", "counter"},
		// Reading times.
		{"en", "5 min read", "counter"},
		{"en", "Reading time: 7 minutes", "counter"},
		{"id", "waktu baca 1 menit", "counter"},
		{"de", "Lesezeit: 3 Minuten", "counter"},
		{"es", "Tiempo de lectura: 4 min", "counter"},
		{"fr", "Temps de lecture : 2 min", "counter"},
		{"ru", "Время чтения: 4 минуты", "counter"},
		{"ja", "この記事は約3分で読めます", "counter"},
		{"ar", "وقت القراءة: 3 دقائق", "counter"},
		// Article text with numbers and the words.
		{"en", "Readers left more than 3,000 comments under the original post within a day.", ""},
		{"en", "The video drew 1.2 million views before it was taken down on Friday.", ""},
		{"de", "Die Lesezeit der Schüler hat sich laut der Studie seit 2010 halbiert.", ""},
	})
}

func TestRuleNoise(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"id", "0", "noise"},
		{"id", "·", "noise"},
		{"en", "—", "noise"},
		{"en", "| |", "noise"},
		{"en", "***", "noise"},
		{"en", "", "empty"},
	})
}

func TestRulePromos(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"en", "Sign up for our newsletter", "promo"},
		{"es", "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "promo"},
		{"de", "Gefällt dir unser Klettermagazin?", "promo"},
		{"de", "Besuchen Sie unseren Fan-Shop!", "promo"},
		{"de", "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, können Sie die Redaktion per E-Mail informieren.", "promo"},
		{"en", "This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.", "promo|byline"},
		{"en", "This shop has been compensated by #CollectiveBias, Inc. and its advertiser. All opinions are mine alone. #HealthyHydration #ad", "promo"},
		{"en", "The company has been compensated by the insurer for the losses of the flood, its chairman said on Monday.", ""},
		{"de", "Werde Mitglied beim LSVD!", "promo"},
		{"en", "Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.", "promo"},
		{"en", "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.", "promo"},
		{"en", "I agree that CBS Sports can send me the \"Pick Six Newsletter\" newsletter.", "promo"},
		{"en", "Please check the opt-in box to acknowledge that you would like to subscribe.", "promo"},
		{"en", "We'd like to hear what you think, the minister told farmers at the meeting in the village hall.", ""},
		{"en", "She will join the newsletter's editorial board in January, the publisher said on Monday.", ""},
		{"pl", "Zapraszamy też do subskrypcji tygodnika i oglądania audycji telewizji.", "promo"},
		{"en", "If you enjoyed this article, and were stimulated by its contents, we have a proposition for you: Join our members.", "promo"},
		{"en", "If you enjoyed reading this post, please share it.", "promo"},
		{"de", "Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie uns.", "promo"},
		{"de", "Dir hat der Artikel gefallen? Jetzt teilen...", "promo"},
		{"en", "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", "promo"},
		{"en", "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.", "promo"},
		{"en", "GET FOX BUSINESS ON THE GO BY CLICKING HERE", "promo"},
		{"en", "Join the march on Saturday, the organizers said, and bring a newsletter from your union to hand out.", ""},
		{"en", "Join the hundreds of developers who get new code and interesting programming links delivered to their inboxes every week.", "promo"},
		{"en", "Follow the money, investigators told the committee, and it leads to three shell companies on the island.", ""},
		{"de", "Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue Beiträge zu erhalten.", "promo"},
		{"en", "Enter your email address to follow this blog and receive notifications of new posts by email.", "promo"},
		{"en", "Missing out on the latest developments? Enter your email below to receive future announcements direct to your inbox.", "promo"},
		{"en", "If you enjoyed this director's earlier films, the new one will not disappoint: it is his best work in a decade.", ""},
		{"en", "Subscribe to our newsletter to get the latest news in your inbox.", "promo"},
		{"en", "Download the app", "promo"},
		{"en", "Follow us on Google News", "promo"},
		{"id", "kumparan Hadir di WhatsApp Channel", "promo"},
		{"id", "Ikuti kami di Google News", "promo"},
		{"de", "Jetzt abonnieren", "promo"},
		{"de", "Newsletter abonnieren: Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach", "promo"},
		{"es", "Suscríbete a nuestro boletín", "promo"},
		{"ru", "Подпишитесь на наш Telegram-канал", "promo"},
		{"ar", "اشترك في النشرة البريدية", "promo"},
		// Article text that mentions newsletters, apps and subscriptions.
		{"en", "The newsletter, which she founded in 2015, now has more than 200,000 readers across Europe and Asia.", ""},
		{"en", "Sales of the app fell after the update, the company said in a statement on Monday.", ""},
		{"en", "Netflix said subscription revenue grew faster than analysts had expected in the last quarter.", ""},
		{"de", "Das Abonnement kostet künftig zwölf Euro im Monat, teilte der Verlag am Montag mit.", ""},
	})
}

func TestRuleNotices(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"en", "We use cookies to improve your experience. By continuing you accept our cookie policy.", "notice"},
		{"en", "Accept all cookies", "notice"},
		{"de", "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.", "notice"},
		{"en", "This article is for subscribers only.", "notice"},
		{"en", "Please enable JavaScript to view the comments.", "notice"},
		{"de", "Ich akzeptiere die Datenschutzbestimmungen von changelog und von unserem Newsletterdienst. Sie können sich jederzeit wieder abmelden.", "notice"},
		{"en", "Your browser does not support the video tag.", "notice"},
		{"en", "You are using an outdated browser. Please upgrade your browser to improve your experience and security on this website.", "notice"},
		{"en", "The promise of the service: high quality visuals and rock-solid performance streamed to your browser, with no console and no downloads, on any screen you own, for a monthly fee that covers the games you play, as the company promised when it first showed the service.", ""},
		{"de", "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "notice"},
		{"es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "notice"},
		{"ru", "Мы используем файлы cookie, чтобы сайт работал лучше.", "notice"},
		{"id", "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.", "notice"},
		{"ar", "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "notice"},
		// Article text about cookies and consent.
		{"en", "Her grandmother's recipe for chocolate chip cookies has been passed down for four generations.", ""},
		{"en", "The bakery sells oatmeal cookies and fresh bread every morning until noon.", ""},
		{"en", "We use the river for drinking water, washing and fishing, one villager said.", ""},
	})
}

func TestRuleRelated(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"en", "Read also: Why offshore wind prices keep rising", "related"},
		{"es", "Lea: Consejo Permanente de la OEA aborda este miércoles la confiscación de sus oficinas", "related"},
		{"es", "Lea más: El Gobierno propone legalizar la venta de cannabis medicinal", "related"},
		{"es", "LE PUEDE INTERESAR: La ficha del expresidente en el tribunal de Nueva York", "related"},
		{"de", "Beliebte Beiträge zum Thema:", "related"},
		{"fr", "Articles les plus lus", "related"},
		{"es", "Las Más Leídas", "related"},
		{"de", "Verwandte Beiträge", "related"},
		{"de", "Diese Artikel könnten euch auch interessieren:", "related"},
		{"de", "Das könnte Dich auch noch interessieren", "related"},
		{"de", "Die meistgelesenen Artikel", "related"},
		{"es", "PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?", "related"},
		{"en", "SEE MORE: Hong Kong protests: 800 students under siege in university", "related"},
		{"es", "Puedes ver el eclipse desde cualquier lugar del país si el cielo está despejado esa noche.", ""},
		{"fr", "Les plus lus de la semaine sont souvent les plus courts, selon une étude publiée mardi par l'institut.", ""},
		{"de", "Neueste Artikel", "related"},
		{"es", "Lea el informe completo antes de votar, pidió la diputada a sus colegas.", ""},
		{"en", "Related", "related"},
		{"en", "You may also like", "related"},
		{"en", "More from Business", "related"},
		{"en", "Most read", "related"},
		{"id", "Baca juga: Bulog Siapkan 1,2 Juta Ton Beras Impor", "related"},
		{"id", "Berita Terkait", "related"},
		{"de", "Lesen Sie auch: Warum der Fachkräftemangel die Bahn trifft", "related"},
		{"de", "Mehr zum Thema", "related"},
		{"es", "Lee también: Las desaladoras, la gran apuesta del Govern", "related"},
		{"es", "Noticias relacionadas", "related"},
		{"ru", "Читайте также: Почему сезон на Байкале становится короче", "related"},
		{"ja", "関連記事", "related"},
		{"ja", "関連記事：桜の開花予想、今年は全国的に早め", "related"},
		{"ar", "اقرأ أيضا: كيف أصبحت الصحراء مختبرا للطاقة النظيفة؟", "related"},
		{"ar", "مقالات ذات صلة", "related"},
		// Article sentences that open with the same words.
		{"en", "Popular support for the measure has grown steadily since the referendum last spring.", ""},
		{"en", "Latest figures show unemployment fell to 4.1 percent in March.", ""},
		{"en", "Related charges were filed against two other executives, prosecutors said.", ""},
		{"en", "More than 200 people were evacuated from the building on Sunday.", ""},
		{"de", "Mehr als 200 Menschen mussten am Sonntag ihre Wohnungen verlassen.", ""},
	})
}

func TestRuleFooter(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"id", "© 2024 kumparan. All rights reserved.", "footer"},
		{"en", "The information provided on this website (including the blogs and community pages) is for general purposes only.", "footer"},
		{"en", "This work is licensed under a Creative Commons Attribution-Noncommercial-Share alike 3.0 United States License", "footer"},
		{"de", "Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert.", "footer"},
		{"de", "Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte externer Links.", "footer"},
		{"de", "Alle Texte und Bilder sind urheberrechtlich geschützt.", "footer"},
		{"en", "Creative Commons licences let authors share their work on their own terms, and millions of photographs use them.", ""},
		{"id", "Copyright © 2024 Warta Nusantara", "footer"},
		{"en", "Copyright 2005-2024 Example Media Group", "footer"},
		{"en", "Privacy Policy", "footer"},
		{"en", "Terms of Use", "footer"},
		{"de", "Impressum", "footer"},
		{"de", "© 2024 Verlag GmbH. Alle Rechte vorbehalten.", "footer"},
		{"es", "Todos los derechos reservados", "footer"},
		{"ru", "© 2024 «Байкальские вести». Все права защищены.", "footer"},
		{"ja", "© 2024 Nippon Shimbun. 無断転載を禁じます。", "footer"},
		{"ar", "جميع الحقوق محفوظة © 2024", "footer"},
		{"ko", "Copyright ⓒ Example.co.kr. 무단전재 및 재배포 금지", "footer"},
		// Article text about copyright and privacy.
		{"en", "The band sued the label for copyright infringement over the use of its single in a television commercial.", ""},
		{"en", "A court ruled that the photographs were not protected by copyright because they lacked originality.", ""},
		{"en", "She read the privacy policy twice before she signed the contract with the agency.", ""},
	})
}

func TestRuleTags(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"en", "Tags: politics, elections, Jakarta", "tags"},
		{"en", "Topics conceptEV", "tags"},
		{"en", "Filed under: Energy · Climate · New York", "tags"},
		{"id", "Tag: harga beras, Bulog, inflasi", "tags"},
		{"de", "Themen: Deutsche Bahn, GDL, Streik", "tags"},
		{"es", "Etiquetas: sequía, agua, Cataluña", "tags"},
		{"ru", "Теги: Байкал, туризм, МЧС", "tags"},
		{"ja", "タグ：桜 気象庁 観光", "tags"},
		{"ar", "الكلمات المفتاحية: المغرب، الطاقة الشمسية", "tags"},
		// A sentence that opens with a tag word.
		{"en", "Topics discussed at the summit included trade, climate and migration.", ""},
		{"de", "Themen wie Migration und Klimaschutz bestimmten den Wahlkampf in diesem Jahr.", ""},
	})
}

func TestRuleBylines(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"en", "By Jane Doe", "byline"},
		{"en", "By Nick Reynolds, Political Reporter", "byline"},
		{"en", "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", "byline"},
		{"en", "By the end of the year, the company expects to have hired more than two hundred engineers in its three new offices.", ""},
		{"en", "Chris Davies - Nov 19, 2019, 10:31 pm CST", "byline"},
		{"en", "Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago", "byline"},
		{"de", "Der Beitrag wurde am Mittwoch, 11. Dezember 2019 um 10:00 Uhr veröffentlicht.", "byline"},
		{"en", "This entry was posted on Monday, May 4th, 2020 at 9:00 am and is filed under News.", "byline"},
		{"de", "Der Beitrag wurde im Dezember 2019 von der Redaktion überarbeitet, nachdem Leser auf Fehler hingewiesen hatten.", ""},
		{"en", "Updated guidance from May 2020 says that the 1,200 schools can reopen in stages after the summer.", ""},
		// Blog engines' "Posted by" in other languages.
		{"de", "Eingestellt von Michael Weber", "byline"},
		{"de", "Gepostet von Katharina Volkwein | Wohnen", "byline"},
		{"es", "Escrito por Jose Pablo Segura Vargas", "byline"},
		{"fr", "Publié par Groupe d'Études Géopolitiques.", "byline"},
		{"es", "Escrito por un grupo de vecinos, el manifiesto pide que el parque siga abierto todo el año.", ""},
		// The header of an author box.
		{"en", "About the author", "byline"},
		{"de", "Über die Autorin:", "byline"},
		{"pl", "O autorze", "byline"},
		{"en", "About the author of the report, little is known beyond her years at the ministry.", ""},
		{"en", "Updated: Nov 19, 2019", "byline"},
		{"en", "2 days ago", "byline"},
		{"id", "Oleh: Ahmad Fauzi", "byline"},
		{"id", "12 Oktober 2024 5:49 WIB", "byline"},
		{"id", "3 jam lalu", "byline"},
		{"de", "Von Anna Schmidt", "byline"},
		{"de", "12. März 2024, 14:30 Uhr", "byline"},
		{"de", "vor 2 Stunden", "byline"},
		{"es", "Por María López", "byline"},
		{"es", "Hace 3 horas", "byline"},
		{"ru", "Автор: Иван Петров", "byline"},
		{"ru", "12 марта 2024, 14:30", "byline"},
		{"ja", "2024年3月12日 14:30", "byline"},
		{"ja", "5時間前", "byline"},
		{"ar", "بقلم: أحمد منصور", "byline"},
		// Sentences that open with a byline word.
		{"en", "By the end of the year, the company plans to open 40 new stores across the country.", ""},
		{"en", "Shadow Minister said the plan would cost taxpayers billions.", ""},
		{"de", "Von Montag an gilt die neue Regel in allen Bundesländern.", ""},
		{"es", "Por primera vez en diez años, el río se secó por completo.", ""},
		// Headings whose words hold an "ago" marker ("fa") inside them.
		{"en", "9. Eat breakfast every day", ""},
		{"en", "5 Famous landmarks", ""},
		{"it", "1 ora fa", "byline"},
	})
}

func TestRuleComments(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"id", "Tinggalkan Balasan", "comments"},
		{"id", "Satu Tanggapan", "comments"},
		{"en", "You are commenting using your Twitter account. ( Logout / Change )", "comments"},
		{"en", "Notify me of new comments via email.", "comments"},
		{"de", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "comments"},
		{"en", "Leave a Reply", "comments"},
		{"en", "Join the discussion", "comments"},
		{"en", "Comments", "comments|counter"},
		{"en", "jdoe says:", "comments"},
		{"de", "Max sagt:", "comments"},
		{"de", "Kommentare (2)", "comments|counter"},
		{"es", "Deja un comentario", "comments"},
		{"ru", "Оставить комментарий", "comments"},
		// Article text.
		{"en", "The minister says: the reform will not be delayed.", ""},
	})
}

func TestRuleNavigation(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// Breadcrumb trails.
		{"de", "Home ›› Politik im Überblick ›› Politik", "navigation"},
		{"de", "A la Carte › News & Stories › Reisen › Der historische Purzelbaum", "navigation"},
		{"de", "Hauptseite » 2010 » Oktober » 26 » Briefe", "navigation"},
		{"en", "Home / News / World", "navigation"},
		{"de", "Vorschau auf den nächsten Artikel", "navigation"},
		// A row of links.
		{"en", "Listen:\u00a0http://po.st/TP_615 Download:\u00a0http://po.st/TP_615Download iTunes:\u00a0http://po.st/TP_615Apple", "navigation"},
		{"de", "Links: www.trauernetz.de und www.instagram.com/trauernetz", "navigation"},
		{"en", "The full report, published on Tuesday at https://example.org/report, runs to three hundred pages and covers every county in the state.", ""},
		{"en", "Cats / dogs / birds: which pets the council will allow in the new flats", ""},
		{"en", "Black, white | grey | silver: the colours of the season", ""},
		{"en", "Home", "navigation"},
		{"de", "Kategorien", "navigation"},
		{"de", "Zurück zur Übersicht", "navigation"},
		{"en", "On this page:", "navigation"},
		{"en", "← Previous Story", "navigation"},
		{"en", "Newer Story →", "navigation"},
		{"de", "Nächster Artikel »", "navigation"},
		{"en", "The previous story in this series ran in March.", ""},
		{"en", "Skip to main content", "navigation"},
		{"en", "Sign in", "navigation"},
		{"id", "Beranda", "navigation"},
		{"de", "Startseite", "navigation"},
		{"es", "Iniciar sesión", "navigation"},
		{"ru", "Главная", "navigation"},
		{"ja", "ホーム", "navigation"},
		{"ar", "الرئيسية", "navigation"},
	})
}

func TestRulesContactsAndDisclosures(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"en", "paul.takahashi@chron.com", "byline"},
		{"en", "Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup.", "byline"},
		{"en", "Updated at 1:23 p.m.", "byline"},
		{"en", "Reach the reporters on Twitter at http://twitter.com/JaneDoeAP and http://twitter.com/jroe", "byline"},
		{"en", "The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our articles. And here’s our email: letters@example.com.", "byline"},
		{"en", "Follow @BGRDeals on Twitter to keep up with the latest and greatest deals from around the web. Quantities may be limited. Prices are subject to change without notice and coupons may expire at any time. Some deals may not be available to all customers.", "promo"},
		{"es", "Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter o Instagram.", "byline|promo"},
		{"en", "(Reporting by Will Dunham; Editing by Tom Brown)", "byline"},
		{"en", "Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.", "promo"},
		{"en", "Image 3 of 12", "widget"},
		{"en", "Like this:", "widget"},
		{"en", "10 p.m.", ""},
		{"en", "Police said the suspect had sent emails to the school before the attack.", ""},
	})
}

func TestRulesCredits(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"en", "Getty", "byline"},
		{"de", "Thinkstock", "byline"},
		{"en", "Unsplash", "byline"},
		{"en", "Photo: Jane Doe / Reuters", "byline"},
		{"de", "(Quelle: Fleischmann/Unsplash/DJV)", "byline"},
		{"es", "Fuente: INE", "byline"},
		{"en", "Credit:", "byline"},
		{"en", "Source: the council's figures show a deficit of two million pounds this year.", ""},
		{"en", "Photo: People gather at the harbour to watch the boats.", ""},
		{"en", "Fox News’ Jessica Napoli contributed to this report.", "byline"},
		{"en", "Separate", ""},
		{"pt", "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.", "comments"},
		{"en", "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports", "promo"},
		{"en", "Reuters reported that the talks had failed after a week of negotiations.", ""},
	})
}

func TestRuleGluedTeasers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// A headline glued to its summary.
		{"en", "Tape Gaffe Ends Hamlin's Title HopesDenny Hamlin's championship run was foiled by a piece of tape on the grille.", "related"},
		{"en", "Police: 2 In Custody After Death Of Dearborn Student-AthleteA 24-year-old woman and a 28-year-old man have been arrested.", "related"},
		{"en", "Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail applications to voters.", "related"},
		{"en", "There's No Place Like A Michigan Cider Mill. Here's A Look At Some Metro-Detroit FavoritesFall has officially arrived, and with it the cider.", "related"},
		{"en", "Say Cheese? Detroit's Top 3 Cheese ShopsWondering where to find the best cheese near you? We crunched the numbers.", "related"},
		// A headline run into its story's dateline.
		{"en", "With shattered dreams, deportees return home from US NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 Indians returned home.", "related"},
		{"en", "Imran Khan-led govt’s days are numbered: warns Pak cleric Fazlur Rehman KARACHI: Firebrand cleric-cum-politician Maulana Fazlur Rehman on Wednesday warned the government.", "related"},
		{"en", "NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 Indians returned home broke on Wednesday after being deported.", ""},
		{"pl", "Aleksandra Zbroja przedstawia się jako DDZTKZMB: Dorosłe Dziecko Zapijaczonego Tatusia, Który Zrył Mi Banię, i opowiada o tym w swojej książce.", ""},
		// Prose with brand names, and German prose, which capitalises its
		// nouns, with a caption glued on.
		{"en", "The company said its new iPhone and the PlayStation would ship in March. McDonald's declined to comment on the deal.", ""},
		{"de", "Dunlop Bavarian Junior Winter Championships vom 5. bis 11. Februar 2022 in der TennisBase Oberhaching mit 19 Top-100-Spielern.", ""},
		{"de", "Haupteingang Genossenschaftsverband Bayern e. V. (GVB), Türkenstraße 22, 80333 MünchenDer Genossenschaftsverband Bayern vertritt die Interessen von 1.212 Genossenschaften.", ""},
	})
}

// TestLabelSetFindsMembersOnly checks the filter in front of a labelSet's
// map: it must never turn a member away, and non-members stay out.
func TestLabelSetFindsMembersOnly(t *testing.T) {
	words := keysOf(widgetLabels)
	set := setOf(words...)
	member := map[string]bool{}
	for _, w := range words {
		member[w] = true
	}
	var probes []string
	for _, w := range words {
		probes = append(probes, w, w+"s", strings.ToUpper(w), "a"+w, w[:len(w)/2], strings.Repeat(w, 2))
	}
	probes = append(probes, "", " ", "share this article now", "x", "xx")
	for _, p := range probes {
		if got := inSet(set, p); got != member[p] {
			t.Errorf("inSet(%q) = %v, want %v", p, got, member[p])
		}
	}
	if empty := setOf(""); !inSet(empty, "") || inSet(empty, "a") {
		t.Error("a set holding the empty string answers it wrong")
	}
}

// TestPrefixSetMatchesPlainSearch checks prefixSet.match, which compares
// eight bytes at once, against the plain definition: a prefix, then the
// end, a non-letter, or anything after a prefix in a script without spaces.
func TestPrefixSetMatchesPlainSearch(t *testing.T) {
	prefixes := append(append([]string{}, relatedPrefixes...), "a", "ab", "abcdefgh", "abcdefghi", "日本", "über")
	set := newPrefixSet(prefixes)
	plain := func(s string) bool {
		for _, p := range prefixes {
			if !strings.HasPrefix(s, p) {
				continue
			}
			rest := s[len(p):]
			r, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || !unicode.IsLetter(r) || !isAlphabetic(p) {
				return true
			}
		}
		return false
	}
	probes := []string{"", "a", "ab", "abc", "ab c", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghij", "abcdefgh:",
		"日本語", "日", "über alles", "überall", "x"}
	for _, p := range prefixes {
		probes = append(probes, p, p+" more", p+"s", p+": x", p[:len(p)-1], strings.ToUpper(p))
	}
	for _, s := range probes {
		if got, want := set.match(s), plain(s); got != want {
			t.Errorf("match(%q) = %v, want %v", s, got, want)
		}
	}
}
