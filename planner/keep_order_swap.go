package planner

// swapPass is one way swapFor looks for later work to swap with.
type swapPass struct {
	whole bool // only work of the very same minutes, so that nothing is cut
	study bool // study rather than reviews and fix time
}

// swapPasses are tried in turn: a whole swap before one that cuts a piece,
// and reviews and fix time before study, whose order a swap disturbs.
var swapPasses = [...]swapPass{{true, false}, {true, true}, {false, false}, {false, true}}

// swapFor swaps misordered piece i with later work from its first good day
// on, the earliest first, until it is in order or nothing is left to swap.
func (k *orderKeeper) swapFor(i int) {
	for _, pass := range swapPasses {
		for k.misordered(k.pieces[i]) && k.swapOnce(i, pass) {
		}
	}
}

// swapOnce makes one swap of piece i with work on a day from its first
// good day on that pass allows, and reports whether it found one. It looks
// first from the day after its task's study ends, then at the days of the
// study, the earliest first.
func (k *orderKeeper) swapOnce(i int, pass swapPass) bool {
	x := k.pieces[i]
	var opts []groupOption
	if !pass.whole {
		opts = k.groupOptions(i)
	}
	g, after := k.goodDay(x), k.goodDay(x)
	if k.work[x.item].Kind == Review && x.of >= 0 {
		after = max(after, k.lastStudy[x.of]+1)
	}
	for _, span := range [2][2]int{{after, len(k.byDay)}, {g, min(after, len(k.byDay))}} {
		for b := span[0]; b < span[1]; b++ {
			for _, j := range k.byDay[b] {
				if k.swapWith(i, j, pass, opts) {
					return true
				}
			}
		}
	}
	return false
}

// swapWith swaps misordered piece i with later piece j as pass allows:
// whole, or cutting one or the other (see swapPair), or with more work of
// i's day (see swapGroup). It reports whether it did.
func (k *orderKeeper) swapWith(i, j int, pass swapPass, opts []groupOption) bool {
	x, y := k.pieces[i], k.pieces[j]
	switch {
	case !k.mayComeTo(y, x.day, pass.study):
		return false
	case pass.whole:
		return y.minutes == x.minutes && k.swapPair(i, j)
	}
	return k.swapPair(i, j) || k.swapGroup(i, j, opts)
}

// mayComeTo reports whether later piece y may move to day a: study (when
// study is set) that would not then seem to come before reviews of its
// task that come before its study; else fix time, or a domain's review
// that goes over no task, in order there; or a task's first review, to a
// day still after the task's study (see firstReviewTo).
func (k *orderKeeper) mayComeTo(y piece, a int, study bool) bool {
	switch k.work[y.item].Kind {
	case Study:
		return study && !k.wouldCover(y.item, a)
	case Review:
		return !study && (y.of < 0 || k.firstReviewTo(y, a))
	case Fix:
		return !study && k.goodDay(y) <= a
	}
	return false
}

// wouldCover reports whether study of task moved to day a would put a
// review of the task that now comes before its study after the moved
// piece: the review would seem in order with the task's study still ahead.
func (k *orderKeeper) wouldCover(task, a int) bool {
	if k.doneBefore(task) {
		return false
	}
	for _, r := range k.reviewsOf[task] {
		if d := k.pieces[r].day; d >= a && d < k.firstStudy[task] {
			return true
		}
	}
	return false
}

// firstReviewTo reports whether review y is its task's first and may come
// earlier, to day a, still after the task's last study: the gap after it
// then grows, so the gaps between its task's reviews still never shrink.
func (k *orderKeeper) firstReviewTo(y piece, a int) bool {
	if a <= k.lastStudy[y.of] || k.lastStudy[y.of] < 0 && !k.doneBefore(y.of) {
		return false
	}
	return k.onlyReviewOf(y, func(d int) bool { return d <= y.day })
}

// lastReview reports whether review y is its task's last, which may go
// later: only its own gap grows.
func (k *orderKeeper) lastReview(y piece) bool {
	return k.onlyReviewOf(y, func(d int) bool { return d >= y.day })
}

// onlyReviewOf reports whether no other review of y's task falls on a day
// that in says.
func (k *orderKeeper) onlyReviewOf(y piece, in func(day int) bool) bool {
	for _, r := range k.reviewsOf[y.of] {
		if o := k.pieces[r]; o != y && in(o.day) {
			return false
		}
	}
	return true
}

