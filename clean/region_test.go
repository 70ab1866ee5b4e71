package clean

import (
	"fmt"
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
	checkDump(t, lines, append(append([]string(nil), before...), after...), box)
}

// TestFeedLinksAreNoCommentSection checks that a blog's feed links
// ("Comments feed" in the sidebar's meta widget, before the post) do not
// pass for the start of its comments, which would leave only the sidebar.
func TestFeedLinksAreNoCommentSection(t *testing.T) {
	post := []string{
		"JSON is the ubiquitous data format on the Internet, and there is a lot of it that needs to be parsed and validated every day.",
		"As we just released the latest version of our fast parser, a reader of this blog asked how it compares with the most popular library.",
		"We had not reported on benchmarks against that library because we knew that it was not designed for speed but for ease of use.",
		"Roughly speaking, our parser can parse, validate a document and build a tree at a speed of about two gigabytes a second on this machine.",
		"The popular library runs at about a tenth of a gigabyte a second on the same files, which is fast enough for its users, who read small settings files and care more about a pleasant interface.",
		"We ran both on four standard test files, from a dump of a web server's build logs to a large collection of messages, and the ratio between the two stayed about the same on every one of them.",
		"The library's authors have never claimed speed as a goal, and they deserve credit for an interface that many programmers find a joy to use; the point here is only what that choice costs.",
		"Our next release will add a conventional tree traversal as well as pointers into the document, and we would like to hear from readers who have tried both libraries on their own data.",
	}
	lines := []string{
		"Daniel Lemire is a computer science professor at the University of Quebec, and he writes about software performance here every week.",
		"If you want to meet Daniel in person, he organizes regular talks open to the public in Montreal, typically in French.",
		"I do not accept any advertisement. However, you can support the blog with donations, which go to the costs of running it.",
		"Subscribers receive each new post by email, and the archive below lists every post since the blog began in the spring of 2004.",
		"The views expressed here are his own and not those of the university, his students or the people he works with on software.",
		"Recent posts", "April 2005 (13)", "March 2005 (30)", "February 2005 (20)", "January 2005 (30)",
		"Meta", "Log in", "Entries feed", "Comments feed", "WordPress.org",
		"Parsing JSON quickly: our parser against the popular one",
	}
	lines = append(lines, post...)
	lines = append(lines, "5 thoughts on “Parsing JSON quickly”", "degski says:", "Thanks for posting this, that is a big difference.", "Reply")
	checkDump(t, lines, post, nil)
}

// harbourStory is the body of a short local news story, for the tests of
// what goes around it.
var harbourStory = []string{
	"The council voted on Tuesday to rebuild the harbour wall, which storms have breached three times since the spring.",
	"Work will begin in March and last two years, and the ferry will move to a temporary pier at the north end of the bay.",
	"Residents who live along the front will be offered help with the cost of flood barriers for their doors and windows.",
	"The mayor said the town could not wait for another winter, and that the wall would be built to last a hundred years.",
}

// TestAuthorBioAtTheEnd checks that once a byline names the author, a
// short bio of theirs among the article's last blocks goes with it.
func TestAuthorBioAtTheEnd(t *testing.T) {
	body := harbourStory
	bio := "Jane Roe is a reporter who has covered the county's roads, bridges and harbours since 2009."
	lines := append([]string{"Home", "News", "Harbour wall to be rebuilt after storms", "By Jane Roe"}, body...)
	lines = append(lines, bio, "Share", "© 2024 The County Herald")
	if doc := checkDump(t, lines, body, []string{bio}); doc.Author != "Jane Roe" {
		t.Errorf("author %q, want Jane Roe", doc.Author)
	}
}

// TestAuthorBox checks that an author box under its header goes whole,
// its name, role and bio, even when no byline named the author, and that
// a section of the article after it is kept.
func TestAuthorBox(t *testing.T) {
	body := harbourStory
	box := []string{"Martin Hale", "Harbour Engineer", "Martin has worked on sea defences along the east coast since 2007 and writes about the towns that depend on them."}
	lines := append([]string{"Home", "News", "Harbour wall to be rebuilt after storms"}, body...)
	lines = append(append(append(lines, "About the author"), box...), "Comments", "© 2024 The County Herald")
	checkDump(t, lines, body, append([]string{"About the author"}, box...))
}

