package clean

import (
	"slices"
	"strings"
	"unicode"
)

// promoPhrases mark newsletter, app, channel and membership promos.
var promoPhrases = []string{
	"click here to get", "get the free", "download the free", "newsletter", "sign up for", "sign up to", "signup", "subscribe to", "subscribe now",
	"subscribe for", "subscription", "get the app", "download the app", "download our app",
	"install the app", "app store", "google play", "play store", "follow us", "join us on",
	"join our", "whatsapp channel", "telegram channel", "channel whatsapp", "saluran whatsapp",
	"on google news", "in google news", "di google news", "follow on google", "get our",
	"our daily", "unseren fan-shop", "unserem fan-shop", "visit our shop", "visit our store", "or listen back here", "listen live at", "opt-in box", "can send me the", "meet your inbox", "hit your inbox", "land in your inbox", "delivered through your letterbox", "to your letterbox", "delivered to your door", "in your inbox", "to your inbox", "delivered to your inbox", "push notification",
	"enable notifications", "turn on notifications", "become a member", "become a patron",
	"support our journalism", "support us", "donate", "unduh aplikasi", "download aplikasi",
	"ikuti kami", "ikuti berita", "gabung", "langganan", "berlangganan", "hadir di whatsapp",
	"hadir di", "abonnieren", "abonnement", "jetzt abonnieren", "folgen sie uns", "folge uns",
	"app herunterladen", "suscríbete", "suscribirse", "suscripción", "boletín", "síguenos",
	"descarga la app", "descarga nuestra", "abonnez-vous", "inscrivez-vous", "lettre d'information",
	"suivez-nous", "téléchargez l'application", "iscriviti", "seguici", "abbonati",
	"assine", "inscreva-se", "siga-nos", "подпишитесь", "подписывайтесь", "подписаться",
	"рассылк", "наш канал", "телеграм-канал", "telegram-канал", "скачайте приложение",
	"zapisz się", "subskrybuj", "obserwuj nas", "abonneer", "schrijf je in", "volg ons",
	"abone ol", "takip edin", "bizi takip", "اشترك", "تابعنا", "حمل التطبيق", "登録", "フォロー",
	"订阅", "关注我们", "下载app", "下载客户端", "구독", "友だち登録", "お届けします", "boletín",
	"to follow this blog", "diesem blog zu folgen", "para seguir este blog", "pour suivre ce blog",
	"per seguire questo blog", "benachrichtigung aktivieren", "dieser beitrag enthält werbung",
	"this post contains affiliate links", "this post is sponsored by",
	"apps for ios and android", "app for ios and android", "delivered to their inbox", "to their inboxes",
	"wenn sie inhaltliche anmerkungen zu diesem artikel haben", "if you have comments on the content of this article",
	"suoraan sähköpostiisi", "tilaa uutiskirje", "suscribirse aquí", "suscríbase aquí", "abonnieren sie hier",
	"by clicking here", "click here to support",
	"hazte miembro", "hazte socio", "hazte suscriptor", "werde mitglied", "werden sie mitglied",
	"devenez membre", "diventa socio", "diventa membro", "zostań członkiem", "do subskrypcji",
	"torne-se membro", "стань участником",
}

// enjoyedPhrases open the pitch at an article's end, "If you enjoyed this
// article, ...": a promo, and its own call to action.
var enjoyedPhrases = []string{
	"if you enjoyed this article", "if you enjoyed this post", "if you enjoyed this story",
	"if you enjoyed reading this", "if you liked this article", "if you liked this post",
	"if you liked this story", "did you enjoy this article", "wenn ihnen dieser artikel gefallen hat",
	"wenn dir dieser artikel gefallen hat", "wenn ihnen dieser beitrag gefallen hat",
	"si te ha gustado este artículo", "si te gustó este artículo", "si vous avez aimé cet article",
	"se ti è piaciuto questo articolo", "jika anda menyukai artikel ini", "если вам понравилась эта статья",
	"dir hat der artikel gefallen", "hat dir der artikel gefallen", "hat ihnen der artikel gefallen",
	"hat ihnen dieser artikel gefallen", "¿te gustó este artículo", "vous avez aimé cet article",
	"gefällt dir unser", "gefällt ihnen unser", "do you like our", "vous aimez notre", "te gusta nuestra", "te gusta nuestro",
}

