package clean

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// TestHTMLGolden cleans each page under testdata/html and compares its
// Markdown (links, images and front matter on) and its plain text with the
// golden files beside it. Run with -update to rewrite them.
func TestHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no golden pages: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := CleanBytes(data, Options{})
			if err != nil {
				t.Fatalf("CleanBytes: %v", err)
			}
			if doc.Kind != KindHTML {
				t.Fatalf("kind = %v, want html", doc.Kind)
			}
			outputs := map[string]string{
				".md":  doc.Markdown(MarkdownOptions{FrontMatter: true, Links: true, Images: true}),
				".txt": doc.Text(),
			}
			for ext, got := range outputs {
				golden := strings.TrimSuffix(page, ".html") + ext
				if *update {
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from %s:\n--- got\n%s\n--- want\n%s", ext, golden, got, want)
				}
			}
		})
	}
}

// para is a paragraph long enough to score as article text.
func para(topic string) string {
	return "<p>" + topic + ", said the report, is a matter that the council discussed at length on Tuesday, with residents, officials and experts taking turns to speak.</p>"
}

// TestHTMLTraps covers the traps of content selection: class words are
// words, an article split across containers stays whole, a short article is
// found, hidden elements go.
func TestHTMLTraps(t *testing.T) {
	tests := []struct {
		name      string
		html      string
		want      []string
		forbidden []string
	}{
		{
			name: "shadow is not ad",
			html: `<html><body><div class="box-shadow"><h1>Harbour plans</h1>` + para("The harbour") + para("The ferry") +
				`</div><div class="ad"><p>Buy cheap flights today, limited offer, click here now to save big on fares.</p></div></body></html>`,
			want:      []string{"The harbour", "The ferry"},
			forbidden: []string{"cheap flights"},
		},
		{
			name: "camelCase class words",
			html: `<html><body><div class="articleText">` + para("The bridge") + para("The tunnel") +
				`</div><div class="relatedPosts"><p>Another story, about roads and the people who build them all over the county.</p></div></body></html>`,
			want:      []string{"The bridge", "The tunnel"},
			forbidden: []string{"Another story"},
		},
		{
			name: "split article",
			html: `<html><body><div id="wrap"><div class="part">` + para("First") + para("Second") + `</div>` +
				`<div class="promo-box"><p><a href="/s">Subscribe</a></p></div>` +
				`<div class="part">` + para("Third") + para("Fourth") + `</div></div>` +
				`<div class="footer"><p>Contact us at the town hall, open weekdays from nine to five, closed on holidays.</p></div></body></html>`,
			want:      []string{"First", "Second", "Third", "Fourth"},
			forbidden: []string{"Contact us", "Subscribe"},
		},
		{
			name: "short article",
			html: `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li><li><a href="/s">Sport</a></li></ul></nav>` +
				`<div class="content"><p>The library reopens on Monday after repairs to its roof.</p></div>` +
				`<footer><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></footer></body></html>`,
			want:      []string{"The library reopens on Monday"},
			forbidden: []string{"Imprint", "Sport"},
		},
		{
			name: "hidden elements",
			html: `<html><body><article>` + para("Visible") +
				`<p hidden>Hidden by attribute.</p><p aria-hidden="true">Hidden from readers.</p>` +
				`<p style="display: none">Hidden by style.</p><p style="visibility:hidden">Invisible.</p>` +
				`<p class="sr-only">Screen readers only.</p>` + para("Also visible") +
				`<script>var x = "script text";</script><style>p{color:red}</style><noscript>Enable JavaScript.</noscript>` +
				`<form><input value="q"><button>Search the site</button></form><iframe src="/x">frame</iframe></article></body></html>`,
			want:      []string{"Visible", "Also visible"},
			forbidden: []string{"Hidden", "Invisible", "Screen readers", "script text", "color:red", "Enable JavaScript", "Search the site", "frame"},
		},
		{
			name: "figure caption that repeats the alt text",
			html: `<html><body><article>` + para("The bridge") +
				`<figure><img src="/b.jpg" alt="The old bridge at dawn, seen from the east bank"><figcaption>The old bridge at dawn, seen from the east bank</figcaption></figure>` +
				para("The tunnel") + `</article></body></html>`,
			want: []string{"The bridge", "The old bridge at dawn, seen from the east bank", "The tunnel"},
		},
		{
			name: "author bio at the end",
			html: `<html><head><meta name="author" content="Jane Roe"></head><body><article>` + para("The bridge") + para("The tunnel") +
				`<div class="about"><p>Jane is a reporter who has covered the county's roads and bridges since 2009.</p></div></article></body></html>`,
			want:      []string{"The bridge", "The tunnel"},
			forbidden: []string{"Jane is a reporter"},
		},
		{
			name: "teaser cards",
			html: `<html><body><article>` + para("The harvest") + para("The market") + `</article><div class="grid">` +
				`<div><a href="/1"><h4>Apples are back in season</h4></a><p>Growers expect a record year, and prices may fall by autumn.</p></div>` +
				`<div><a href="/2"><h4>Pears, the forgotten fruit</h4></a><p>Why the humble pear deserves a second look this winter season.</p></div>` +
				`<div><a href="/3"><h4>Plum jam in five steps</h4></a><p>A simple recipe that keeps for a year in a cool cellar or pantry.</p></div>` +
				`</div></body></html>`,
			want:      []string{"The harvest", "The market"},
			forbidden: []string{"Growers expect", "humble pear", "simple recipe"},
		},
		{
			name: "comments after the article",
			html: `<html><body><article>` + para("The vote") + para("The count") + `</article>` +
				`<section id="comments"><p>Great article, thanks for writing it, I learned a lot from it today.</p><p>I disagree with most of this, the council never listens to anyone here.</p></section></body></html>`,
			want:      []string{"The vote", "The count"},
			forbidden: []string{"Great article", "I disagree"},
		},
		{
			name: "hover card over a linked name",
			html: `<html><body><article><p>The mayor met <span><a href="/people/jane">Jane Roe</a><span class="card"><img src="/j.jpg">` +
				`<a href="/people/jane">Jane Roe</a><a href="/s/1">Other story one</a><a href="/s/2">Other story two</a></span></span>` +
				` at the harbour on Monday to discuss the plans for the new ferry terminal and its budget.</p>` + para("The ferry") + `</article></body></html>`,
			want:      []string{"The mayor met Jane Roe at the harbour", "The ferry"},
			forbidden: []string{"Other story"},
		},
		{
			name: "teaser cards",
			html: `<html><body><article>` + para("The bridge") + para("The tunnel") + `<div class="more">` +
				`<div><a href="/a"><img src="/a.jpg"></a><div><a href="/a">Bridges of the north</a></div><div>How the northern towns paid for their crossings.</div></div>` +
				`<div><a href="/b"><img src="/b.jpg"></a><div><a href="/b">Tunnels under rivers</a></div><div>The engineers who dug beneath the water.</div></div>` +
				`<div><a href="/c"><img src="/c.jpg"></a><div><a href="/c">Roads of the valley</a></div><div>A century of paving the valley floor.</div></div>` +
				`</div></article></body></html>`,
			want:      []string{"The bridge", "The tunnel"},
			forbidden: []string{"northern towns", "engineers who dug"},
		},
		{
			name: "title printed once when the h1 differs in punctuation",
			html: `<html><head><meta property="og:title" content="'Rain Is Back!': Forecast for the Week"></head><body><article>` +
				`<h1>'Rain Is Back!' Forecast for the Week</h1>` + para("The rain") + para("The wind") + `</article></body></html>`,
			want:      []string{"'Rain Is Back!' Forecast for the Week\n"},
			forbidden: []string{"'Rain Is Back!':"},
		},
		{
			name: "numbered offers with their addresses written out",
			html: `<html><body><article><h1>Offers for the nostalgic</h1>` + para("The sale") + para("The shops") +
				`<p>1) Star fighter building set with four figures<br><a href="http://amzn.to/2iJ">http://amzn.to/2iJ</a><br><img src="/1.jpg"><br>` +
				`2) Electric racing track with two cars<br><a href="http://amzn.to/2hZ">http://amzn.to/2hZ</a><br><img src="/2.jpg"><br>` +
				`3) The final cut on disc, with extras<br><a href="http://amzn.to/2hW">http://amzn.to/2hW</a></p>` + para("The end") + `</article></body></html>`,
			want: []string{"1) Star fighter building set", "2) Electric racing track", "http://amzn.to/2hZ"},
		},
		{
			name: "a sentence of names with a linked name among prose",
			html: `<html><body><article><h1>Threat case</h1>` + para("The court") + para("The police") +
				`<p>Rep. <a href="/people/jane-roe">Alexandra Oscaria-Cortesa</a> (D-N.Y.) shortly after the arrest <a href="/s/1">linked</a> the incident to Fox News host Jeanne Pirrone’s comments on Omari’s hijab.</p>` +
				para("The sentence") + para("The letter") + `</article></body></html>`,
			want: []string{"shortly after the arrest linked the incident"},
		},
		{
			name: "a list of prose that links a few words of an item",
			html: `<html><body><article><h1>Building online</h1>` + para("The website") + `<ul>` +
				`<li>You build your website in its own little corner of the internet</li>` +
				`<li>Search engines find it at the moment in time that it goes live</li>` +
				`<li>People begin to discover and use it over the following months</li>` +
				`<li><a href="/community">Your relationship with the people you attract</a> grows day by day</li></ul>` +
				para("The list") + `<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">About us</a> (new)</li><li><a href="/c">Contact</a></li></ul></nav></article></body></html>`,
			want:      []string{"Your relationship with the people you attract grows day by day"},
			forbidden: []string{"About us"},
		},
		{
			name: "a quote offered for sharing",
			html: `<html><body><article><h1>Patience</h1>` + para("The business") +
				`<a class="ctt" href="https://twitter.com/share?text=The+laws+of+physics+apply+to+online+business+just+like+offline+business.&amp;via=someone">` +
				`<span>I am here to tell you that the laws of physics apply to online business just like offline business.</span><span>Click To Tweet</span></a>` +
				para("The growth") + `<p><a href="https://twitter.com/share?url=https://example.com/a">Share this on Twitter</a></p></article></body></html>`,
			want:      []string{"I am here to tell you that the laws of physics apply"},
			forbidden: []string{"Share this on Twitter"},
		},
		{
			name: "a quote with its tweet button",
			html: `<html><body><article><h1>Patience</h1>` + para("The business") +
				`<p>Here is the thing:</p><a class="ctt" href="https://twitter.com/share?text=Every+online+business+exists+in+the+space-time+continuum.&amp;via=someone"><span class="ctt-text">Every online business exists in the space-time continuum.</span><span class="sw-ctt-btn">Click To Tweet</span></a>` +
				para("The growth") + `</article></body></html>`,
			want:      []string{"Every online business exists in the space-time continuum."},
			forbidden: []string{"Click To Tweet", "continuum.Click"},
		},
		{
			name: "a sentence ending in a no-break space after a related header",
			html: `<html><body><article><h1>Moon landers</h1><p>Related</p>` +
				`<p>NASA has recruited three commercial lunar lander ideas to join its moon program.&nbsp;</p>` +
				para("The agency") + para("The landers") + `</article></body></html>`,
			want: []string{"NASA has recruited three commercial lunar lander ideas"},
		},
		{
			name: "a short sentence that links a name",
			html: `<html><body><article><h1>The band</h1>` +
				`<p>A half century on, <a href="/music/band"><strong>The Dobbin Brothers</strong></a> are still smoking.</p>` +
				para("The tour") + para("The dates") + `<p><a href="/tickets">Tickets</a> and <a href="/dates">dates</a></p></article></body></html>`,
			want:      []string{"A half century on, The Dobbin Brothers are still smoking."},
			forbidden: []string{"Tickets and dates"},
		},
		{
			name: "a short sentence that links two names",
			html: `<html><body><article><h1>Dance show</h1>` + para("The show") +
				`<p><a href="/people/jan">Jan Van Der Bek</a> has been voted off “<a href="/tv/dance">Dancing with the Stars</a>.”</p>` +
				para("The vote") + para("The judges") + `<p><a href="/tv">TV</a> | <a href="/music">Music</a> | <a href="/film">Film</a></p></article></body></html>`,
			want:      []string{"Jan Van Der Bek has been voted off “Dancing with the Stars.”"},
			forbidden: []string{"TV | Music"},
		},
		{
			name: "a list item that is a sentence with a short link",
			html: `<html><body><article><h1>Retiring early</h1>` + para("The plan") + `<ul>` +
				`<li>Retiring early takes time and <a href="/discipline">discipline</a>.</li>` +
				`<li>Save <a href="/savings">twenty-five times</a> what you spend in a year.</li>` +
				`<li>Pay off <a href="/debt">your debts</a> before you stop working.</li></ul>` +
				para("The savings") + para("The debts") + `<ul><li><a href="/a">Markets</a> (new)</li><li><a href="/b">Pensions</a></li></ul></article></body></html>`,
			want:      []string{"Retiring early takes time and discipline."},
			forbidden: []string{"Markets (new)"},
		},
		{
			name: "a subheading that links its last words",
			html: `<html><body><article><h1>Retiring early</h1>` + para("The plan") +
				`<h3>9. Research your options for <a href="/health">health insurance</a></h3>` + para("The insurance") + para("The cost") +
				`<h3><a href="/more">More retirement stories</a></h3></article></body></html>`,
			want:      []string{"9. Research your options for health insurance"},
			forbidden: []string{"More retirement stories"},
		},
		{
			name: "a gallery of captioned slides above the article",
			html: `<html><body><article><h1>Defence talks</h1><div class="photo-gallery"><ul>` +
				`<li><img src="/1.jpg"><div class="caption">The secretary, left, and the minister shake hands in Hanoi on Wednesday, Nov. 20, 2019.</div></li>` +
				`<li><img src="/2.jpg"><div class="caption">The secretary attends a welcome ceremony at the ministry in Hanoi on Wednesday morning.</div></li>` +
				`<li><img src="/3.jpg"><div class="caption">The minister speaks during a news conference after the talks in Hanoi, Vietnam.</div></li>` +
				`</ul></div>` + para("The talks") + para("The visit") + `</article></body></html>`,
			want:      []string{"The talks", "The visit"},
			forbidden: []string{"shake hands", "welcome ceremony", "news conference"},
		},
		{
			name: "the title with the section's name in a share box",
			html: `<html><head><meta property="og:title" content="Harbour plans approved"></head><body><article><h1>Harbour plans approved</h1>` +
				para("The harbour") + para("The ferry") + `<div><p>Harbour plans approved | Local News</p><p><a href="/share">Share</a></p></div></article></body></html>`,
			forbidden: []string{"| Local News"},
		},
		{
			name: "list of linked headlines, each with its sentence",
			html: `<html><body><article><h1>Ten things in tech</h1>` + para("The morning") + `<ol>` +
				`<li><strong><a href="/a">The state attorney general is investigating the company amid layoffs</a>.</strong> The company confirmed it had been contacted.</li>` +
				`<li><strong><a href="/b">A new game is finally coming out after twelve years of waiting, but only for virtual reality</a>.</strong> The developer called it a flagship.</li>` +
				`<li><strong><a href="/c">Teens love wireless earbuds, and they are putting them on their holiday wish lists more than ever</a>.</strong> That is according to a survey.</li>` +
				`</ol>` + para("The evening") + `</article></body></html>`,
			want: []string{"attorney general", "only for virtual reality", "holiday wish lists"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHTMLText(t, tt.html, tt.want, tt.forbidden) })
	}
}

