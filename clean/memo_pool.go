package clean

import "sync"

// The scratch memory of a text cleaning (the units of each pass and the
// measures settle reuses) is as large as the page several times over and
// is dead once the document is built. A batch cleans page after page on
// several goroutines, so it is recycled through a pool rather than
// allocated afresh: fresh large blocks cost the collector's time and, taken
// from the shared heap, contend between goroutines. The pool holds no
// state a caller can observe: a memo is emptied when it is handed back, so
// it holds nothing of the page it served.
var memoPool = sync.Pool{New: func() any { return new(passMemo) }}

// maxPooledUnits bounds the memos the pool keeps: the scratch of a huge
// page is left to the collector rather than held for pages that are small.
const maxPooledUnits = 1 << 14

// getMemo returns an empty memo, its maps and slices allocated or not.
func getMemo() *passMemo {
	return memoPool.Get().(*passMemo)
}

// putMemo empties a memo and hands it back for another page, unless it
// grew too large to keep.
func putMemo(m *passMemo) {
	if cap(m.units) > maxPooledUnits || cap(m.all) > maxPooledUnits || cap(m.lines) > maxPooledUnits {
		return
	}
	clear(m.seen)
	clear(m.all)
	clear(m.units)
	clear(m.lines)
	m.all, m.units, m.lines = m.all[:0], m.units[:0], m.lines[:0]
	memoPool.Put(m)
}
