package clean

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// article is a paragraph the classifier keeps.
const article = "The overnight service between Zurich and Vienna will run every day from next spring, the operator said on Tuesday, after a trial season in which sleeper cabins sold out weeks ahead of most departures."

// TestBinaryInputs checks that every binary signature, and control-byte
// noise, is refused as "not a page dump" naming what it looks like, in
// every input mode.
func TestBinaryInputs(t *testing.T) {
	cases := []struct {
		name, data, want string
	}{
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"},
		{"gif87", "GIF87a\x01\x00\x01\x00", "a GIF image"},
		{"gif89", "GIF89a\x01\x00\x01\x00", "a GIF image"},
		{"jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"},
		{"zip", "PK\x03\x04\x14\x00\x00\x00", "a ZIP archive"},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed data"},
		{"bzip2", "BZh91AY&SY", "bzip2-compressed data"},
		{"xz", "\xfd7zXZ\x00\x00\x04", "xz-compressed data"},
		{"zstd", "(\xb5/\xfd\x04\x00", "zstd-compressed data"},
		{"7z", "7z\xbc\xaf\x27\x1c\x00\x04", "a 7z archive"},
		{"elf", "\x7fELF\x02\x01\x01", "an ELF executable"},
		{"wav", "RIFF\x24\x00\x00\x00WAVEfmt ", "a RIFF media file"},
		{"webp", "RIFF\x24\x00\x00\x00WEBPVP8 ", "a RIFF media file"},
		{"ico", "\x00\x00\x01\x00\x01\x00", "an icon file"},
		{"woff", "wOFF\x00\x01\x00\x00", "a web font"},
		{"woff2", "wOF2\x00\x01\x00\x00", "a web font"},
		{"nul bytes", strings.Repeat("ab\x00\x00", 100), "binary data (control bytes)"},
		{"control bytes", strings.Repeat("\x01\x02\x03text ", 100), "binary data (control bytes)"},
	}
	for _, tc := range cases {
		for _, kind := range []InputKind{KindAuto, KindText, KindHTML} {
			t.Run(tc.name+"/"+kind.String(), func(t *testing.T) {
				_, err := CleanBytes([]byte(tc.data), Options{Input: kind})
				if !errors.Is(err, ErrBinary) {
					t.Fatalf("err = %v, want ErrBinary", err)
				}
				if want := "not a page dump: looks like " + tc.want; err.Error() != want {
					t.Errorf("err = %q, want %q", err, want)
				}
				_, err = Clean(strings.NewReader(tc.data), Options{Input: kind})
				if !errors.Is(err, ErrBinary) {
					t.Errorf("Clean: err = %v, want ErrBinary", err)
				}
			})
		}
	}
}

// TestNotBinary checks inputs that look a little like binary formats but are
// text: they are cleaned, not refused.
func TestNotBinary(t *testing.T) {
	cases := []struct{ name, data string }{
		{"bzh word", "BZh is how it starts.\n" + article},
		{"riff word", "RIFF raffle results\n" + article},
		{"utf-16le", utf16LE(article + "\n")},
		{"utf-16be", utf16BE(article + "\n")},
		{"a few nuls", article + "\x00\n" + article[:50] + "\x00 " + article[50:]},
		{"form feeds and escapes", article + "\f\n\x1b[1m" + article + "\x1b[0m\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := CleanBytes([]byte(tc.data), Options{})
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if !strings.Contains(doc.Text(), "sleeper cabins") {
				t.Errorf("article lost:\n%s", doc.Text())
			}
		})
	}
}

