package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// classWords maps the words of class and id attributes that mark a block as
// boilerplate to the reason it is dropped for. A word is matched whole:
// "shadow" is not "ad", and "headAd" or "ad-slot" hold the word "ad".
var classWords = map[string]Reason{
	"ad": DropAd, "ads": DropAd, "adv": DropAd, "advert": DropAd, "adverts": DropAd,
	"advertisement": DropAd, "advertising": DropAd, "adsbygoogle": DropAd, "adslot": DropAd,
	"adunit": DropAd, "adcontainer": DropAd, "dfp": DropAd, "gpt": DropAd, "sponsor": DropAd,
	"sponsored": DropAd, "outbrain": DropAd, "taboola": DropAd, "commercial": DropAd,
	"anzeige": DropAd, "werbung": DropAd, "publicidad": DropAd, "banner": DropAd,

	"share": DropWidget, "sharing": DropWidget, "sharer": DropWidget, "shares": DropWidget,
	"social": DropWidget, "addthis": DropWidget, "shariff": DropWidget, "sharethis": DropWidget,
	"toolbar": DropWidget, "widget": DropWidget, "widgets": DropWidget, "sidebar": DropWidget,
	"aside": DropWidget, "bookmark": DropWidget, "follow": DropWidget,

	"related": DropRelated, "recommended": DropRelated, "recommendations": DropRelated,
	"recommendation": DropRelated, "trending": DropRelated, "popular": DropRelated,
	"mostread": DropRelated, "readmore": DropRelated, "teaser": DropRelated, "teasers": DropRelated,
	"promo": DropPromo, "promotion": DropPromo, "newsletter": DropPromo, "subscribe": DropPromo,
	"subscription": DropPromo, "signup": DropPromo, "login": DropPromo, "signin": DropPromo,
	"register": DropPromo, "paywall": DropNotice, "cookie": DropNotice, "cookies": DropNotice,
	"consent": DropNotice, "gdpr": DropNotice, "modal": DropNotice, "popup": DropNotice,
	"overlay": DropNotice,

	"comment": DropComments, "comments": DropComments, "disqus": DropComments,
	"respond": DropComments, "discussion": DropComments, "replies": DropComments,

	"nav": DropNavigation, "navbar": DropNavigation, "navigation": DropNavigation,
	"menu": DropNavigation, "breadcrumb": DropNavigation, "breadcrumbs": DropNavigation,
	"pagination": DropNavigation, "pager": DropNavigation, "skip": DropNavigation,
	"masthead": DropNavigation, "topbar": DropNavigation,

	"footer": DropFooter, "copyright": DropFooter, "colophon": DropFooter,
	"tags": DropTags, "taglist": DropTags, "tagcloud": DropTags, "keywords": DropTags,
	"categories": DropTags, "topics": DropTags,
	"byline": DropByline, "dateline": DropByline, "author": DropByline, "authors": DropByline,
	"meta": DropByline, "date": DropByline, "timestamp": DropByline,
	"slideshow": DropWidget, "gallery": DropWidget, "carousel": DropWidget, "slider": DropWidget, "lightbox": DropWidget,
	"bio": DropByline, "biography": DropByline, "authorbox": DropByline,
	"credit": DropByline, "credits": DropByline, "photographer": DropByline,
	"rating": DropCounter, "votes": DropCounter, "likes": DropCounter,
}

// boilerplateStems are long word stems matched inside compound words
// ("relatedposts", "mainsidebar"): long enough not to hide in other words.
var boilerplateStems = []struct {
	stem   string
	reason Reason
}{
	{"related", DropRelated}, {"comment", DropComments}, {"sidebar", DropWidget},
	{"newsletter", DropPromo}, {"advert", DropAd}, {"sponsor", DropAd}, {"cookie", DropNotice},
	{"social", DropWidget}, {"breadcrumb", DropNavigation}, {"footer", DropFooter},
	{"subscri", DropPromo}, {"recommend", DropRelated}, {"outbrain", DropAd},
	{"taboola", DropAd}, {"disqus", DropComments}, {"widget", DropWidget},
	{"gallery", DropWidget}, {"navigation", DropNavigation}, {"sharing", DropWidget}, {"sharebar", DropWidget}, {"credit", DropByline},
}

// stemReason finds a boilerplate stem inside a word.
func stemReason(w string) (Reason, bool) {
	if len(w) < 6 || strings.HasPrefix(w, "commentary") {
		return "", false
	}
	for _, s := range boilerplateStems {
		if strings.Contains(w, s.stem) {
			return s.reason, true
		}
	}
	return "", false
}