// swapPair exchanges misordered piece i with later piece j, cutting the
// longer of the two so that each day keeps its minutes, when no piece is
// then too short (see moveOK), and reports whether it did.
func (k *orderKeeper) swapPair(i, j int) bool {
	x, y := k.pieces[i], k.pieces[j]
	a, b := x.day, y.day
	switch {
	case x.minutes == y.minutes:
		if !k.moveOK(i, x.minutes, b) || !k.moveOK(j, y.minutes, a) {
			return false
		}
		k.move(i, b)
		k.move(j, a)
	case y.minutes > x.minutes:
		if y.of >= 0 || !k.moveOK(i, x.minutes, b) || !k.moveOK(j, x.minutes, a) { // a task's review moves whole
			return false
		}
		k.pieces[j].minutes -= x.minutes
		k.add(piece{day: a, item: y.item, minutes: x.minutes, of: y.of})
		k.move(i, b)
	default:
		if !k.moveOK(i, y.minutes, b) || !k.moveOK(j, y.minutes, a) {
			return false
		}
		k.pieces[i].minutes -= y.minutes
		k.add(piece{day: b, item: x.item, minutes: y.minutes, of: x.of})
		k.move(j, a)
	}
	return true
}

// moveOK reports whether m minutes of piece i may go to day d: what is
// left of its work on its day and what it makes on day d (joined with the
// same work there, as sessions join) are each none or at least minPiece,
// or the move makes no more short ones than there were: all of a short
// session goes, or a short session's part joins a long one.
func (k *orderKeeper) moveOK(i, m, d int) bool {
	pc := k.pieces[i]
	least := minPiece(k.work[pc.item].Kind)
	was := pc.minutes + k.sameWork(i, pc.day)
	left, there := was-m, m+k.sameWork(i, d)
	switch {
	case left == 0:
		return true
	case there < least:
		return false
	}
	return left >= least || was < least
}

// sameWork is the minutes of the other pieces of piece i's work (its item,
// and the task a review goes over) on day d; none on a day not yet known
// (d < 0).
func (k *orderKeeper) sameWork(i, d int) int {
	if d < 0 {
		return 0
	}
	t := 0
	for _, j := range k.byDay[d] {
		if o := k.pieces[j]; j != i && o.item == k.pieces[i].item && o.of == k.pieces[i].of {
			t += o.minutes
		}
	}
	return t
}

// minPiece is the shortest piece of work of kind a swap may leave.
func minPiece(kind Kind) int {
	switch kind {
	case Study:
		return quarterMinutes
	case Review, Fix:
		return minReviewMinutes
	}
	return 0
}

// move puts piece i on day d.
func (k *orderKeeper) move(i, d int) {
	pc := &k.pieces[i]
	on := k.byDay[pc.day]
	for n, j := range on {
		if j == i {
			k.byDay[pc.day] = append(on[:n:n], on[n+1:]...)
			break
		}
	}
	pc.day = d
	k.byDay[d] = append(k.byDay[d], i)
	if k.work[pc.item].Kind == Study {
		k.firstStudy[pc.item] = min(k.firstStudy[pc.item], d)
	}
}

// add appends a piece cut from another.
func (k *orderKeeper) add(pc piece) {
	k.pieces = append(k.pieces, pc)
	i := len(k.pieces) - 1
	k.byDay[pc.day] = append(k.byDay[pc.day], i)
	switch k.work[pc.item].Kind {
	case Study:
		k.firstStudy[pc.item] = min(k.firstStudy[pc.item], pc.day)
	case Review:
		if pc.of >= 0 {
			k.reviewsOf[pc.of] = append(k.reviewsOf[pc.of], i)
		}
	}
}

// relabel makes misordered review piece i go over the task of its domain
// studied by its day (the one whose study ended last by then, else began
// last), when there is one.
func (k *orderKeeper) relabel(i int) {
	pc := k.pieces[i]
	if k.work[pc.item].Kind != Review || !k.misordered(pc) {
		return
	}
	best, bestKey := -1, -1
	for t, w := range k.work {
		if w.Kind != Study || w.domainNumber != k.work[pc.item].domainNumber || w.minutes <= 0 {
			continue
		}
		if key, ok := k.studiedBy(t, pc.day); ok && key > bestKey {
			best, bestKey = t, key
		}
	}
	if best >= 0 {
		k.pieces[i].of = best
	}
}

// studiedBy reports whether task t was studied by day d, with a key that
// ranks the tasks whose study ended by then above those still going on,
// the later the better.
func (k *orderKeeper) studiedBy(t, d int) (int, bool) {
	switch {
	case k.lastStudy[t] >= 0 && k.lastStudy[t] <= d:
		return noDay + k.lastStudy[t], true
	case k.doneBefore(t):
		return noDay - 1, true
	case k.firstStudy[t] <= d:
		return k.firstStudy[t], true
	}
	return 0, false
}