func utf16LE(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func utf16BE(s string) string {
	b := []byte{0xFE, 0xFF}
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return string(b)
}

// TestSizeLimits checks the byte and line limits, and that the error says
// what the limit is.
func TestSizeLimits(t *testing.T) {
	big := strings.Repeat(article+"\n", 10)
	cases := []struct {
		name    string
		data    string
		opts    Options
		wantErr string // "" for success
	}{
		{"under the byte limit", big, Options{MaxSize: int64(len(big))}, ""},
		{"over the byte limit", big, Options{MaxSize: int64(len(big)) - 1}, fmt.Sprintf("input too large: %d bytes, the limit is %d", len(big), len(big)-1)},
		{"no byte limit", big, Options{MaxSize: -1}, ""},
		{"over the line limit", big, Options{MaxLines: 5}, "input too large: 11 lines, the limit is 5"},
		{"CR line ends count", strings.ReplaceAll(big, "\n", "\r"), Options{MaxLines: 5}, "input too large: 11 lines, the limit is 5"},
		{"no line limit", big, Options{MaxLines: -1}, ""},
		{"default line limit", strings.Repeat("\n", DefaultMaxLines), Options{}, "input too large: 2000001 lines, the limit is 2000000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := CleanBytes([]byte(tc.data), tc.opts)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrTooLarge) || err.Error() != tc.wantErr {
				t.Fatalf("err = %v, want %q", err, tc.wantErr)
			}
		})
	}
	// Clean stops reading past the limit.
	_, err := Clean(strings.NewReader(big), Options{MaxSize: 100})
	if !errors.Is(err, ErrTooLarge) || err.Error() != "input too large: more than 100 bytes" {
		t.Fatalf("Clean: err = %v", err)
	}
}