// promoCalls are the calls to action that make a longer line a promo.
var promoCalls = []string{
	"recibe", "recevez", "receive our", "erhalten sie", "ricevi", "receba", "получайте",
	"otrzymuj", "dapatkan", "友だち登録", "お届けします", "sign up", "subscribe to", "subscribe now", "subscribe for", "join our", "join us",
	"follow us", "download our", "download the", "get our", "get the app", "click here",
	"ikuti kami", "ikuti berita", "unduh aplikasi", "jetzt abonnieren", "abonnieren sie",
	"folgen sie uns", "melden sie sich", "suscríbete", "síguenos", "abonnez-vous", "suivez-nous",
	"inscrivez-vous", "iscriviti", "seguici", "inscreva-se", "siga-nos", "подпишитесь",
	"подписывайтесь", "zapisz się", "abone ol", "اشترك", "تابعنا", "订阅", "登録して",
	"enter your email", "get the latest updates", "straight to your inbox", "direct to your inbox",
	"to follow this blog", "diesem blog zu folgen", "para seguir este blog", "pour suivre ce blog",
	"per seguire questo blog", "benachrichtigung aktivieren",
	"zapraszamy do subskrypcji", "zapraszamy też do subskrypcji",
	"apps for ios and android", "app for ios and android", "delivered to their inbox", "to their inboxes",
	"suoraan sähköpostiisi", "by clicking here", "click here to support",
	"wenn sie inhaltliche anmerkungen zu diesem artikel haben", "if you have comments on the content of this article",
	"meet your inbox", "hit your inbox", "land in your inbox",
	"check the opt-in box", "opt-in box", "can send me the",
	"or listen back here", "listen live at",
	"unseren fan-shop", "unserem fan-shop", "visit our shop", "visit our store",
}

// noticePhrases mark cookie, consent and paywall notices.
var noticePhrases = []string{
	"cookie", "cookies", "consent", "gdpr", "privacy settings", "privacy preferences",
	"manage preferences", "accept all", "reject all", "accept and close", "we value your privacy",
	"your privacy", "this site uses", "this website uses", "we use", "by continuing",
	"datenschutzeinstellungen", "einwilligung", "zustimmen", "alle akzeptieren",
	"utilizamos", "aceptar todas", "política de cookies", "nous utilisons", "tout accepter",
	"utilizziamo", "accetta", "usamos", "aceitar", "wij gebruiken", "używamy", "akceptuję",
	"мы используем", "файлы cookie", "kami menggunakan", "kebijakan privasi",
	"subscribers only", "for subscribers", "already a subscriber", "already subscribed",
	"to continue reading", "continue reading with", "subscribe to continue", "subscribe to read",
	"this article is for subscribers", "this content is for subscribers", "you have reached",
	"you've reached", "free articles", "paywall", "log in to continue", "sign in to continue",
	"register to continue", "create a free account", "bereits abonnent", "abo abschließen",
	"weiterlesen mit", "plus-artikel", "exklusiv für abonnenten", "solo para suscriptores",
	"réservé aux abonnés", "riservato agli abbonati", "только для подписчиков",
	"ملفات تعريف الارتباط", "يستخدم هذا الموقع", "このサイトはクッキー", "クッキーを使用", "使用cookie",
	"adblock", "ad blocker", "ad-blocker", "disable your ad", "whitelist",
	"javascript is disabled", "enable javascript", "javascript must be enabled",
	"your browser", "update your browser", "unsupported browser", "playback is unsupported",
	"playback isn't supported", "playback is not supported",
	// Consent boxes of newsletter forms.
	"ich akzeptiere die datenschutzbestimmungen", "ich habe die datenschutzerklärung gelesen",
	"i agree to the privacy policy", "i have read and agree to the privacy policy",
	"acepto la política de privacidad", "j'accepte la politique de confidentialité",
	// Placeholders of embeds that load only on consent.
	"klicken sie auf den unteren button", "click the button below to load", "inhalt entsperren",
}