// TestEachWord checks how class and id values split into words.
func TestEachWord(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"box-shadow", "box shadow"},
		{"relatedPosts", "related posts"},
		{"ad_slot-2", "ad slot"},
		{"headAd", "head ad"},
		{"HTMLContent", "htmlcontent"},
		{"  main  ", "main"},
		{"", ""},
	}
	for _, tt := range tests {
		var got []string
		eachWord(tt.in, func(w string) bool { got = append(got, w); return true })
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("eachWord(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

// TestMarkupWeight checks which class values condemn an element.
func TestMarkupWeight(t *testing.T) {
	tests := []struct {
		class   string
		reason  Reason
		content bool
	}{
		{"box-shadow", "", false},
		{"ad-slot", DropAd, false},
		{"loading", "", false},
		{"article-comments", DropComments, true},
		{"relatedposts", DropRelated, false},
		{"post category-newsletter tag-social", "", true},
		{"commentary", "", false},
		{"mainSidebar", DropWidget, true},
		{"author-bio", DropByline, false},
		{"hst-resgallery non-grid", DropWidget, false},
		{"photoGallery", DropWidget, false},
	}
	for _, tt := range tests {
		r, _, c := markupWeight(tt.class)
		if r != tt.reason || c != tt.content {
			t.Errorf("markupWeight(%q) = %q, %v; want %q, %v", tt.class, r, c, tt.reason, tt.content)
		}
	}
}

// TestDecodeHTML builds pages in legacy encodings and checks they decode.
func TestDecodeHTML(t *testing.T) {
	const ru = "Привет, мир: новости дня"
	const ja = "こんにちは世界、今日のニュース"
	const zh = "你好世界，今天的新闻"
	const fr = "Café déjà vu à l'été"
	page := func(meta, text string) string {
		return "<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body><p>" + text + "</p></body></html>"
	}
	encode := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatalf("encoding fixture: %v", err)
		}
		return b
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"windows-1251 meta", encode(charmap.Windows1251, page(`<meta charset="windows-1251">`, ru)), ru},
		{"windows-1251 http-equiv", encode(charmap.Windows1251, page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`, ru)), ru},
		{"shift_jis", encode(japanese.ShiftJIS, page(`<meta charset="Shift_JIS">`, ja)), ja},
		{"gb18030", encode(simplifiedchinese.GB18030, page(`<meta charset="gb18030">`, zh)), zh},
		{"iso-8859-1", encode(charmap.ISO8859_1, page(`<meta charset="iso-8859-1">`, fr)), fr},
		{"iso-8859-1 undeclared", encode(charmap.ISO8859_1, page("", fr)), fr},
		{"utf-16le bom", encode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), page("", ru)), ru},
		{"utf-16be bom", encode(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), page("", ja)), ja},
		{"utf-8 bom", append([]byte("\xef\xbb\xbf"), page("", fr)...), fr},
		{"utf-8 after an ascii head", []byte(page("<!-- "+strings.Repeat("x", 2000)+" -->", fr)), fr},
		{"utf-8 declared latin-1", []byte(page(`<meta charset="iso-8859-1">`, ru)), ru},
		{"meta after 1024 bytes", encode(charmap.Windows1251, page(`<style>`+strings.Repeat(" ", 1500)+`</style><meta charset="windows-1251">`, ru)), ru},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := decodeHTML(tt.data)
			if err != nil {
				t.Fatalf("decodeHTML: %v", err)
			}
			if !bytes.Contains(got, []byte(tt.want)) {
				t.Errorf("decoded %q, want it to hold %q", got, tt.want)
			}
		})
	}
	t.Run("end to end", func(t *testing.T) {
		text := strings.Repeat(ru+", и ещё немного слов о том, что было в городе. ", 4)
		doc, err := CleanBytes(encode(charmap.Windows1251, page(`<meta charset="windows-1251">`, text)), Options{})
		if err != nil {
			t.Fatalf("CleanBytes: %v", err)
		}
		if got := doc.Text(); !strings.Contains(got, ru) {
			t.Errorf("text = %q, want it to hold %q", got, ru)
		}
	})
}

// TestHTMLMetadata checks the metadata read from head, JSON-LD and body.
func TestHTMLMetadata(t *testing.T) {
	body := `<body><article><h1>Rain expected</h1>` + para("The rain") + `</article></body></html>`
	tests := []struct {
		name string
		head string
		want Metadata
	}{
		{
			name: "title suffix and og",
			head: `<html lang="en-US"><head><title>Rain expected | Weather Daily</title><meta property="og:site_name" content="Weather Daily">` +
				`<link rel="canonical" href="https://w.example/rain"><meta name="description" content="Wet week.">` +
				`<meta property="article:published_time" content="2021-06-01T08:00:00Z"><meta name="author" content="Jo Doe"></head>`,
			want: Metadata{Title: "Rain expected", Author: "Jo Doe", Date: "2021-06-01T08:00:00Z", Lang: "en", SiteName: "Weather Daily", URL: "https://w.example/rain", Description: "Wet week."},
		},
		{
			name: "json-ld",
			head: `<html lang="de_DE"><head><title>Regen - Wetter</title><script type="application/ld+json">` +
				`{"@graph":[{"@type":"WebSite","name":"Wetter"},{"@type":"NewsArticle","headline":"Regen erwartet","author":[{"@type":"Person","name":"Eva"},{"name":"Max"}],"datePublished":"2021-06-01","publisher":{"name":"Wetter"}}]}</script></head>`,
			want: Metadata{Title: "Regen erwartet", Author: "Eva, Max", Date: "2021-06-01T00:00:00Z", Lang: "de", SiteName: "Wetter"},
		},
		{
			name: "h1 over title",
			head: `<html><head><title>Home</title></head>`,
			want: Metadata{Title: "Rain expected", Lang: "en"}, // the language guessed from the words
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := CleanBytes([]byte(tt.head+body), Options{})
			if err != nil {
				t.Fatalf("CleanBytes: %v", err)
			}
			if doc.Metadata != tt.want {
				t.Errorf("metadata = %+v\nwant       %+v", doc.Metadata, tt.want)
			}
		})
	}
}

// TestNormalizeDate checks the date forms read as RFC 3339.
func TestNormalizeDate(t *testing.T) {
	tests := map[string]string{
		"2020-02-03":                    "2020-02-03T00:00:00Z",
		"2020-02-03T10:11:12+0100":      "2020-02-03T10:11:12+01:00",
		"2020-02-03 10:11:12":           "2020-02-03T10:11:12Z",
		"Mon, 03 Feb 2020 10:11:12 GMT": "2020-02-03T10:11:12Z",
		"February 3, 2020":              "2020-02-03T00:00:00Z",
		"03.02.2020":                    "2020-02-03T00:00:00Z",
		"last Tuesday":                  "last Tuesday",
	}
	for in, want := range tests {
		if got := normalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHTMLExplain checks that every block gets a verdict, with the markup's
// reasons for what it condemned.
func TestHTMLExplain(t *testing.T) {
	page := `<html><body><nav><a href="/">Home</a></nav><article>` + para("The storm") +
		`<div class="social-share"><a href="/s">Share on Facebook</a></div>` + para("The flood") + `</article>` +
		`<div class="newsletter"><p>Get our newsletter every morning in your inbox.</p></div></body></html>`
	doc, err := CleanBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := doc.WriteExplain(&buf); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	for _, want := range []string{"drop\tnavigation\tHome", "drop\twidget\tShare on Facebook", "drop\tpromo\tGet our newsletter", "keep\tcontent\tThe storm"} {
		if !strings.Contains(got, want) {
			t.Errorf("explain lacks %q:\n%s", want, got)
		}
	}
}

// TestDetectKindMentions checks that a text dump mentioning tags stays text.
func TestDetectKindMentions(t *testing.T) {
	tests := []struct {
		in   string
		want InputKind
	}{
		{"Use the <p> tag for paragraphs and <b> for bold.\nAnother line.", KindText},
		{"Tutorial: put <html> and <body> around your page, then add a <div>.\n", KindText},
		{"<!DOCTYPE html><html><body><p>x</p></body></html>", KindHTML},
		{"\n\n  <html><head></head><body></body></html>", KindHTML},
	}
	for _, tt := range tests {
		if got := DetectKind([]byte(tt.in)); got != tt.want {
			t.Errorf("DetectKind(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestBenchPagesClean runs every benchmark page through the HTML path: no
// error, and some text out of most of them. It needs ../../shared.
func TestBenchPagesClean(t *testing.T) {
	pages := benchPages(t)
	empty := 0
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := CleanBytes(data, Options{Input: KindHTML})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if len(doc.Blocks) == 0 {
			empty++
		}
	}
	if empty*50 > len(pages) {
		t.Errorf("%d of %d pages gave no blocks", empty, len(pages))
	}
}

// TestHTMLRepeats checks that the article's own repeated blocks stay, as
// often as the page prints them, while a gallery's repeated captions go.
func TestHTMLRepeats(t *testing.T) {
	meal := func(n string) string {
		return `<h3>Meal ` + n + `</h3><p>Eat every two or three hours</p><p>Tomato salad with feta and olives, one cup of grapes and a glass of water.</p>`
	}
	far := `<p>What do you like to cook at home, and which dishes do you never make yourself?</p>`
	long := `<p>The city's cooks have long argued about the best way to make a stew: some brown the meat first, others let it simmer from cold, ` +
		`and a few swear by a night in the cellar before it is heated again. The debate fills the letters page every winter, and the editors ` +
		`have given up trying to settle it, printing each recipe as it comes.</p>`
	tests := []struct {
		name string
		html string
		text string
		want int
	}{
		{
			name: "a plan's recurring line",
			html: `<html><body><article><h1>Meal plan</h1>` + para("The plan") + meal("1") + meal("2") + meal("3") + para("The end") + `</article></body></html>`,
			text: "Eat every two or three hours",
			want: 3,
		},
		{
			name: "an interview's recurring question",
			html: `<html><body><article><h1>Cooks</h1>` + para("The first cook") + far + para("The second cook") + para("Her kitchen") +
				para("Her garden") + para("Her market") + para("Her oven") + para("Her knives") + para("Her table") + para("Her guests") +
				far + para("The last cook") + `</article></body></html>`,
			text: "What do you like to cook",
			want: 2,
		},
		{
			name: "a long paragraph printed again, for another screen",
			html: `<html><body><article><h1>Cooks</h1>` + long + para("The first cook") + para("The second cook") + para("Her kitchen") +
				para("Her garden") + para("Her market") + para("Her oven") + para("Her knives") + para("Her table") + para("Her guests") +
				long + para("The last cook") + `</article></body></html>`,
			text: "The city's cooks have long",
			want: 1,
		},
		{
			name: "a gallery's repeated caption",
			html: `<html><body><article><h1>Harbour</h1>` + para("The harbour") +
				`<figure><img src="/1.jpg"><figcaption>Boats in the harbour at dawn, photographed from the pier.</figcaption></figure>` +
				`<figure><img src="/1.jpg"><figcaption>Boats in the harbour at dawn, photographed from the pier.</figcaption></figure>` +
				para("The ferry") + `</article></body></html>`,
			text: "Boats in the harbour",
			want: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := CleanBytes([]byte(tt.html), Options{})
			if err != nil {
				t.Fatalf("CleanBytes: %v", err)
			}
			got := doc.Text()
			if n := strings.Count(got, tt.text); n != tt.want {
				t.Errorf("%q printed %d times, want %d, in:\n%s", tt.text, n, tt.want, got)
			}
		})
	}
}

// TestStripSiteSuffix checks how a page title and the article's first h1
// give the headline.
func TestStripSiteSuffix(t *testing.T) {
	tests := []struct{ title, site, h1, want string }{
		{"Rain expected | Weather Daily", "Weather Daily", "", "Rain expected"},
		{"Rain expected this week - Weather", "", "Rain expected this week", "Rain expected this week"},
		// the h1 is the site's name after the separator, not the headline
		{"September open thread - The Example Blog", "The Example Blog", "The Example Blog", "September open thread"},
		// the same words, other punctuation: the h1 is printed
		{"'We Got Her!': Video Shows Rescue", "", "'We Got Her!' Video Shows Rescue", "'We Got Her!' Video Shows Rescue"},
	}
	for _, tt := range tests {
		if got := stripSiteSuffix(tt.title, tt.site, tt.h1); got != tt.want {
			t.Errorf("stripSiteSuffix(%q, %q, %q) = %q, want %q", tt.title, tt.site, tt.h1, got, tt.want)
		}
	}
}

// TestSameWords checks the comparison of headings that differ in case and
// punctuation only.
func TestSameWords(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"'We Got Her!': Video", "'we got her!' video", true},
		{"Rain expected", "Rain expected today", false},
		{"Rain, expected.", "rain expected", true},
		{"", "", true},
		{"Übung macht", "übung Macht!", true},
		{"Rain", "", false},
	}
	for _, tt := range tests {
		if got := sameWords(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWords(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestScriptRenderedFallback checks that a page whose markup holds no
// article, its text rendered by scripts, gives the text its JSON-LD or
// description carries, and that a page with an article keeps its own.
func TestScriptRenderedFallback(t *testing.T) {
	body := "The council met on Tuesday to discuss the harbour, and residents spoke at length about the ferry.\nThe mayor promised a vote on the plans before the end of the year, after the summer recess."
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plans","articleBody":` + strconv.Quote(body) + `}</script>`
	desc := `<meta name="description" content="The council met on Tuesday to discuss the harbour plans, and residents spoke about the ferry and its timetable.">`
	tests := []struct {
		name      string
		html      string
		want      []string
		forbidden []string
	}{
		{
			name: "articleBody",
			html: `<html><head><title>Harbour plans</title>` + ld + `</head><body><div id="app"><nav><a href="/">Home</a></nav></div></body></html>`,
			want: []string{"Harbour plans\n\nThe council met on Tuesday", "\n\nThe mayor promised a vote"},
		},
		{
			name: "description",
			html: `<html><head><title>Harbour plans</title>` + desc + `</head><body><div id="app"></div></body></html>`,
			want: []string{"The council met on Tuesday to discuss the harbour plans"},
		},
		{
			name:      "the markup's article wins",
			html:      `<html><head><title>Harbour plans</title>` + ld + desc + `</head><body><article>` + para("The ferry") + para("The pier") + `</article></body></html>`,
			want:      []string{"The ferry, said the report"},
			forbidden: []string{"The council met"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHTMLText(t, tt.html, tt.want, tt.forbidden) })
	}
}

// checkHTMLText cleans an HTML page and checks that its text holds each of
// want and none of forbidden.
func checkHTMLText(t *testing.T, page string, want, forbidden []string) {
	t.Helper()
	doc, err := CleanBytes([]byte(page), Options{})
	if err != nil {
		t.Fatalf("CleanBytes: %v", err)
	}
	got := doc.Text()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
	for _, f := range forbidden {
		if strings.Contains(got, f) {
			t.Errorf("kept %q in:\n%s", f, got)
		}
	}
}
