package clean

import (
	"strings"
	"unicode"
)

// adLabels are the labels that mark an advertisement slot, in many
// languages.
var adLabels = setOf(
	"advertisement", "advertisements", "advertising", "advert", "ad", "ads", "sponsored",
	"sponsored content", "sponsored links", "sponsored stories", "paid content", "paid post", "promoted",
	"promoted content", "partner content", "ad feature", "anzeige", "anzeigen", "werbung",
	"publicidad", "publicidade", "anuncio", "anúncio", "publicité", "pub", "pubblicità",
	"annuncio", "реклама", "iklan", "advertensi", "advertentie", "reclame", "reklama", "reklam",
	"reklame", "mainos", "annons", "annonce", "διαφήμιση", "פרסומת", "广告", "廣告", "広告",
	"광고", "إعلان", "اعلان", "تبلیغات", "विज्ञापन", "quảng cáo", "โฆษณา", "patrocinado",
	"patrocinada", "sponsorisé", "gesponsert", "спонсорский материал", "konten bersponsor",
	"scroll to continue with content", "continue reading below", "story continues below",
	"article continues below", "story continues below advertisement",
	"article continues below advertisement", "content continues below",
	"scroll untuk melanjutkan", "lanjutkan membaca", "scroll to continue",
	"advertisement scroll to continue", "weiterlesen nach der anzeige", "continúa después de la publicidad",
)

