package clean

// promoPhrases mark newsletter, app, channel and membership promos.
var promoPhrases = []string{
	"click here to get", "get the free", "download the free", "newsletter", "sign up for", "sign up to", "signup", "subscribe to", "subscribe now",
	"subscribe for", "subscription", "get the app", "download the app", "download our app",
	"install the app", "app store", "google play", "play store", "follow us", "join us on",
	"join our", "whatsapp channel", "telegram channel", "channel whatsapp", "saluran whatsapp",
	"on google news", "in google news", "di google news", "follow on google", "get our",
	"our daily", "in your inbox", "to your inbox", "delivered to your inbox", "push notification",
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
	"订阅", "关注我们", "下载app", "下载客户端", "구독",
}

// promoCalls are the calls to action that make a longer line a promo.
var promoCalls = []string{
	"newsletter", "sign up", "subscribe", "inbox", "app store", "google play", "channel",
	"follow us", "ikuti", "berlangganan", "unduh", "abonnieren", "folgen sie", "suscríbete",
	"síguenos", "abonnez", "suivez", "iscriviti", "seguici", "inscreva", "подпиш", "zapisz",
	"abone", "اشترك", "订阅", "登録",
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
	"adblock", "ad blocker", "ad-blocker", "disable your ad", "whitelist",
	"javascript is disabled", "enable javascript", "javascript must be enabled",
	"your browser", "update your browser", "unsupported browser",
}

// noticeAnchors are the words that must also appear for a long line to be
// read as a notice rather than as article text that mentions cookies.
var noticeAnchors = []string{
	"cookie", "consent", "privacy", "datenschutz", "subscri", "abonn", "suscri", "подпис",
	"javascript", "browser", "ad block", "adblock", "ad-block", "cookies",
}

// ruleNotice drops cookie, consent and paywall notices.
func ruleNotice(u *unit) (Reason, bool) {
	if u.f.runes > 500 {
		return "", false
	}
	if !containsAny(u.low, noticePhrases) {
		return "", false
	}
	if u.f.runes > 120 && !containsAny(u.low, noticeAnchors) {
		return "", false
	}
	// "We use" and "your privacy" alone are everyday words: a long line
	// needs a notice anchor too.
	if u.f.runes <= 120 && !containsAny(u.low, noticeAnchors) && u.f.sentEnd && u.f.words > 8 {
		return "", false
	}
	return DropNotice, true
}

// rulePromo drops newsletter, app and channel promos.
func rulePromo(u *unit) (Reason, bool) {
	if u.f.runes > 200 {
		return "", false
	}
	if !containsAny(u.low, promoPhrases) {
		return "", false
	}
	// A longer sentence that merely mentions a subscription or an app is
	// article text; it needs a call to action to be a promo.
	if u.f.runes > 90 && !containsAny(u.low, promoCalls) {
		return "", false
	}
	return DropPromo, true
}