// strongWords are the boilerplate words that even a class with a content
// word cannot save: "article-comments" is comments.
var strongWords = map[string]bool{
	"comments": true, "comment": true, "related": true,
	"newsletter": true, "cookie": true, "consent": true, "ad": true, "ads": true,
	"advertisement": true, "sponsored": true, "outbrain": true, "taboola": true, "recommended": true,
	"disqus": true, "breadcrumb": true, "breadcrumbs": true,
	"bio": true, "biography": true, "authorbox": true, "credit": true, "credits": true,
}

// contentWords are class and id words that mark the article's container.
var contentWords = map[string]bool{
	"article": true, "content": true, "entry": true, "post": true, "story": true, "body": true,
	"main": true, "text": true, "hentry": true, "prose": true, "blog": true, "richtext": true,
	"embed": true, "articlebody": true, "postbody": true, "storybody": true,
}

// hiddenClasses are whole class names that hide an element on every screen.
var hiddenClasses = map[string]bool{
	"hidden": true, "hide": true, "sr-only": true, "visually-hidden": true, "visuallyhidden": true,
	"screen-reader-text": true, "d-none": true, "invisible": true, "is-hidden": true,
	"off-screen": true, "offscreen": true, "screen-reader-only": true,
	"screenreader-only": true, "u-visually-hidden": true, "is-visually-hidden": true, "assistive-text": true,
	"a11y-hidden": true,
	// shown on paper only
	"print-header": true, "print-footer": true,
	"visible-print": true, "visible-print-block": true, "show-for-print": true,
}

// eachWord calls fn with every word of a class or id value, lower-cased:
// the value is split on every character that is not a letter, and between
// a lower-case letter and an upper-case one ("relatedPosts" is "related",
// "posts"). It stops when fn returns false.
func eachWord(s string, fn func(w string) bool) {
	start := -1
	var prev rune
	flush := func(end int) bool {
		if start < 0 {
			return true
		}
		w := s[start:end]
		start = -1
		if hasASCIIUpper(w) {
			w = strings.ToLower(w)
		}
		return fn(w)
	}
	for i, r := range s {
		letter := r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') || r >= utf8.RuneSelf && unicode.IsLetter(r)
		switch {
		case !letter:
			if !flush(i) {
				return
			}
		case start < 0:
			start = i
		case 'A' <= r && r <= 'Z' && 'a' <= prev && prev <= 'z':
			if !flush(i) {
				return
			}
			start = i
		}
		prev = r
	}
	flush(len(s))
}

// hasASCIIUpper reports whether s has an ASCII upper-case letter.
func hasASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// markupWeight reads the class and id values of an element: the boilerplate
// reason their words name ("" for none), whether that reason comes from a
// strong word, and whether a content word is there too.
func markupWeight(values ...string) (reason Reason, strong, content bool) {
	for _, v := range values {
		if v == "" {
			continue
		}
		if strings.Contains(v, "-") {
			v = dropTaxonomyClasses(v)
		}
		eachWord(v, func(w string) bool {
			r, ok := classWords[w]
			if !ok {
				r, ok = stemReason(w)
				if ok && reason == "" {
					reason = r
				}
				ok = false
			}
			if ok {
				if strongWords[w] {
					if !strong {
						reason, strong = r, true
					}
				} else if reason == "" {
					reason = r
				}
			}
			if contentWords[w] {
				content = true
			}
			return true
		})
	}
	return reason, strong, content
}

// hasHiddenClass reports whether a class value holds a class that hides the
// element.
func hasHiddenClass(class string) bool {
	for _, c := range strings.Fields(class) {
		if hiddenClasses[strings.ToLower(c)] {
			return true
		}
	}
	return false
}

// taxonomyPrefixes start class names that name a post's categories and tags
// ("category-newsletter", "tag-social"): they say what the post is about,
// not what the element is.
var taxonomyPrefixes = []string{"category-", "tag-", "tags-", "cat-", "topic-", "topics-", "post_tag-", "rubrik-", "kategorie-"}

// dropTaxonomyClasses removes taxonomy class names from a class value.
func dropTaxonomyClasses(v string) string {
	fields := strings.Fields(v)
	out := fields[:0]
	for _, f := range fields {
		taxonomy := false
		for _, p := range taxonomyPrefixes {
			if len(f) > len(p) && strings.EqualFold(f[:len(p)], p) {
				taxonomy = true
				break
			}
		}
		if !taxonomy {
			out = append(out, f)
		}
	}
	return strings.Join(out, " ")
}

// isCaptionClass reports whether a class value names a photo caption
// ("caption", "wp-caption-text", "imageCaption").
func isCaptionClass(class string) bool {
	found := false
	eachWord(class, func(w string) bool {
		if strings.HasSuffix(w, "caption") || w == "legend" {
			found = true
			return false
		}
		return true
	})
	return found
}