// widgetLabels are the words of share, follow, subscribe and media
// buttons, and the names of the networks they point to.
var widgetLabels = setOf(
	"share", "shares", "share this", "share this article", "share this story", "share this post",
	"share article", "share story", "share on facebook", "share on twitter", "share on linkedin",
	"share on whatsapp", "share via email", "share via", "share on", "share with", "sharing",
	"tweet", "tweet this", "retweet", "pin", "pin it", "email", "e-mail", "mail", "print",
	"copy", "copy link", "copy url", "link copied", "copied", "link", "permalink",
	"follow", "following", "follow us", "unfollow", "subscribe", "subscribed", "unsubscribe",
	"facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest",
	"flipboard", "messenger", "line", "instagram", "youtube", "tiktok", "rss", "rss feed",
	"tumblr", "vk", "vkontakte", "ok", "odnoklassniki", "xing", "threads", "bluesky",
	// A blog's feed links (WordPress's meta widget), not a comment section.
	"entries feed", "comments feed", "entries rss", "comments rss", "posts rss", "feed de entradas",
	"feed de comentarios", "flux des publications", "flux des commentaires", "feed dei commenti",
	"feed degli articoli", "beitrags-feed", "kommentar-feed", "kommentare-feed", "feed wpisów",
	"feed komentarzy", "лента записей", "лента комментариев", "feed entri", "feed komentar",
	"mastodon", "snapchat", "weibo", "wechat", "kakaotalk", "viber", "skype", "pocket",
	"google", "google news", "apple news",
	"bagikan", "bagikan artikel", "teilen", "artikel teilen", "compartir", "comparte",
	"compartilhar", "partager", "condividi", "поделиться", "поділитися", "udostępnij",
	"delen", "dela", "del", "jaa", "sdílet", "paylaş", "共有", "分享", "공유", "مشاركة", "شارك",
	"שתף", "शेयर", "chia sẻ", "แชร์", "κοινοποίηση",
	"copiar enlace", "copier le lien", "link kopieren", "copia link", "kopiuj link",
	"скопировать ссылку", "копировать ссылку", "salin tautan", "salin link", "vk", "вконтакте",
	"одноклассники", "телеграм", "シェア", "ツイート", "はてなブックマーク", "はてブ", "lineで送る",
	"ポスト", "واتساب", "فيسبوك", "تويتر", "تلغرام", "envoyer par e-mail", "envoyer",
	"per e-mail senden", "e-mail senden", "enviar por correo", "enviar", "wyślij", "mail",
	"go to comments", "jump to comments", "skip to comments", "ir a los comentarios",
	"zu den kommentaren", "aller aux commentaires", "vai ai commenti", "ir para os comentários",
	"к комментариям", "ke komentar", "lihat komentar", "przejdź do komentarzy",
	"read later", "save for later", "save article", "gift article", "gift this article",
	"lire plus tard", "offrir l’article", "offrir l'article", "später lesen", "merken",
	"artikel verschenken", "leer más tarde", "guardar", "leggi dopo", "salva", "сохранить",
	"view all", "see all", "show all", "show more", "load more", "view more", "see more",
	"image of", "photo of", "slide of", "picture of", "bild von", "foto de", "imagen de",
	"like", "likes", "save", "saved", "bookmark", "bookmarks", "favorite", "favourite",
	"zoom", "zoom in", "perbesar", "vergrößern", "ampliar", "agrandir", "enlarge",
	"expand", "collapse", "fullscreen", "full screen", "play", "pause", "mute", "unmute",
	"listen", "listen to this article", "audio", "play video", "watch", "watch video",
	"gallery", "view gallery", "photos", "photo", "video", "videos", "image", "images",
	"more", "more options", "options", "close", "open", "dismiss", "ok", "okay", "got it",
	"caption", "show caption", "hide caption", "toggle caption", "captions",
	"rate this article", "rate this", "artikel bewerten", "hier können sie den artikel bewerten",
	"bewerten sie diesen artikel", "valora este artículo", "évaluez cet article", "оцените статью",
	"new call-to-action", "call to action", "call-to-action",
	"seite drucken", "print page", "print this page", "imprimir página", "imprimer la page",
	"print recipe", "jump to recipe", "rezept drucken", "zum rezept", "drucken", "bei pinterest speichern",
	"like this", "like loading", "sukai ini", "suka ini", "suka memuat", "gefällt mir wird geladen",
	"wird geladen", "me gusta cargando", "j'aime chargement", "mi piace caricamento", "sharing is caring", "share this", "share this article", "share this story",
	"like this story? share it with a friend",
	"empfiehl dies deinen freunden", "empfehlen sie diesen artikel", "recommend this to your friends",
	"print this article", "print article", "print this story", "print story", "artikel drucken",
	"imprimir artículo", "imprimer l'article", "stampa articolo", "listen live", "watch live",
	"read all comments", "view all comments", "show comments", "view comments", "see comments",
	"toggle search input field", "toggle search", "ajouter à la playlist", "add to playlist",
	"read comments", "alle kommentare anzeigen", "kommentare anzeigen", "ver comentarios", "voir les commentaires",
	"reply", "report", "flag", "embed", "download", "upvote", "downvote", "vote",
	"icon", "logo", "avatar", "thumbnail", "loading", "loading…", "loading...",
	"memuat", "memuat...", "cargando", "cargando...", "chargement", "chargement...", "caricamento",
	"caricamento...", "загрузка", "загрузка...", "ładowanie", "ładowanie...",
	"font size", "text size", "a a", "aa", "a+", "a-",
	"gefällt mir", "me gusta", "j'aime", "mi piace", "нравится", "suka", "いいね",
)

// iconWords are words that icon names are made of.
var iconWords = setOf(
	"icon", "ico", "ic", "fa", "svg", "sosmed", "social", "share", "link", "copy", "circle",
	"square", "white", "black", "green", "red", "blue", "grey", "gray", "dark", "light",
	"outline", "filled", "solid", "fill", "arrow", "chevron", "caret", "left", "right", "up",
	"down", "more", "vertical", "horizontal", "menu", "close", "search", "zoom", "in", "out",
	"plus", "minus", "play", "pause", "facebook", "twitter", "whatsapp", "telegram",
	"linkedin", "instagram", "youtube", "mail", "email", "envelope", "print", "comment",
	"comments", "bookmark", "heart", "star", "user", "profile", "home", "back", "next",
	"prev", "expand", "collapse", "small", "large", "logo", "x", "alt", "o", "f", "btn",
	"button", "nav", "dots", "kebab", "hamburger", "ellipsis", "external", "open", "new",
	"tab", "window", "line", "round", "bold", "thin", "fb", "tw", "wa", "li", "yt", "ig",
)

