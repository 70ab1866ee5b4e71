package clean

import (
	"strings"
	"testing"
)

// TestStorySplitByTeaserBox checks that a story whose body a long "most
// read" box interrupts is kept on both sides of the box, and the box
// dropped, including its last headline, which no rule condemns.
func TestStorySplitByTeaserBox(t *testing.T) {
	before := []string{
		"A hunter who killed and ate a wild rabbit in the north of the country has been taken to hospital with the plague.",
		"The 55-year-old is the third resident of the capital to catch the disease this month, health officials said on Monday.",
		"Health officials said that 28 people in close contact with the hunter were quarantined to stop the disease from spreading.",
		"The man told doctors he ate the rabbit meat on a hunting trip in the first week of the month, far from the city.",
		"He was admitted to hospital on Saturday, where he has been given several kinds of antibiotics to fight the disease.",
		"The regional health authority reported its third case on Sunday after two other cases were confirmed last week.",
		"It is the most common form of the disease and can spread to the lungs if it is not treated.",
		"The news comes despite an earlier statement by health chiefs that the risk of an outbreak was low.",
		"The first two patients are still in quarantine, and dozens of their contacts were watched.",
		"The disease can kill up to nine in ten people infected if they are not treated quickly.",
	}
	box := []string{
		"Most read in world news",
		"ROYAL RUMBLE", "Prince parties in unearthed pictures despite his claims about public displays",
		"TIME TRAVELLER", "Conspiracy theorists say they have spotted a famous activist in an old picture",
		"EYE POPPING", "Bodybuilder has muscle removed after injecting oil to look bigger than he was",
		"GET WITH IT", "Furious mother demands that children's clothes have their gender labels removed",
		"WARNING", "Doctors warn about a new diet that has spread on social media this autumn",
		"DRIVEN AWAY", "Neighbours complain about a new car park that has taken over the village green",
		"Teenager falls to her death from a balcony after a night out with friends",
	}
	after := []string{
		"Authorities in the west of the country, which is close to the border, set up a quarantine to keep the disease from spreading.",
		"Tourists from many countries were stranded in the regional capital for days as a result of the quarantine.",
		"Plague is caused by a bacterium usually found in small mammals and the fleas that live on them.",
		"Those infected often develop symptoms after an incubation period of one to seven days, doctors say.",
		"Symptoms include a sudden fever, chills, head and body aches, along with weakness and vomiting.",
		"Those with the bubonic form of the disease have a thirty to sixty per cent chance of dying from it.",
		"Historically, the plague was responsible for pandemics that killed millions of people across the world.",
	}
	lines := append([]string{"Home", "World", "Health", "Hunter catches the plague after eating a wild rabbit"}, before...)
	lines = append(append(lines, box...), after...)
	lines = append(lines, "Share", "Comments", "© 2019 News Group Newspapers Ltd")
	doc, err := CleanBytes([]byte(strings.Join(lines, "\n")), Options{Input: KindText})
	if err != nil {
		t.Fatal(err)
	}
	out := doc.Text()
	for _, l := range append(append([]string(nil), before...), after...) {
		if !strings.Contains(out, l) {
			t.Errorf("lost %q", l)
		}
	}
	for _, l := range box {
		if strings.Contains(out, l) {
			t.Errorf("kept the box's %q", l)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}