// noticeAnchors are the words that must also appear for a long line to be
// read as a notice rather than as article text that mentions cookies.
var noticeAnchors = []string{
	"consent", "privacy", "datenschutz", "subscri", "abonn", "suscri", "подпис", "javascript",
	"browser", "ad block", "adblock", "ad-block", "website", "this site", "our site",
	"browsing", "accept", "settings", "experience", "webseite", "website", "verwenden",
	"akzeptieren", "sitio web", "utilizamos", "aceptar", "utilisons", "accepter", "navigation",
	"сайт", "situs", "موقع", "サイト", "网站", "ملفات تعريف الارتباط", "serwis", "stron",
	"klicken sie auf den unteren button", "click the button below to load",
}

// noticeAnchorsBeyondBrowser are noticeAnchors but "browser".
var noticeAnchorsBeyondBrowser = without(noticeAnchors, "browser")

// without returns words without w.
func without(words []string, w string) []string {
	var out []string
	for _, x := range words {
		if x != w {
			out = append(out, x)
		}
	}
	return out
}

// proseLike reports whether u reads like article text: longer than short
// characters, or a sentence of eight words or more. Such a line that
// merely mentions a rule's phrase needs a second word to be condemned.
func proseLike(u *unit, short int32) bool {
	return u.f.runes > short || u.f.sentEnd && u.f.words >= 8
}

// ruleNotice drops cookie, consent and paywall notices.
func ruleNotice(u *unit) (Reason, bool) {
	if u.f.runes > 500 {
		return "", false
	}
	if !u.hits.has(plNotice) {
		return "", false
	}
	// "Cookies", "we use" and "your privacy" are everyday words too: a
	// long line or a sentence needs a notice anchor beside them.
	if proseLike(u, 120) && !u.hits.has(plNoticeAnchor) {
		return "", false
	}
	// A whole paragraph needs more than "your browser", which anchors
	// itself: an article may say that a service streams to your browser.
	if u.f.runes > 200 && !u.hits.has(plNoticeAnchorBeyondBrowser) {
		return "", false
	}
	return DropNotice, true
}

// rulePromo drops newsletter, app and channel promos.
func rulePromo(u *unit) (Reason, bool) {
	if u.f.runes > 200 {
		return "", false
	}
	if !u.hits.has(plPromo) {
		return "", false
	}
	// A longer line, or a sentence, that merely mentions a newsletter, a
	// subscription or an app is article text: it needs a call to action.
	if proseLike(u, 90) && !u.hits.has(plPromoCall) {
		return "", false
	}
	return DropPromo, true
}

// disclosurePhrases mark affiliate disclosures ("we may earn a commission")
// and wire-service credits ("Reporting by ...; Editing by ...").
var disclosurePhrases = []string{
	"affiliate commission", "earn a commission", "earn an affiliate", "may earn a small commission",
	"get a share of the sale", "receive a commission", "earns a commission", "affiliate links",
	"affiliate link", "commission for purchases", "paid commission",
	"products from one or more of our advertisers", "we may receive compensation when you click",
	"shop has been compensated by", "all opinions are mine alone", "all opinions are my own",
}

// ruleDisclosure drops affiliate disclosures and the reporting and editing
// credits news agencies end their stories with.
func ruleDisclosure(u *unit) (Reason, bool) {
	if u.f.runes > 300 {
		return "", false
	}
	low := u.low
	for low != "" && (low[0] == '(' || low[0] == ' ') {
		low = low[1:]
	}
	if (strings.HasPrefix(low, "reporting by ") || strings.HasPrefix(low, "additional reporting by ")) &&
		(strings.Contains(low, "editing by") || strings.Contains(low, "edited by") || strings.Contains(low, "writing by")) {
		return DropByline, true
	}
	if u.f.runes <= 200 && u.hits.has(plContributed) {
		return DropByline, true
	}
	if u.f.runes <= 160 && (strings.HasPrefix(low, "follow ") || strings.HasPrefix(low, "more ") || strings.HasPrefix(low, "for more ")) &&
		(strings.Contains(low, "https://") || strings.Contains(low, "http://")) {
		// "More AP NBA: https://...", "Follow our full coverage at https://..."
		return DropPromo, true
	}
	if u.f.runes <= 160 && strings.HasPrefix(low, "follow ") && containsAny(low, socialNetworks) {
		// "Follow the Opinion section on Facebook, Twitter and Instagram."
		return DropPromo, true
	}
	if u.hits.has(plModeration) {
		return DropComments, true
	}
	if u.f.runes <= 80 && u.f.words <= 8 && u.hits.has(plAgency) && isAgencyCredit(low) {
		return DropByline, true
	}
	if u.f.runes > 250 {
		return "", false
	}
	if u.hits.has(plDisclosure) {
		return DropPromo, true
	}
	return "", false
}

