package clean

import (
	"strings"
	"testing"
)

// TestCreditStart checks where a caption's credit starts.
func TestCreditStart(t *testing.T) {
	tests := []struct{ text, want string }{
		{"A man loads trims into his truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)", "A man loads trims into his truck in Hialeah, Fla."},
		{"Protesters do not want Hong Kong to lose its autonomy (Image: GETTY )", "Protesters do not want Hong Kong to lose its autonomy"},
		{"A reference module compared to its equivalent. Credit: ESA", "A reference module compared to its equivalent."},
		{"Der Roll-Out der zweiten F13. Foto: Junkers Flugzeugwerke AG", "Der Roll-Out der zweiten F13."},
		{"Traders work on the floor in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid", "Traders work on the floor in New York, U.S., November 18, 2019."},
		{"Rep. Jane Roe speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file", "Rep. Jane Roe speaks at the Capitol on July 25, 2019."},
		{"Kämpfte sich nach Augusta: Lee Elder. | © Andy Lyons /Allsport", "Kämpfte sich nach Augusta: Lee Elder."},
		{"Oberflächenreif in einem Nordhang bei Panex (VD), 922 m (Foto: V. Berret, 19.01.2022).", "Oberflächenreif in einem Nordhang bei Panex (VD), 922 m"},
		{"Saksan liittokansleri keskusteli Berliinissä. Kuva: ALEXANDER BECHER", "Saksan liittokansleri keskusteli Berliinissä."},
		{"Der Hirschkäfer (Lucanus cervus). Foto © Jörg Gemsch", "Der Hirschkäfer (Lucanus cervus)."},
		{"Credit...Anna Moneymaker/The New York Times", ""},
		{"Photo: Getty Images", ""},
		// no credit
		{"Image: Jose Mourinho, left, has replaced Mauricio Pochettino as manager of Tottenham", "-"},
		{"The rover drives 24/7 across the plain", "-"},
		{"Rep. Jane Roe (D-N.Y.)", "-"},
		{"A photo of the harbour at dawn.", "-"},
		{"©5 Minuten Dank Filana müsst ihr euch um nichts kümmern!", "-"},
		{"Staff photographed by the river", "-"},
	}
	checkCuts(t, "creditStart", creditStart, tests)
}

// TestParagraphCredit checks the credits cut from a paragraph, which must
// name themselves or be set apart.
func TestParagraphCredit(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Protesters do not want Hong Kong to lose its autonomy (Image: GETTY )", "Protesters do not want Hong Kong to lose its autonomy"},
		{"Das Hermelin ist im Winter gut getarnt.  (jdoe / iStock.com)", "Das Hermelin ist im Winter gut getarnt."},
		{"Lee Elder war der Zuschauermagnet. | © Augusta National/Getty Images", "Lee Elder war der Zuschauermagnet."},
		{"Crédits photos : Bestimage", ""},
		// no credit
		{"The order covers the rail and/or the road (and/or)", "-"},
		{"The council met on Tuesday (see below).", "-"},
		{"© 2019 Example Media. All rights reserved.", "-"},
	}
	checkCuts(t, "paragraphCredit", paragraphCredit, tests)
}

// TestCaptionCredits checks that a caption keeps its text and loses its
// credit, and that a caption of credit alone goes.
func TestCaptionCredits(t *testing.T) {
	page := `<html><body><article><h1>Harbour</h1>` + para("The harbour") +
		`<figure><img src="/1.jpg" alt="Boats at dawn"><figcaption>Boats in the harbour at dawn. <span>Photo: Jane Doe/Harbour Press</span></figcaption></figure>` +
		para("The ferry") + `<p>The ferry leaves at noon (Image: Getty)</p>` +
		`<figure><img src="/2.jpg"><figcaption>Credit: Getty Images</figcaption></figure>` + para("The pier") +
		`<figure><img src="/3.jpg" alt="The pier. © Jane Doe/Harbour Press">` +
		`<figcaption>The pier at night, lit for the festival. © Jane Doe/Harbour Press</figcaption></figure>` + para("The end") + `</article></body></html>`
	for _, drop := range []bool{false, true} {
		doc, err := CleanBytes([]byte(page), Options{DropCaptions: drop})
		if err != nil {
			t.Fatal(err)
		}
		got := doc.Text()
		for _, f := range []string{"Jane Doe", "Harbour Press", "Getty"} {
			if strings.Contains(got, f) {
				t.Errorf("captions dropped %v: kept %q in:\n%s", drop, f, got)
			}
		}
		for _, w := range []string{"Boats in the harbour at dawn.", "The ferry leaves at noon", "The pier at night, lit for the festival."} {
			if strings.Contains(got, w) == drop {
				t.Errorf("captions dropped %v: %q kept %v in:\n%s", drop, w, !drop, got)
			}
		}
	}
}

// checkCuts checks a function that returns where a credit starts in a text
// (or -1): want is the text it keeps, or "-" when there is no credit.
func checkCuts(t *testing.T, name string, cut func(string) int, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		got := "-"
		if n := cut(tt.text); n >= 0 {
			got = tt.text[:n]
		}
		if got != tt.want {
			t.Errorf("%s(%q) keeps %q, want %q", name, tt.text, got, tt.want)
		}
	}
}