// TestDeclinedToComment checks that a sentence that mentions comments,
// "The company declined to comment.", is not taken for the header of a
// comment section: the story goes on after it.
func TestDeclinedToComment(t *testing.T) {
	before := []string{
		"More than a third of the company's employees will likely receive notice this week that they no longer have a job, people familiar with the matter said.",
		"The layoffs are part of an effort by the struggling office-space company to cut costs, close side businesses and narrow what it offers to tenants.",
		"In an email sent by the chairman, employees were told that layoffs would begin this week in the United States and in other countries later in the month.",
		"A person familiar with the matter said that employees in the legal and human resources departments would be among the first to be told of the cuts.",
		"The chairman wrote that the areas of the business that do not directly support its core goals would have to make some necessary job eliminations.",
		"Managers were asked to prepare lists of the roles in their teams that could be cut or moved to partners, and to send them in by the end of the week.",
	}
	after := []string{
		"Employees have waited weeks to hear of the layoffs, since the company abandoned its plans to sell shares to the public in the autumn.",
		"In sum, more than four thousand people are expected to receive notice in the coming weeks, according to several people familiar with the plans.",
		"The group representing maintenance workers said they had been told their employment would end in December unless they signed new contracts.",
	}
	lines := append([]string{"Home", "News", "Major layoffs to begin today", "By Jane Roe"}, before...)
	lines = append(append(append(lines, "The company declined to comment."), after...), "Share", "Comments", "Great piece!", "© 2024 The Deal")
	checkDump(t, lines, append(append([]string{}, before...), after...), []string{"Great piece!"})
}

// TestListWithLinksSetApart checks that a numbered list whose items each
// give a link on the next line stays whole where the dump set one link
// apart with blank lines.
func TestListWithLinksSetApart(t *testing.T) {
	lines := []string{"Home", "Film", "Black Friday for the nostalgic: deals not to miss",
		"Black Friday is almost upon us: for those who do not know it, the day after Thanksgiving opens the Christmas shopping season with large discounts.",
		"",
		"It is a tradition that took hold in the sixties, when American shops offered special discounts to clear their stock before the holidays began.",
		"",
		"And who are we to stay out of the race? Here are the offers for the nostalgic of the eighties and nineties not to miss:",
		""}
	var items []string
	for i := 1; i <= 12; i++ {
		item := fmt.Sprintf("%d) Collector's boxed set number %d, with the extras", i, i)
		items = append(items, item)
		lines = append(lines, item)
		if i == 7 {
			lines = append(lines, "") // the dump set this link apart
		}
		lines = append(lines, fmt.Sprintf("http://amzn.to/2hX%04d", i), "")
	}
	lines = append(lines, "Related posts", "Share", "© 2017 The Blog")
	checkDump(t, lines, items, nil)
}

// TestTeaserCards checks that teaser cards under a related header go,
// each a headline, an author, a date and a summary, however much prose
// the summaries hold, while the story above them stays.
func TestTeaserCards(t *testing.T) {
	story := []string{
		"With the protests growing, the president is likely to send the army into the city within weeks, several officials said on Tuesday.",
		"The problem is simple: the police and the intelligence service have failed to end the protests, which have grown larger every weekend.",
		"To be sure, the leadership does not want to send the army in, since doing so would spark immediate pressure from abroad.",
		"But its current strategy for ending the protests has failed, and the city's chief executive has lost the confidence of the capital.",
		"In short, the army is likely coming, the officials said, and the only question left is when.",
	}
	cards := []string{
		"Our family always celebrates anniversaries, but not this week, because our father has now been held for a year without trial. We have written to every minister we could find, and we have had no answer from any of them, not even a letter.",
		"The film took more at the box office in its first weekend than any other released in October, the studio said on Monday. Critics were divided, but audiences came back for a second and a third viewing in numbers nobody had expected.",
		"Wednesday night, the party's candidates will descend on the state and flood the airwaves with promises they cannot keep. The voters here have heard those promises before, and they have learned what they are worth when the bills arrive.",
		"Various outlets reported the figure, which turned out to count every child who had crossed the border over several years. The agency that published it has since added a note, but the figure is still quoted as if it were this year's.",
	}
	lines := append([]string{"Home", "Opinion", "Why the army will be sent in"}, story...)
	lines = append(lines, "Share your thoughts with friends.", "More from the Examiner")
	heads := []string{"The dark side of the justice system", "What made the film so popular?", "Their agenda would kill the dream", "Report on detention is bogus"}
	for k, h := range heads {
		lines = append(lines, h, []string{"Jane Roe", "John Doe", "Sam Poe", "Ann Loe"}[k], "Wednesday November 20, 2019", cards[k])
	}
	lines = append(lines, "© 2019 The Examiner")
	checkDump(t, lines, story, cards)
}

// checkDump cleans a dump of lines and checks that its text keeps each
// of keep and none of drop, and returns the document.
func checkDump(t *testing.T, lines, keep, drop []string) *Document {
	t.Helper()
	doc, err := CleanBytes([]byte(strings.Join(lines, "\n")), Options{Input: KindText})
	if err != nil {
		t.Fatal(err)
	}
	out := doc.Text()
	for _, l := range keep {
		if !strings.Contains(out, l) {
			t.Errorf("lost %q", l)
		}
	}
	for _, l := range drop {
		if strings.Contains(out, l) {
			t.Errorf("kept %q", l)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
	return doc
}