// TestEncodings checks text dumps in broken or mixed encodings: the output
// is valid UTF-8, keeps the article's words, and reads windows-1252 bytes
// as what they meant.
func TestEncodings(t *testing.T) {
	cases := []struct {
		name string
		data string
		want []string // substrings of the output
	}{
		{"windows-1252", strings.ReplaceAll(article, "operator", "op\xe9rateur \x93quoted\x94"), []string{"opérateur “quoted”"}},
		{"mixed utf-8 and windows-1252", strings.ReplaceAll(article, "operator", "caf\xc3\xa9 and caf\xe9"), []string{"café and café"}},
		{"invalid utf-8", strings.ReplaceAll(article, "operator", "op\xc3\x28er\xf0\x28\x8c\xbcator"), []string{"sleeper cabins"}},
		{"truncated sequence at the end", article + "\xe2\x82", []string{"sleeper cabins"}},
		{"nul characters inside text", strings.ReplaceAll(article, "operator", "oper\x00ator"), []string{"operator said"}},
		{"control characters", strings.Replace(article, " ", " \x01\x1e\x7f\x1b[0m\v", 3), []string{"sleeper cabins"}},
		{"utf-8 bom", "\xef\xbb\xbf" + article, []string{"The overnight"}},
		{"bom inside utf-16", utf16LE("\ufeff" + article), []string{"The overnight"}},
		{"odd-length utf-16", utf16LE(article) + "\x00", []string{"sleeper cabins"}},
		{"crlf", strings.ReplaceAll(article+"\n"+article+" Again.\n", "\n", "\r\n"), []string{"departures.\n\nThe"}},
		{"surrogate halves", utf16LE(article) + "\x00\xd8\x41\x00", []string{"sleeper cabins"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := CleanBytes([]byte(tc.data), Options{})
			if err != nil {
				t.Fatal(err)
			}
			out := doc.Text()
			if !utf8.ValidString(out) {
				t.Fatalf("output is not UTF-8: %q", out)
			}
			if strings.ContainsRune(out, 0) {
				t.Errorf("output holds a NUL: %q", out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if w, ok := inventedWord(out, sourceOf(decodeText([]byte(tc.data)))); !ok {
				t.Errorf("output invents %q", w)
			}
			for _, r := range []func() (string, error){
				func() (string, error) { return doc.Markdown(MarkdownOptions{FrontMatter: true}), nil },
				func() (string, error) { b, err := doc.JSON(MarkdownOptions{}); return string(b), err },
				func() (string, error) { var b bytes.Buffer; err := doc.WriteExplain(&b); return b.String(), err },
			} {
				s, err := r()
				if err != nil || !utf8.ValidString(s) {
					t.Errorf("render: %v, valid UTF-8 %v", err, utf8.ValidString(s))
				}
			}
		})
	}
}

// TestLongLines checks text dumps with very long lines and many lines are
// cleaned, losing nothing of a long article line; cost is measured by
// BenchmarkHostile and scripts/hostile, not timed here.
func TestLongLines(t *testing.T) {
	long := strings.Repeat(article+" ", 2000) // 400 KB on one line
	cases := []struct {
		name, data, want string
	}{
		{"one long line", long, long[:1000]},
		{"long line among others", "Title of the page\n" + long + "\nShare\n", long[:1000]},
		{"long line without spaces", strings.Repeat("x", 1<<20) + "\n" + article, "sleeper cabins"},
		{"long run of punctuation", strings.Repeat(".,;:!?", 100000) + "\n" + article, "sleeper cabins"},
		{"long date-like line", strings.Repeat("12 March 2024, ", 20000) + "\n" + article, "sleeper cabins"},
		{"many blank lines", article + strings.Repeat("\n", 200000) + article + " Again.", "Again."},
		{"many short lines", article + strings.Repeat("\nShare", 50000) + "\n" + article + " Again.", "Again."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := CleanBytes([]byte(tc.data), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text(), tc.want) {
				t.Errorf("output lacks %.40q", tc.want)
			}
		})
	}
}

var hostileBench = flag.Bool("hostile", false, "run BenchmarkHostile and BenchmarkHostileHTML, which take minutes")

// BenchmarkHostile measures the text path on large hostile inputs; run it
// with -bench Hostile -benchmem -hostile and compare sizes to see that the
// cost grows linearly.
func BenchmarkHostile(b *testing.B) {
	if !*hostileBench {
		b.Skip("needs -hostile")
	}
	for _, mb := range []int{1, 4, 16} {
		n := mb << 20
		line := []byte(strings.Repeat(article+" ", n/len(article)+1)[:n])
		page := bytes.Repeat([]byte("Share\nTitle of a page\n"+article+"\n\n"), n/(len(article)+25)+1)[:n]
		for _, in := range []struct {
			name string
			data []byte
		}{{"line", line}, {"page", page}} {
			b.Run(in.name+"/"+strconv.Itoa(mb)+"MB", func(b *testing.B) {
				b.SetBytes(int64(n))
				for b.Loop() {
					if _, err := CleanBytes(in.data, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// hostilePages are generators of pathological inputs of about n bytes,
// shared by BenchmarkHostileHTML and TestWriteHostileInputs (which
// scripts/hostile.sh uses to measure the command's peak memory).
var hostilePages = []struct {
	name string
	gen  func(n int) []byte
}{
	// Text dumps.
	{"text-page", func(n int) []byte {
		unit := "Share\nTitle of a page\n" + article + "\n\nRead also: the next story\n"
		return fill("", unit, "", n)
	}},
	{"text-line", func(n int) []byte { return fill("", article+" ", "\n", n) }},
	// Text: a table header, one cell a line, over endless rows whose text
	// cells are too long for data: the table search reads them and fails.
	{"text-cells", func(n int) []byte {
		return fill("Pos\nName\nNote\n", "1\n"+article[:100]+"\n"+article[:90]+"\n", "", n)
	}},
	// Text: a line of letters with a word boundary at every other one,
	// and a date at its end, for the date scanners.
	{"text-letters", func(n int) []byte { return fill("", "éa", " on May 5, 2020\n", n) }},
	// HTML: elements nested as deep as the size allows (100,000 deep at
	// 1 MB), then closed. The parser refuses it: past 512 open elements
	// it gives up, and the page is refused with that error.
	{"html-nested", func(n int) []byte {
		depth := n / 11
		var b bytes.Buffer
		b.Grow(n + 64)
		b.WriteString("<!DOCTYPE html><html><body>")
		for range depth {
			b.WriteString("<div>")
		}
		b.WriteString(article)
		for range depth {
			b.WriteString("</div>")
		}
		b.WriteString("</body></html>")
		return b.Bytes()
	}},
	// HTML: runs of elements nested 500 deep (the parser refuses more than
	// 512 open elements), as many as the size allows.
	{"html-deep500", func(n int) []byte {
		unit := strings.Repeat("<div><span>", 250) + article + strings.Repeat("</span></div>", 250)
		return fill("<!DOCTYPE html><html><body>", unit, "</body></html>", n)
	}},
	// HTML: formatting tags opened and never closed, in paragraphs.
	{"html-unclosed", func(n int) []byte {
		return fill("<!DOCTYPE html><html><body>", "<p><b><i><span><a href=x>"+article[:80]+"<font><em><u>", "", n)
	}},
	// HTML: divs opened and never closed: past 512 of them the parser
	// gives up, and the page is refused with that error.
	{"html-unclosed-div", func(n int) []byte {
		return fill("<!DOCTYPE html><html><body>", "<div><p>"+article[:80], "", n)
	}},
	// HTML: one element with as many attributes as the size allows (a
	// million at 10 MB).
	{"html-attributes", func(n int) []byte {
		var b bytes.Buffer
		b.Grow(n + 64)
		b.WriteString("<!DOCTYPE html><html><body><p")
		for i := 0; b.Len() < n; i++ {
			b.WriteString(" a")
			b.WriteString(strconv.Itoa(i))
			b.WriteString("=v")
		}
		b.WriteString(">" + article + "</p></body></html>")
		return b.Bytes()
	}},
	// HTML: one giant comment, unterminated, before the article.
	{"html-comment", func(n int) []byte {
		return fill("<!DOCTYPE html><html><body><p>"+article+"</p><!-- ", "comment -- > <p>not text</p> ", "", n)
	}},
	// HTML: broken and huge entities between words.
	{"html-entities", func(n int) []byte {
		return fill("<!DOCTYPE html><html><body><p>", "caf&eacute &amp &#x; &#99999999999; &bogus; &#xD800; &#0; word&#65;&#x42 ", "</p></body></html>", n)
	}},
	// HTML: no body, a huge head.
	{"html-nobody", func(n int) []byte {
		return fill("<!DOCTYPE html><html><head><title>"+article[:60]+"</title>", "<meta name=x content=\""+article[:60]+"\"><script>var x = '<p>';</script>", "</head></html>", n)
	}},
	// HTML: a flat page of a great many small paragraphs and links.
	{"html-flat", func(n int) []byte {
		return fill("<!DOCTYPE html><html><body><article>", "<p>"+article+" <a href=\"/x\">link</a></p>\n<div class=share><a href=/s>Share</a></div>\n", "</article></body></html>", n)
	}},
}

// fill returns head, then unit repeated, then tail, about n bytes in all.
func fill(head, unit, tail string, n int) []byte {
	var b bytes.Buffer
	b.Grow(n + len(unit) + len(tail))
	b.WriteString(head)
	for b.Len()+len(tail) < n {
		b.WriteString(unit)
	}
	b.WriteString(tail)
	return b.Bytes()
}

// BenchmarkHostileHTML measures the cleaner on each pathological page at
// 1, 10 and 100 MB; the time per byte should stay about the same as the
// size grows. It takes minutes: run it alone, with -hostile
// -benchtime=1x.
func BenchmarkHostileHTML(b *testing.B) {
	if !*hostileBench {
		b.Skip("needs -hostile")
	}
	for _, pg := range hostilePages {
		for _, mb := range []int{1, 10, 100} {
			data := pg.gen(mb << 20)
			b.Run(pg.name+"/"+strconv.Itoa(mb)+"MB", func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					CleanBytes(data, Options{MaxSize: -1, MaxLines: -1})
				}
			})
		}
	}
}

var hostileOut = flag.String("hostile-out", "", "TestWriteHostileInputs: write the pathological inputs to this folder")
var hostileSizes = flag.String("hostile-sizes", "1,10,100", "TestWriteHostileInputs: sizes in MB")

// TestHostilePages cleans each pathological page at 256 kB: it is either
// refused with an error that says why, or cleaned to valid UTF-8 that
// invents no word. The large sizes are for BenchmarkHostileHTML and
// scripts/hostile.sh.
func TestHostilePages(t *testing.T) {
	for _, pg := range hostilePages {
		t.Run(pg.name, func(t *testing.T) {
			data := pg.gen(256 << 10)
			doc, err := CleanBytes(data, Options{})
			if err != nil {
				if err.Error() == "" {
					t.Fatal("an error without a message")
				}
				t.Logf("refused: %v", err)
				return
			}
			in, exact := decodeText(data), true
			if doc.Kind == KindHTML {
				in, exact = htmlInputText(data)
			}
			checkOutput(t, "text", doc.Text(), in, !exact)
			checkOutput(t, "markdown", doc.Markdown(MarkdownOptions{Links: true, Images: true}), in, !exact)
			checkDocument(t, doc, in, !exact)
		})
	}
}

// TestWriteHostileInputs writes the pathological inputs, at each size, to
// the folder -hostile-out names, for scripts/hostile.sh.
func TestWriteHostileInputs(t *testing.T) {
	if *hostileOut == "" {
		t.Skip("no -hostile-out folder")
	}
	for _, s := range strings.Split(*hostileSizes, ",") {
		mb, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, pg := range hostilePages {
			ext := ".html"
			if strings.HasPrefix(pg.name, "text-") {
				ext = ".txt"
			}
			name := filepath.Join(*hostileOut, pg.name+"-"+s+"MB"+ext)
			if err := os.WriteFile(name, pg.gen(mb<<20), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestHTMLEncodings checks pages whose charset label is wrong, missing,
// unknown or contradicted: the output is valid UTF-8 and keeps the article.
func TestHTMLEncodings(t *testing.T) {
	page := func(head, body string) string {
		return "<!DOCTYPE html><html><head>" + head + "<title>Night trains</title></head><body><article><p>" + body + "</p><p>" + article + "</p></article></body></html>"
	}
	cases := []struct{ name, data, want string }{
		{"utf-8 label, windows-1252 bytes", page(`<meta charset="utf-8">`, "Caf\xe9 cr\xe8me \x93quoted\x94 "+article), "Café crème “quoted”"},
		{"windows-1251 label, utf-8 bytes", page(`<meta charset="windows-1251">`, "Привет мир. "+article), "Привет мир."},
		{"latin-1 label, windows-1252 quotes", page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, "\x93quoted\x94 \x85 "+article), "sleeper cabins"},
		{"no label, mixed bytes", page("", "caf\xc3\xa9 and caf\xe9 "+article), "sleeper cabins"},
		{"unknown label", page(`<meta charset="x-bogus-8">`, article), "sleeper cabins"},
		{"two labels", page(`<meta charset="utf-8"><meta charset="shift_jis">`, article), "sleeper cabins"},
		{"utf-16 with a bom", utf16LE(page("", article)), "sleeper cabins"},
		{"utf-16 label, utf-8 bytes", page(`<meta charset="utf-16">`, article), "sleeper cabins"},
		{"invalid utf-8 and nuls", page(`<meta charset="utf-8">`, "bad \xc3\x28 \xf0\x28\x8c\xbc nul\x00 "+article), "sleeper cabins"},
		{"broken entities", page("", "&amp &#x; &#99999999999; &bogus; &#xD800; &#0; caf&eacute "+article), "sleeper cabins"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := CleanBytes([]byte(tc.data), Options{Input: KindHTML})
			if err != nil {
				if strings.Contains(err.Error(), "not supported") {
					t.Skip("no HTML extractor in this build")
				}
				t.Fatal(err)
			}
			for what, out := range map[string]string{"text": doc.Text(), "markdown": doc.Markdown(MarkdownOptions{FrontMatter: true, Links: true, Images: true})} {
				if !utf8.ValidString(out) {
					t.Errorf("%s output is not UTF-8: %q", what, out)
				}
				if strings.ContainsRune(out, 0) {
					t.Errorf("%s output holds a NUL", what)
				}
			}
			if !strings.Contains(doc.Text(), tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, doc.Text())
			}
		})
	}
}

// TestFoldSpace checks foldSpace's shortcut against folding by fields.
func TestFoldSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\u00a0b", "é b", "a\u3000b", "a \u0085", "x\x85y", "\xffa b", "a\u2028b", "  a   b  "} {
		if got, want := foldSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