// ruleAdLabel drops advertisement labels, and the names of ad banners,
// which give the banner's standard size: "Deco Home Banner 468x60px".
func ruleAdLabel(u *unit) (Reason, bool) {
	if u.f.runes > 60 {
		return "", false
	}
	return DropAd, inSet(adLabels, u.label) || u.f.digits >= 4 && strings.IndexByte(u.low, 'x') > 0 && hasAdSize(u.low)
}

// adSizes are the standard sizes of display ads (the IAB's), width by
// height in pixels.
var adSizes = setOf(
	"468x60", "728x90", "970x90", "970x250", "300x250", "336x280", "250x250", "200x200",
	"300x600", "160x600", "120x600", "120x240", "234x60", "320x50", "320x100", "300x50", "300x100",
)

// hasAdSize reports whether one of the words of low is a standard ad size,
// with or without its "px": "468x60px".
func hasAdSize(low string) bool {
	for _, w := range strings.Fields(low) {
		w = strings.TrimSuffix(strings.Trim(w, "()[],.-_"), "px")
		if len(w) >= 6 && len(w) <= 7 && inSet(adSizes, w) {
			return true
		}
	}
	return false
}

// shareVerbs open a share button's label: "Compartir en Facebook",
// "Auf Twitter teilen" ends with one.
var shareVerbs = []string{
	"share", "compartir", "partager", "teilen", "condividi", "compartilhar", "поделиться",
	"udostępnij", "bagikan", "send", "envoyer", "enviar", "senden", "invia", "wyślij",
	"copy", "copiar", "copier", "kopieren", "kopiuj", "скопировать", "salin", "tweet", "pin",
	"post", "paylaş", "شارك", "مشاركة", "共有", "分享", "save", "speichern", "guardar", "enregistrer",
}

// ruleWidget drops the labels of share, follow and media buttons: a short
// line made only of widget words ("Share", "Facebook Twitter WhatsApp",
// "Follow us").
func ruleWidget(u *unit) (Reason, bool) {
	if u.f.runes > 80 || u.f.words > 10 || u.label == "" {
		return "", false
	}
	if inSet(widgetLabels, u.label) || u.f.digits > 0 && isGalleryCounter(u.low) {
		return DropWidget, true
	}
	// "Gizmodo avatar", "Facebook icon": an image's label.
	if u.f.words <= 4 && !u.f.sentEnd && (strings.HasSuffix(u.label, " avatar") || strings.HasSuffix(u.label, " icon")) {
		return DropWidget, true
	}
	// "Read all comments on this article": a link to the comments.
	if u.f.words <= 8 && !u.f.sentEnd && commentLinkSet.match(u.label) {
		return DropWidget, true
	}
	// A run of network names: "Facebook Twitter Email".
	var buf [maxFields]string
	words := splitFields(u.label, buttonSeparator, &buf)
	if len(words) < 2 {
		return "", false
	}
	// "Compartir en Whatsapp", "Auf Facebook teilen": a share verb and a
	// network or a mail in a short label.
	if len(words) <= 5 && u.hits.has(plShareVerb) && (shareVerbSet.match(u.label) || containsAny(words[len(words)-1], shareVerbs)) {
		for _, w := range words {
			if inSet(widgetLabels, w) {
				return DropWidget, true
			}
		}
	}
	known := 0
	for k, w := range words {
		if inSet(widgetLabels, w) || (strings.IndexByte(w, '.') >= 0 || strings.IndexByte(w, ':') >= 0 || strings.IndexByte(w, '!') >= 0) &&
			inSet(widgetLabels, strings.Trim(w, ".:!")) {
			known++
		}
		// Stop once neither test below can pass, whatever the rest are.
		if most := known + len(words) - k - 1; most < len(words) && (len(words) > 6 || most < 2 || most*3 < len(words)*2) {
			return "", false
		}
	}
	// All widget words, or a row of buttons with an odd label among them.
	if known == len(words) || len(words) <= 6 && known >= 2 && known*3 >= len(words)*2 {
		return DropWidget, true
	}
	return "", false
}

