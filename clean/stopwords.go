package clean

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed stoplists/*.txt
var stoplistFS embed.FS

// languageCodes maps the stop-list names to ISO 639-1 codes, where one
// exists.
var languageCodes = map[string]string{
	"Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Aragonese": "an", "Armenian": "hy",
	"Asturian": "ast", "Azerbaijani": "az", "Basque": "eu", "Belarusian": "be",
	"Belarusian_Taraskievica": "be", "Bengali": "bn", "Bosnian": "bs", "Breton": "br",
	"Bulgarian": "bg", "Catalan": "ca", "Cebuano": "ceb", "Chuvash": "cv", "Croatian": "hr",
	"Czech": "cs", "Danish": "da", "Dutch": "nl", "English": "en", "Esperanto": "eo",
	"Estonian": "et", "Finnish": "fi", "French": "fr", "Galician": "gl", "Georgian": "ka",
	"German": "de", "Greek": "el", "Gujarati": "gu", "Haitian": "ht", "Hebrew": "he",
	"Hindi": "hi", "Hungarian": "hu", "Icelandic": "is", "Ido": "io", "Igbo": "ig",
	"Indonesian": "id", "Irish": "ga", "Italian": "it", "Javanese": "jv", "Kannada": "kn",
	"Kazakh": "kk", "Korean": "ko", "Kurdish": "ku", "Kyrgyz": "ky", "Latin": "la",
	"Latvian": "lv", "Lithuanian": "lt", "Luxembourgish": "lb", "Macedonian": "mk",
	"Malay": "ms", "Malayalam": "ml", "Maltese": "mt", "Marathi": "mr", "Nepali": "ne",
	"Norwegian_Bokmal": "nb", "Norwegian_Nynorsk": "nn", "Occitan": "oc", "Persian": "fa",
	"Polish": "pl", "Portuguese": "pt", "Quechua": "qu", "Romanian": "ro", "Russian": "ru",
	"Serbian": "sr", "Serbo_Croatian": "sh", "Simple_English": "en", "Slovak": "sk",
	"Slovenian": "sl", "Spanish": "es", "Sundanese": "su", "Swahili": "sw", "Swedish": "sv",
	"Tagalog": "tl", "Tamil": "ta", "Telugu": "te", "Turkish": "tr", "Turkmen": "tk",
	"Ukrainian": "uk", "Urdu": "ur", "Uzbek": "uz", "Vietnamese": "vi", "Volapuk": "vo",
	"Walloon": "wa", "Welsh": "cy", "West_Frisian": "fy", "Western_Panjabi": "pa",
	"Yoruba": "yo",
}

// langSet is a set of stop-list indexes, one bit each.
type langSet [2]uint64

func (s *langSet) add(i int)     { s[i>>6] |= 1 << (i & 63) }
func (s langSet) has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }
func (s langSet) empty() bool    { return s[0] == 0 && s[1] == 0 }

// stopwordTable holds all stop lists. Its sets pack most words into
// integers, so the garbage collector has almost nothing to scan in it.
type stopwordTable struct {
	names  []string          // stop-list names, by index
	files  []string          // by index: each list's embedded file
	lazy   []lazyWordSet     // by index: each list's lower-cased words, for measure (see set)
	topSet *wordSet[langSet] // the commonest words of each list, with the lists that have them, for pageLanguage
}

// lengthSet is a set of byte lengths, one bit each; lengths of 63 and more
// share the last bit. A word whose length is not in its list's set cannot
// be in the list, which spares most map look-ups.
type lengthSet uint64

// add puts length n in the set.
func (s *lengthSet) add(n int) { *s |= 1 << min(n, 63) }

// has reports whether length n may be in the set.
func (s lengthSet) has(n int) bool { return s&(1<<min(n, 63)) != 0 }

// topWords is how many of each list's first (commonest) words detect the
// language.
const topWords = 100

var (
	stopwordsOnce sync.Once
	stopwords     *stopwordTable
)

// loadStopwords returns the stop-word table, building it on first use. It
// reads only each list's commonest words, for language detection; a
// language's whole list is read the first time a page in it is measured
// (set), so a batch in a few languages never pays for the hundred others.
// The table is safe for concurrent use.
func loadStopwords() *stopwordTable {
	stopwordsOnce.Do(func() {
		t := &stopwordTable{}
		top := make(map[string]langSet, 8000)
		entries, _ := stoplistFS.ReadDir("stoplists")
		for _, e := range entries {
			if len(t.names) >= 128 {
				break
			}
			idx := len(t.names)
			t.names = append(t.names, strings.TrimSuffix(e.Name(), ".txt"))
			t.files = append(t.files, "stoplists/"+e.Name())
			n := 0
			readStoplist(t.files[idx], func(w string) bool {
				ts := top[w]
				ts.add(idx)
				top[w] = ts
				n++
				return n < topWords
			})
		}
		t.lazy = make([]lazyWordSet, len(t.names))
		t.topSet = newWordSet(top)
		stopwords = t
	})
	return stopwords
}

// lazyWordSet is a stop list's set, built on first use.
type lazyWordSet struct {
	once sync.Once
	set  *wordSet[struct{}]
}

// set returns the whole stop list i as a set, reading it on first use.
func (t *stopwordTable) set(i int) *wordSet[struct{}] {
	l := &t.lazy[i]
	l.once.Do(func() {
		list := make(map[string]struct{}, 512)
		readStoplist(t.files[i], func(w string) bool {
			list[w] = struct{}{}
			return true
		})
		l.set = newWordSet(list)
	})
	return l.set
}

// readStoplist calls fn with each lower-cased word of the embedded stop
// list at name, in order, while fn returns true.
func readStoplist(name string, fn func(string) bool) {
	f, err := stoplistFS.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.ToLower(strings.TrimSpace(sc.Text())); w != "" && !fn(w) {
			return
		}
	}
}

// code returns the ISO 639-1 code of stop list i, or "" when unknown.
func (t *stopwordTable) code(i int) string {
	if i < 0 || i >= len(t.names) {
		return ""
	}
	return languageCodes[t.names[i]]
}
