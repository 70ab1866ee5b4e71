package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// unitsOf makes one unit per line of text, as a text dump does.
func unitsOf(text string) []unit {
	var units []unit
	for i, l := range strings.Split(text, "\n") {
		units = append(units, unit{line: i + 1, text: foldSpace(l)})
	}
	return units
}

// languageSamples are a few lines of news prose in each language, with a
// line of page chrome among them.
var languageSamples = []struct {
	code string
	text string
}{
	{"id", `Beranda
Pemerintah akan menggelar operasi pasar di lebih dari tiga ribu titik di seluruh Indonesia menjelang bulan Ramadan.
Menurut para pedagang, pasokan beras dari sentra produksi berkurang karena panen raya yang mundur akibat musim hujan.
Kepala badan pangan meminta masyarakat tidak panik dan tidak membeli beras dalam jumlah yang berlebihan.`},
	{"en", `Home
The first commercial offshore wind farm in federal waters began delivering electricity to the grid on Tuesday.
State officials called it a milestone for an industry that has struggled with rising costs and canceled contracts.
Some fishermen still worry that the turbines will disturb the grounds they have worked for generations.`},
	{"de", `Startseite
Die Gewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen, teilte sie am Dienstag in Frankfurt mit.
Reisende sollten ihre Fahrten nach Möglichkeit verschieben, bereits gekaufte Tickets behalten ihre Gültigkeit.
Auch in der Politik wächst der Unmut über die wiederholten Arbeitskämpfe bei der Bahn.`},
	{"es", `Portada
El Gobierno catalán ha confirmado que los primeros barcos cisterna llegarán al puerto de Barcelona a finales de mes.
Los embalses que abastecen a seis millones de personas se encuentran en su nivel más bajo desde que existen registros.
Los alcaldes de varias comarcas han criticado que las medidas se decidieran sin consultarles.`},
	{"fr", `Accueil
Le gouvernement a annoncé mardi une nouvelle aide pour les agriculteurs touchés par la sécheresse dans le sud du pays.
Selon le ministre, les premiers versements seront effectués avant la fin du mois pour les exploitations les plus fragiles.
Les syndicats estiment toutefois que ces mesures restent insuffisantes face à la crise.`},
	{"pl", `Strona główna
Rząd zapowiedział we wtorek nowe wsparcie dla rolników, którzy ucierpieli z powodu suszy na południu kraju.
Według ministra pierwsze wypłaty trafią do gospodarstw jeszcze przed końcem miesiąca.
Związkowcy uważają jednak, że te działania są niewystarczające i zapowiadają kolejne protesty.`},
	{"ru", `Главная
Власти Иркутской области запретили выезд автомобилей на лёд Байкала в южной части озера.
Решение приняли после того, как дневная температура несколько дней подряд держалась выше нуля.
Представители туристических компаний говорят, что запрет ударит по небольшому бизнесу в прибрежных посёлках.`},
	{"ja", `ホーム
気象庁は12日、東京都心で桜が開花したと発表した。平年より5日早く、昨年より2日遅い開花となった。
今年は2月に気温の高い日が続いたため、つぼみの生育が早く進んだ。満開は1週間ほど後になる見込みだ。
上野公園や目黒川沿いなどの名所では、週末にかけて多くの花見客が訪れるとみられる。`},
	{"zh", `首页
国家统计局周二公布的数据显示，今年前两个月全国规模以上工业增加值同比增长百分之七。
分析人士认为，出口回暖和基础设施投资加快是推动经济增长的主要因素。
不过，房地产市场仍然低迷，消费需求恢复的速度也慢于预期。`},
	{"ar", `الرئيسية
افتتحت الحكومة المغربية اليوم توسعة جديدة لمجمع نور للطاقة الشمسية قرب مدينة ورزازات جنوب البلاد.
وقالت الوزيرة خلال حفل الافتتاح إن المشروع يقرب المملكة من هدفها في إنتاج الكهرباء من مصادر متجددة.
ويواجه المشروع انتقادات من بعض الخبراء بسبب استهلاكه الكبير للمياه في منطقة تعاني من الجفاف.`},
}

func TestPageLanguage(t *testing.T) {
	tbl := loadStopwords()
	for _, s := range languageSamples {
		idx, code := pageLanguage(unitsOf(s.text), tbl)
		if code != s.code {
			name := "none"
			if idx >= 0 {
				name = tbl.names[idx]
			}
			t.Errorf("pageLanguage(%s sample) = %q (stop list %s), want %q", s.code, code, name, s.code)
			continue
		}
		// Scripts without spaces have no stop list; the others must
		// count stop words with their own language's list.
		switch s.code {
		case "ja", "zh":
			if idx != -1 {
				t.Errorf("pageLanguage(%s sample): stop list %d, want none (-1)", s.code, idx)
			}
		default:
			if tbl.code(idx) != s.code {
				t.Errorf("pageLanguage(%s sample): stop list %d (%s), want the %s list", s.code, idx, tbl.code(idx), s.code)
			}
		}
	}
}

func TestPageLanguageOfDumps(t *testing.T) {
	tbl := loadStopwords()
	for _, tc := range multilingualCases {
		data, err := os.ReadFile(filepath.Join(textDir, tc.name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if _, code := pageLanguage(unitsOf(decodeText(data)), tbl); code != tc.lang {
			t.Errorf("pageLanguage(%s.txt) = %q, want %q", tc.name, code, tc.lang)
		}
	}
}

func TestPageLanguageUnknown(t *testing.T) {
	tbl := loadStopwords()
	for _, text := range []string{
		"",
		"Home\nMenu\nLogin", // nothing long enough to judge
		"1234567890 1234567890 1234567890 1234567890", // no words
	} {
		if idx, code := pageLanguage(unitsOf(text), tbl); code != "" || idx != -1 {
			t.Errorf("pageLanguage(%q) = %d, %q, want -1, \"\"", text, idx, code)
		}
	}
}

// TestScriptOfMatchesUnicode checks scriptOf's fast ranges against
// Unicode's script tables, for every rune.
func TestScriptOfMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := scriptOther
		switch {
		case unicode.Is(unicode.Han, r):
			want = scriptHan
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			want = scriptKana
		case unicode.Is(unicode.Thai, r):
			want = scriptThai
		case unicode.Is(unicode.Hangul, r):
			want = scriptHangul
		}
		if got := scriptOf(r); got != want {
			t.Fatalf("scriptOf(%U) = %d, want %d", r, got, want)
		}
	}
}

// TestMeasureCountsLongWords checks measure's packed per-word counts on
// words short and too long for the packed fields.
func TestMeasureCountsLongWords(t *testing.T) {
	for _, n := range []int{1, 7, 8, 9, 1<<21 - 1, 1 << 21, 3 << 20} {
		w := strings.Repeat("Ab", n/2+1)[:n] // letters fill a field first
		f := measure(w+" x", nil, -1)
		upper, letters, digits := 0, 0, 0
		for _, c := range w + " x" {
			switch {
			case c >= 'A' && c <= 'Z':
				upper++
				letters++
			case c >= 'a' && c <= 'z':
				letters++
			case c >= '0' && c <= '9':
				digits++
			}
		}
		if int(f.upper) != upper || int(f.letters) != letters || int(f.digits) != digits || f.words != 2 || int(f.runes) != n+2 {
			t.Errorf("word of %d bytes: upper %d letters %d digits %d words %d runes %d, want %d %d %d 2 %d",
				n, f.upper, f.letters, f.digits, f.words, f.runes, upper, letters, digits, n+2)
		}
	}
}
