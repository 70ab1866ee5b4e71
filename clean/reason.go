package clean

// Reason names why a block was kept or dropped. Reasons are stable strings:
// they appear in --explain output and in JSON, and users quote them in
// reports.
type Reason string

// Reasons for keeping a block.
const (
	KeepTitle     Reason = "title"     // the article's title
	KeepContent   Reason = "content"   // running text of the article
	KeepHeading   Reason = "heading"   // a subheading inside the article
	KeepListItem  Reason = "list-item" // an item of a list inside the article
	KeepQuote     Reason = "quote"     // a quotation inside the article
	KeepCaption   Reason = "caption"   // the first copy of a photo caption
	KeepStructure Reason = "structure" // code, table or image inside the article
	KeepContext   Reason = "context"   // a short block kept because its neighbours are article text
)

// Reasons for dropping a block.
const (
	DropEmpty       Reason = "empty"        // blank or whitespace only
	DropAd          Reason = "ad-label"     // "ADVERTISEMENT", "Anzeige", "Sponsored"
	DropWidget      Reason = "widget"       // share, follow or subscribe buttons, icon names
	DropDuplicate   Reason = "duplicate"    // a second or later copy of a line or caption
	DropNavigation  Reason = "navigation"   // menus and link lists: runs of short lines
	DropRelated     Reason = "related"      // "read also", related and recommended headlines
	DropPromo       Reason = "promo"        // newsletter, app and channel promos
	DropNotice      Reason = "notice"       // cookie, consent and paywall notices
	DropCounter     Reason = "counter"      // reading times; comment, like and view counters
	DropNoise       Reason = "noise"        // lone separators, numbers and punctuation
	DropByline      Reason = "byline"       // bylines, datelines and editor lines (go to metadata)
	DropTags        Reason = "tags"         // tag and topic lists
	DropFooter      Reason = "footer"       // footers, copyright and legal lines
	DropComments    Reason = "comments"     // comment sections
	DropOutside     Reason = "outside"      // outside the article's region of the page
	DropShort       Reason = "short"        // a short block whose neighbours are not article text
	DropCaption     Reason = "caption-off"  // a caption, with captions turned off
	DropTitle       Reason = "title-repeat" // the title again, after it was taken
	DropBoilerplate Reason = "boilerplate"  // removed by the HTML extractor before classification
)

// DropNotProse is for a block long enough to judge whose words do not read
// as running text (few stop words, no sentences): lists of names, menus.
const DropNotProse Reason = "not-prose"