// buttonSeparator splits a row of buttons into their labels.
var buttonSeparator = newSeparator(isButtonSeparator)

// spaceSeparator splits text into words as strings.Fields does.
var spaceSeparator = newSeparator(unicode.IsSpace)

// isButtonSeparator reports whether r separates the labels of a row of
// buttons.
func isButtonSeparator(r rune) bool {
	return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == ','
}

// commentLinkPrefixes open a link to an article's comments.
var commentLinkPrefixes = []string{
	"read all comments", "view all comments", "show all comments", "see all comments",
	"read comments", "view comments", "show comments", "alle kommentare", "ver todos los comentarios",
	"voir tous les commentaires", "leggi tutti i commenti", "все комментарии",
}

// commentLinkSet indexes commentLinkPrefixes for look-ups.
var commentLinkSet = newPrefixSet(commentLinkPrefixes)

// ruleIconName drops icon names printed as text: "sosmed-whatsapp-white",
// "copy-link-circle", "arrow_forward", and an icon name glued to the word
// after it, as in "zoom-in-whitePerbesar".
func ruleIconName(u *unit) (Reason, bool) {
	t := u.text
	if u.f.runes > 80 || strings.IndexByte(t, ' ') >= 0 || strings.IndexByte(t, '\t') >= 0 {
		return "", false
	}
	// An icon name has parts joined by '-' or '_', or starts with "icon".
	if strings.IndexByte(t, '-') < 0 && strings.IndexByte(t, '_') < 0 && !strings.HasPrefix(t, "icon") {
		return "", false
	}
	// The icon name is the leading run of lower-case ASCII letters, digits,
	// '-' and '_'; what follows may be a glued capitalised word.
	i := 0
	for i < len(t) && (t[i] >= 'a' && t[i] <= 'z' || t[i] >= '0' && t[i] <= '9' || t[i] == '-' || t[i] == '_') {
		i++
	}
	name, rest := t[:i], t[i:]
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) < 2 && !(len(parts) == 1 && strings.HasPrefix(name, "icon")) {
		return "", false
	}
	if rest != "" {
		r := []rune(rest)[0]
		if !unicode.IsUpper(r) {
			return "", false
		}
	}
	known := 0
	for _, p := range parts {
		if inSet(iconWords, p) || inSet(widgetLabels, p) {
			known++
		}
	}
	// Most parts are icon vocabulary, or the name is long and hyphenated
	// like no word in running text.
	if known*2 >= len(parts) || len(parts) >= 3 {
		return DropWidget, true
	}
	return "", false
}

// shareVerbSet indexes shareVerbs for look-ups.
var shareVerbSet = newPrefixSet(shareVerbs)

// galleryWords name the items a gallery counts: "Image 3 of 12".
var galleryWords = setOf("image", "images", "photo", "photos", "picture", "slide", "bild", "foto", "fotos", "imagen", "immagine", "фото")

// isGalleryCounter reports whether low, a lower-cased line, is a
// gallery's position counter: "image 3 of 12", "photo 2/5", "bild 1 von 7".
func isGalleryCounter(low string) bool {
	var buf [maxFields]string
	f := splitFields(low, spaceSeparator, &buf)
	if len(f) < 2 || len(f) > 4 || !inSet(galleryWords, f[0]) || !isDigits(f[1][:strings.IndexByte(f[1]+"/", '/')]) {
		return false
	}
	switch len(f) {
	case 2:
		a, b, ok := strings.Cut(f[1], "/")
		return ok && isDigits(a) && isDigits(b)
	case 4:
		return isDigits(f[3])
	}
	return false
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
