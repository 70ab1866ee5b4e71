package clean

import "strings"

// navigationLabels are the labels of menus and page chrome.
var navigationLabels = setOf(
	"home", "homepage", "menu", "main menu", "navigation", "search", "search for", "sign in",
	"sign out", "log in", "login", "log out", "logout", "register", "sign up", "my account",
	"account", "profile", "skip to content", "skip to main content", "skip to navigation",
	"jump to", "back to top", "to top", "top", "next", "previous", "prev", "next article",
	"previous article", "next post", "previous post", "older posts", "newer posts", "back",
	"contact", "contact us", "about", "about us", "advertise", "careers", "jobs", "help",
	"faq", "sitemap", "archive", "archives", "index", "sections", "all sections", "more sections",
	"subscribe now", "edition", "language", "english", "deutsch", "español", "français",
	"beranda", "cari", "masuk", "daftar", "keluar", "kembali", "selanjutnya", "sebelumnya",
	"startseite", "suche", "anmelden", "abmelden", "registrieren", "zurück", "weiter", "nach oben",
	"inicio", "portada", "buscar", "iniciar sesión", "registrarse", "siguiente", "anterior",
	"accueil", "rechercher", "connexion", "se connecter", "suivant", "précédent", "retour",
	"cerca", "accedi", "successivo", "precedente", "início", "pesquisar", "entrar",
	"главная", "поиск", "войти", "регистрация", "далее", "назад", "меню",
	"strona główna", "szukaj", "zaloguj", "dalej", "wstecz", "ana sayfa", "ara", "giriş",
	"ホーム", "検索", "ログイン", "メニュー", "首页", "搜索", "登录", "菜单", "الرئيسية", "بحث",
	"تسجيل الدخول", "القائمة",
	"previous story", "next story", "newer story", "older story", "newer post", "older post",
	"newer article", "older article", "vorheriger artikel", "nächster artikel", "vorheriger beitrag",
	"nächster beitrag", "artículo anterior", "artículo siguiente", "article précédent",
	"article suivant", "articolo precedente", "articolo successivo", "artikel sebelumnya",
	"artikel selanjutnya", "предыдущая статья", "следующая статья", "poprzedni artykuł", "następny artykuł",
	"zurück zur übersicht", "back to overview", "vorschau auf den nächsten artikel",
	"vorschau auf den vorherigen artikel", "zurück zur startseite", "back to homepage",
	"on this page", "auf dieser seite", "en esta página", "sur cette page", "in questa pagina",
	"categories", "kategorien", "categorías", "catégories", "categorie", "kategori", "рубрики", "kategorie",
)

// ruleNavigationLabel drops the lone labels of menus and page chrome.
func ruleNavigationLabel(u *unit) (Reason, bool) {
	if u.f.runes > 40 {
		return "", false
	}
	return DropNavigation, inSet(navigationLabels, u.label)
}

// crumbSeparators part the steps of a breadcrumb trail; the slash and the
// bar, which text uses too, need a home step before them.
var crumbSeparators = []string{" › ", " ›› ", " » ", " >> ", " > ", " / ", " | "}

// homeSteps open a breadcrumb trail.
var homeSteps = setOf("home", "start", "startseite", "inicio", "accueil", "главная", "beranda", "strona główna", "首页", "ホーム")

// ruleBreadcrumb drops a breadcrumb trail: "Home › Politik › Europa",
// "A la Carte › News & Stories › Reisen". Three or more short steps parted
// by an arrow, or by a slash or a bar when the first step is "Home".
func ruleBreadcrumb(u *unit) (Reason, bool) {
	if u.f.runes > 200 || u.f.sentEnd || !mayHoldCrumbs(u.text) {
		return "", false
	}
	for k, sep := range crumbSeparators {
		if !strings.Contains(u.text, sep) {
			continue
		}
		steps := strings.Split(u.text, sep)
		if len(steps) < 3 {
			continue
		}
		if k >= 5 && !inSet(homeSteps, labelOf(lowerText(steps[0]))) {
			continue // " / " and " | " also part other lists
		}
		short := true
		for _, s := range steps {
			if n := len(strings.Fields(s)); n == 0 || n > 8 {
				short = false
				break
			}
		}
		if short {
			return DropNavigation, true
		}
	}
	return "", false
}

// mayHoldCrumbs reports whether text holds the start of one of
// crumbSeparators: a space, then '>', '/', '|', or the first byte of '›'
// or '»'.
func mayHoldCrumbs(text string) bool {
	for i := strings.IndexByte(text, ' '); i >= 0 && i+1 < len(text); {
		switch text[i+1] {
		case '>', '/', '|', 0xE2, 0xC2: // '›' opens with 0xE2, '»' with 0xC2
			return true
		}
		j := strings.IndexByte(text[i+1:], ' ')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// webMarks are what a line holding a web address must hold.
var webMarks = []string{"http", "www."}

// ruleLinkList drops a line made mostly of web addresses, a dump's row of
// links: "Listen: http://po.st/a Download: http://po.st/b iTunes: …". Two
// addresses or more, at least two words in five.
func ruleLinkList(u *unit) (Reason, bool) {
	if u.f.runes > 400 || !u.hits.has(plWebMark) {
		return "", false
	}
	links, words := 0, 0
	for _, w := range strings.Fields(u.text) {
		words++
		if isWebAddress(w) {
			links++
		}
	}
	if links >= 2 && links*5 >= words*2 {
		return DropNavigation, true
	}
	return "", false
}
