package clean

import (
	"strings"
	"unicode/utf8"
)

// wordSet is a read-only set of lower-cased words built for the look-ups
// that measure and pageLanguage make for every word of a page. Words of up
// to eight bytes, which are most stop words, are packed into a uint64 and
// found in an open-addressed table with no string hashing; longer ones
// live in a map. Each word may carry a value.
type wordSet[V any] struct {
	slots []wordSlot[V] // packed short words and their values
	shift uint          // 64 - log2(len(slots))
	long  map[string]V
	lens  lengthSet // byte lengths of the words
	bloom *[bloomWords]uint64
}

// bloomWords is the size of a wordSet's Bloom filter in 64-bit words: 64K
// bits, which stay in cache and turn away most words not in the set before
// the table is touched.
const bloomWords = 1024

// bloomBit is the filter bit of a packed word.
func bloomBit(k uint64) (int, uint64) {
	h := (k * 0xD6E8FEB86659FD93) >> 48
	return int(h >> 6), 1 << (h & 63)
}

// wordSlot is one slot of a wordSet's table: a key of 0 marks it empty.
// Key and value share a slot, so a look-up touches one cache line.
type wordSlot[V any] struct {
	key uint64
	val V
}

// newWordSet builds a set from words and their values.
func newWordSet[V any](words map[string]V) *wordSet[V] {
	n := 8
	for n < 2*len(words) {
		n *= 2
	}
	s := &wordSet[V]{slots: make([]wordSlot[V], n), shift: 64 - uint(log2(n)), long: map[string]V{}, bloom: new([bloomWords]uint64)}
	for w, v := range words {
		s.lens.add(len(w))
		k, ok := packWord(w)
		if !ok {
			s.long[w] = v
			w, bit := bloomBit(longKey(w))
			s.bloom[w] |= bit
			continue
		}
		w, bit := bloomBit(k)
		s.bloom[w] |= bit
		i := s.slot(k)
		for s.slots[i].key != 0 && s.slots[i].key != k {
			i = (i + 1) & (len(s.slots) - 1)
		}
		s.slots[i] = wordSlot[V]{k, v}
	}
	return s
}

// log2 returns the base-2 logarithm of a power of two.
func log2(n int) int {
	k := 0
	for n > 1 {
		n >>= 1
		k++
	}
	return k
}

// slot is the first slot to probe for key k.
func (s *wordSet[V]) slot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> s.shift) }

// packWord packs a word of one to eight bytes into a uint64; words hold no
// NUL bytes, so the packing is unambiguous.
func packWord[S ~string | ~[]byte](w S) (uint64, bool) {
	if len(w) == 0 || len(w) > 8 {
		return 0, false
	}
	var k uint64
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k, true
}

// packAt packs the first eight bytes of text[i:j] (all of them when there
// are fewer) as packWord packs a word, reading them at once where text
// holds eight bytes from i.
func packAt(text string, i, j int) uint64 {
	if i+8 > len(text) {
		k, _ := packWord(text[i:j])
		return k
	}
	k := load64(text, i)
	if n := j - i; n < 8 {
		k &= 1<<(8*n) - 1
	}
	return k
}

// packLowerASCII packs an ASCII word of up to eight bytes lower-cased.
func packLowerASCII(w string) (uint64, bool) {
	if len(w) == 0 || len(w) > 8 {
		return 0, false
	}
	var k uint64
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		k |= uint64(c) << (8 * i)
	}
	return k, true
}

// longKey stands for a word of more than eight bytes in the Bloom filter:
// its first and last eight bytes and its length, cheap to take.
func longKey[S ~string | ~[]byte](w S) uint64 {
	var first, last uint64
	n := len(w)
	for i := 0; i < 8; i++ {
		first |= uint64(w[i]) << (8 * i)
		last |= uint64(w[n-8+i]) << (8 * i)
	}
	return first ^ (last<<29 | last>>35) ^ uint64(n)*0x9E3779B97F4A7C15
}

// probe looks w up as far as it can without the map of long words: done
// is false only when w is a long word the Bloom filter let through, which
// the caller then looks up in s.long (indexing the map with string(b) of a
// byte slice copies nothing).
func probe[V any, S ~string | ~[]byte](s *wordSet[V], w S) (v V, ok, done bool) {
	if !s.lens.has(len(w)) {
		return v, false, true
	}
	if k, packed := packWord(w); packed {
		v, ok = s.lookupPacked(k)
		return v, ok, true
	}
	if i, bit := bloomBit(longKey(w)); s.bloom[i]&bit == 0 {
		return v, false, true
	}
	return v, false, false
}

// lookupPacked finds a packed word.
func (s *wordSet[V]) lookupPacked(k uint64) (V, bool) {
	if w, bit := bloomBit(k); s.bloom[w]&bit == 0 {
		var zero V
		return zero, false
	}
	for i := s.slot(k); ; i = (i + 1) & (len(s.slots) - 1) {
		switch sl := &s.slots[i]; sl.key {
		case k:
			return sl.val, true
		case 0:
			var zero V
			return zero, false
		}
	}
}

// getASCII returns the value of the ASCII word text[i:j], of one to eight
// bytes, lower-cased when upper: getFold(w, true) for a word found in place
// within its text.
func (s *wordSet[V]) getASCII(text string, i, j int, upper bool) (V, bool) {
	if !s.lens.has(j - i) {
		var zero V
		return zero, false
	}
	k := packAt(text, i, j)
	if upper {
		k |= asciiUpper(k) >> 2
	}
	return s.lookupPacked(k)
}

// get returns the value of word w, exactly as written.
func (s *wordSet[V]) get(w string) (V, bool) {
	if v, ok, done := probe(s, w); done {
		return v, ok
	}
	v, ok := s.long[w]
	return v, ok
}

// getFold returns the value of word w lower-cased; ascii tells that w is
// all ASCII, which spares an allocation.
func (s *wordSet[V]) getFold(w string, ascii bool) (V, bool) {
	if ascii {
		if !s.lens.has(len(w)) {
			var zero V
			return zero, false
		}
		if k, ok := packLowerASCII(w); ok {
			return s.lookupPacked(k)
		}
		var buf [64]byte
		if b, ok := lowerASCII(w, &buf); ok {
			return s.getBytes(b)
		}
	}
	// Lower-case into a buffer on the stack, rune by rune as
	// strings.ToLower does, unless the word is long.
	var buf [64]byte
	b := buf[:0]
	for _, r := range w {
		if len(b)+utf8.UTFMax > len(buf) {
			return s.get(strings.ToLower(w))
		}
		b = utf8.AppendRune(b, lowerRune(r))
	}
	return s.getBytes(b)
}

// getBytes returns the value of the word in b.
func (s *wordSet[V]) getBytes(b []byte) (V, bool) {
	if v, ok, done := probe(s, b); done {
		return v, ok
	}
	v, ok := s.long[string(b)]
	return v, ok
}