// agencyNames are the picture agencies and wires that photo credits name.
var agencyNames = []string{
	"getty images", "getty", "reuters", "afp", "associated press", "ap photo", "shutterstock",
	"istock", "istockphoto", "alamy", "epa", "dpa", "picture alliance", "bloomberg", "pa images",
	"thinkstock", "unsplash", "pixabay", "adobe stock", "adobestock", "fotolia", "depositphotos", "imago",
	"keystone",
}

// agencyFirstWords are the first words of agencyNames: a line holds an
// agency's name only if it holds one of them.
var agencyFirstWords = firstWords(agencyNames)

// agencyFirstWordSet indexes agencyFirstWords for look-ups.
var agencyFirstWordSet = setOf(agencyFirstWords...)

// nonLetterSeparator splits text into runs of letters.
var nonLetterSeparator = newSeparator(func(r rune) bool { return !unicode.IsLetter(r) })

// paddedAgencies are agencyNames with a space on each side, for whole-word
// search in a line folded to its words.
var paddedAgencies = padded(agencyNames)

// firstWords returns the distinct first words of phrases.
func firstWords(phrases []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range phrases {
		w, _, _ := strings.Cut(p, " ")
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// padded returns words with a space on each side.
func padded(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = " " + w + " "
	}
	return out
}

// isAgencyCredit reports whether low (lower-cased) is a photo credit and
// nothing more: "Getty", "Photo: Jane Doe / Reuters", "© AFP". Names are
// matched as whole words.
func isAgencyCredit(low string) bool {
	if len(low) > 160 {
		return false // a credit is at most eight words
	}
	var buf [maxFields]string
	words := splitFields(low, nonLetterSeparator, &buf)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	// An agency's name can only be found among the words if its first
	// word is one of them: most lines are turned away here.
	if !slices.ContainsFunc(words, func(w string) bool { return inSet(agencyFirstWordSet, w) }) {
		return false
	}
	rest := " " + strings.Join(words, " ") + " "
	found := false
	for _, a := range paddedAgencies {
		if strings.Contains(rest, a) {
			found = true
			rest = strings.ReplaceAll(rest, a, " ")
		}
	}
	if !found {
		return false
	}
	n := 0
	for _, w := range strings.Fields(rest) {
		switch w {
		case "photo", "photos", "image", "images", "credit", "foto", "bild", "via", "file", "c", "by":
		default:
			n++
		}
	}
	return n <= 3
}

// socialNetworks are the networks a site asks readers to follow it on.
var socialNetworks = []string{"facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok", "telegram", "threads", "bluesky", "mastodon"}

// contributedPhrases credit the other reporters of a story.
var contributedPhrases = []string{"contributed to this report", "contributed reporting", "contributed to this story"}

// moderationPhrases state a comment section's rules.
var moderationPhrases = []string{
	"comments are moderated", "comments will be moderated", "comment moderation policy",
	"approved by the moderator", "approved by a moderator", "aprovados pelo moderador",
	"aprobados por el moderador", "kommentare werden moderiert", "les commentaires sont modérés",
	"i commenti sono moderati", "комментарии проходят модерацию", "moderating all comments",
	// WordPress's comment form.
	"you are commenting using your", "please log in using one of these methods to post your comment",
	"notify me of new comments via email", "notify me of new posts via email",
	"beri tahu saya komentar baru", "benachrichtige mich über neue kommentare", "avísame de nuevos comentarios",
	"your email address will not be published", "deine e-mail-adresse wird nicht veröffentlicht",
	"alamat email anda tidak akan dipublikasikan", "tu dirección de correo electrónico no será publicada",
}
