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
// good day on that pass allows, and reports whether it found one.
func (k *orderKeeper) swapOnce(i int, pass swapPass) bool {
	x := k.pieces[i]
	for b := k.goodDay(x); b < len(k.byDay); b++ {
		for _, j := range k.byDay[b] {
			y := k.pieces[j]
			if !k.mayComeTo(y, x.day, pass.study) || pass.whole && y.minutes != x.minutes {
				continue
			}
			if k.swap(i, j) {
				return true
			}
		}
	}
	return false
}

// mayComeTo reports whether later piece y may move to day a: study (when
// study is set) that would not then seem to come before reviews of its
// task that come before its study; else fix time, or a domain's review
// that goes over no task, in order there. A task's review stays: its gaps
// after the study are kept (see reviewChain).
func (k *orderKeeper) mayComeTo(y piece, a int, study bool) bool {
	switch k.work[y.item].Kind {
	case Study:
		return study && !k.wouldCover(y.item, a)
	case Review:
		return !study && y.of < 0
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

// swap exchanges misordered piece i with later piece j (see swapPair), or
// failing that with more of j together with other work of i's day (see
// swapGroup), and reports whether it did.
func (k *orderKeeper) swap(i, j int) bool { return k.swapPair(i, j) || k.swapGroup(i, j) }

// swapPair exchanges misordered piece i with later piece j, cutting the
// longer of the two so that each day keeps its minutes, when no piece is
// then too short (see partOK), and reports whether it did.
func (k *orderKeeper) swapPair(i, j int) bool {
	x, y := k.pieces[i], k.pieces[j]
	a, b := x.day, y.day
	switch {
	case x.minutes == y.minutes:
	case y.minutes > x.minutes:
		rest := y.minutes - x.minutes
		if !k.partOK(j, x.minutes, a) || !k.partOK(j, rest, b) {
			return false
		}
		k.pieces[j].minutes = rest
		k.add(piece{day: a, item: y.item, minutes: x.minutes, of: y.of})
		k.move(i, b)
		return true
	default:
		rest := x.minutes - y.minutes
		if !k.partOK(i, y.minutes, b) || !k.partOK(i, rest, a) {
			return false
		}
		k.pieces[i].minutes = rest
		k.add(piece{day: b, item: x.item, minutes: y.minutes, of: x.of})
		k.move(j, a)
		return true
	}
	k.move(i, b)
	k.move(j, a)
	return true
}

// partOK reports whether m minutes of piece i may stand on day d: no study
// under a quarter hour and no review or fix time under minReviewMinutes,
// unless they join a piece of the same work there, or are the whole piece.
func (k *orderKeeper) partOK(i, m, d int) bool {
	pc := k.pieces[i]
	if m == pc.minutes || m >= minPiece(k.work[pc.item].Kind) {
		return true
	}
	for _, j := range k.byDay[d] {
		if o := k.pieces[j]; j != i && o.item == pc.item && o.of == pc.of {
			return true
		}
	}
	return false
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
