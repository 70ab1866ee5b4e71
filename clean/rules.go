package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A rule looks at one unit's text and, when the text alone condemns it,
// returns the reason. Rules are grouped by purpose in the rules_*.go files;
// they hold for any page, in any language, with no per-site knowledge.
type rule func(u *unit) (Reason, bool)

// textRules are tried in order; the first that fires names the reason.
var textRules = []rule{
	ruleNoise,
	ruleAdLabel,
	ruleIconName,
	ruleCounter,
	ruleRatingPrompt,
	ruleWidget,
	ruleReadingTime,
	ruleNotice,
	rulePromo,
	ruleDisclosure,
	ruleRelated,
	ruleGluedTeaser,
	ruleDatelineTeaser,
	ruleFooter,
	ruleTags,
	ruleCommentsHeader,
	ruleCommentAuthor,
	ruleByline,
	ruleAuthorHeader,
	ruleCredit,
	ruleDateline,
	ruleContact,
	ruleRelativeTime,
	ruleNavigationLabel,
	ruleBreadcrumb,
	ruleLinkList,
}

// applyRules sets u.rule from the first rule that fires.
func applyRules(u *unit) {
	for _, r := range textRules {
		if reason, ok := r(u); ok {
			u.rule = reason
			return
		}
	}
}

// labelOf lower-cases text and strips the punctuation, symbols, digits and
// spaces around it, so "Share:", "» Share «" and "12 Share" all read
// "share".
func labelOf(low string) string {
	return strings.TrimFunc(low, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '&' && r != '+'
	})
}

// labelSet is a read-only set of labels and words. Nearly every look-up
// is of a line that is in none of the rule sets, so a filter of a few
// bits, read from the string's length and its first, middle and last
// bytes, turns most of them away before the map hashes the whole string.
type labelSet struct {
	filter [labelFilterWords]uint64
	m      map[string]struct{}
}

// labelFilterWords is the filter's size in 64-bit words: 2,048 bits, a
// few per member of the largest set.
const labelFilterWords = 32

// labelFilterBits returns the two filter bits of a non-empty s.
func labelFilterBits(s string) (uint, uint) {
	n := uint(len(s))
	a, m, z := uint(s[0]), uint(s[n/2]), uint(s[n-1])
	const mask = labelFilterWords*64 - 1
	return (n*131 + a*31 + z) & mask, (n*17 + m*257 + a*7) & mask
}

// setOf builds a read-only set from words.
func setOf(words ...string) *labelSet {
	s := &labelSet{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		s.m[w] = struct{}{}
		if w != "" {
			b1, b2 := labelFilterBits(w)
			s.filter[b1/64] |= 1 << (b1 % 64)
			s.filter[b2/64] |= 1 << (b2 % 64)
		}
	}
	return s
}

// inSet reports whether s is one of the words.
func inSet(set *labelSet, s string) bool {
	if s != "" {
		b1, b2 := labelFilterBits(s)
		if set.filter[b1/64]&(1<<(b1%64)) == 0 || set.filter[b2/64]&(1<<(b2%64)) == 0 {
			return false
		}
	}
	_, ok := set.m[s]
	return ok
}

// keysOf returns the words of a set, in no order.
func keysOf(set *labelSet) []string {
	out := make([]string, 0, len(set.m))
	for w := range set.m {
		out = append(out, w)
	}
	return out
}

// prefixSet is a read-only set of prefixes bucketed by their first byte,
// so a look-up tries only the few that can match, each with one compare of
// its first eight bytes.
type prefixSet [256][]prefixEntry

// prefixEntry is one prefix of a prefixSet.
type prefixEntry struct {
	head, mask uint64 // the prefix's first eight bytes, packed, and the bits they fill
	p          string
	alphabetic bool // isAlphabetic(p): the match must end at a word boundary
}

// newPrefixSet builds a prefixSet.
func newPrefixSet(prefixes ...[]string) *prefixSet {
	var ps prefixSet
	for _, list := range prefixes {
		for _, p := range list {
			if p == "" {
				continue
			}
			e := prefixEntry{head: packAt(p, 0, len(p)), mask: ^uint64(0), p: p, alphabetic: isAlphabetic(p)}
			if len(p) < 8 {
				e.mask = 1<<(8*len(p)) - 1
			}
			ps[p[0]] = append(ps[p[0]], e)
		}
	}
	return &ps
}

// match reports whether s starts with one of the prefixes, followed by the
// end of s or a non-letter.
func (ps *prefixSet) match(s string) bool {
	if s == "" || len(ps[s[0]]) == 0 {
		return false
	}
	head := packAt(s, 0, len(s))
	for i := range ps[s[0]] {
		e := &ps[s[0]][i]
		if head&e.mask != e.head || len(s) < len(e.p) || len(e.p) > 8 && s[8:len(e.p)] != e.p[8:] {
			continue
		}
		rest := s[len(e.p):]
		if rest == "" || !e.alphabetic {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isAlphabetic reports whether s is written in a script with word
// boundaries (not CJK), so a prefix match must end at a word boundary.
func isAlphabetic(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return false
		}
	}
	return true
}

// containsAny reports whether s contains one of the phrases.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// containsWord reports whether s contains w as a whole word (or, for CJK,
// anywhere).
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		before := j == 0 || !isWordByte(s, j, true)
		after := end == len(s) || !isWordByte(s, end, false)
		if (before && after) || !isAlphabetic(w) {
			return true
		}
		i = j + 1
	}
}

// isWordByte reports whether the rune just before (back) or at i in s is a
// letter or digit.
func isWordByte(s string, i int, back bool) bool {
	var r rune
	if back {
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// maxFields is the most fields splitFields returns.
const maxFields = 12

// separator tells the runes that separate fields, with the ASCII ones
// looked up in a table.
type separator struct {
	ascii [utf8.RuneSelf]bool
	is    func(rune) bool
}

// newSeparator builds a separator from its test.
func newSeparator(is func(rune) bool) *separator {
	s := &separator{is: is}
	for c := range s.ascii {
		s.ascii[c] = is(rune(c))
	}
	return s
}

// splitFields splits s around runs of runes that sep separates by, into
// buf, without allocating. It returns nil when s has more than maxFields
// fields.
func splitFields(s string, sep *separator, buf *[maxFields]string) []string {
	n, start := 0, -1
	for i := 0; i < len(s); {
		var isSep bool
		c := s[i]
		size := 1
		if c < utf8.RuneSelf {
			isSep = sep.ascii[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSep = sep.is(r)
		}
		if isSep {
			if start >= 0 {
				if n == maxFields {
					return nil
				}
				buf[n] = s[start:i]
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		if n == maxFields {
			return nil
		}
		buf[n] = s[start:]
		n++
	}
	return buf[:n]
}
