package planner

// groupOption is a way to make up minutes from a day's work that may go
// later: some pieces whole and at most one cut, lo to hi minutes in all.
type groupOption struct {
	whole  []int
	cut    int // the piece cut, or -1
	lo, hi int
}

// maxFillers bounds how many pieces of a day a group picks from, so that
// the options stay few (2^maxFillers of them, times the cuts).
const maxFillers = 5

// swapGroup moves misordered piece i, with other work of its day that may
// go later (see mayGoLater) to make up the minutes, to later piece j's day,
// and as many minutes of j to i's day: a review too short to swap with a
// quarter hour of study alone then goes with others. It reports whether
// one of opts (see groupOptions) makes minutes that j can give.
func (k *orderKeeper) swapGroup(i, j int, opts []groupOption) bool {
	x, y := k.pieces[i], k.pieces[j]
	best, bestP := -1, 0
	for n, o := range opts {
		if k.carries(o, y) {
			continue // y's own work going the other way: moveOK counted it where it stays
		}
		if p := k.takeIn(j, x.day, x.minutes+o.lo, x.minutes+o.hi); p > 0 && (best < 0 || p < bestP) {
			best, bestP = n, p
		}
	}
	if best < 0 || !k.moveOK(i, x.minutes, y.day) {
		return false
	}
	if bestP < y.minutes {
		k.pieces[j].minutes -= bestP
		k.add(piece{day: x.day, item: y.item, minutes: bestP, of: y.of})
	} else {
		k.move(j, x.day)
	}
	k.move(i, y.day)
	o, rest := opts[best], bestP-x.minutes
	for _, f := range o.whole {
		rest -= k.pieces[f].minutes
		k.move(f, y.day)
	}
	if o.cut >= 0 {
		k.pieces[o.cut].minutes -= rest
		k.add(piece{day: y.day, item: k.pieces[o.cut].item, minutes: rest, of: k.pieces[o.cut].of})
	}
	return true
}

// carries reports whether option o moves some of piece y's work.
func (k *orderKeeper) carries(o groupOption, y piece) bool {
	same := func(f int) bool { return f >= 0 && k.pieces[f].item == y.item && k.pieces[f].of == y.of }
	if same(o.cut) {
		return true
	}
	for _, f := range o.whole {
		if same(f) {
			return true
		}
	}
	return false
}

// takeIn is the fewest minutes from lo to hi that later piece j can give
// to day a, or 0: study cut where no session is then too short (see
// moveOK), other work only whole.
func (k *orderKeeper) takeIn(j, a, lo, hi int) int {
	y := k.pieces[j]
	if k.work[y.item].Kind == Study {
		from := max(lo, quarterMinutes-k.sameWork(j, a))
		if from <= min(hi, y.minutes) && k.moveOK(j, from, a) {
			return from
		}
	}
	if lo <= y.minutes && y.minutes <= hi && k.moveOK(j, y.minutes, a) {
		return y.minutes
	}
	return 0
}

// groupOptions lists the ways to make up minutes from the work of
// misordered piece i's day that may go later with it: each set of whole
// pieces, alone or with one more cut (see mayCut) into parts of at least
// minPiece. The empty set, which swapPair covers, is left out. It picks one
// piece of each work, and none of i's, so that moveOK, which looks at one
// piece going, holds for the group.
func (k *orderKeeper) groupOptions(i int) []groupOption {
	var pool []int
	seen := map[[2]int]bool{{k.pieces[i].item, k.pieces[i].of}: true}
	for _, f := range k.byDay[k.pieces[i].day] {
		work := [2]int{k.pieces[f].item, k.pieces[f].of}
		if !seen[work] && k.mayGoLater(f) && k.moveOK(f, k.pieces[f].minutes, -1) && len(pool) < maxFillers {
			pool, seen[work] = append(pool, f), true
		}
	}
	var out []groupOption
	for set := 0; set < 1<<len(pool); set++ {
		var whole []int
		sum := 0
		for n, f := range pool {
			if set&(1<<n) != 0 {
				whole, sum = append(whole, f), sum+k.pieces[f].minutes
			}
		}
		if set > 0 {
			out = append(out, groupOption{whole: whole, cut: -1, lo: sum, hi: sum})
		}
		for n, c := range pool {
			m, least := k.pieces[c].minutes, minPiece(k.work[k.pieces[c].item].Kind)
			if set&(1<<n) == 0 && k.mayCut(c) && m >= 2*least {
				out = append(out, groupOption{whole: whole, cut: c, lo: sum + least, hi: sum + m - least})
			}
		}
	}
	return out
}

// mayGoLater reports whether piece f may move to a later day: fix time, a
// domain's review that goes over no task, a review misordered already and
// a task's last review may; a task's other reviews (whose gaps are kept),
// study (whose reviews would then come before it) and practice exams
// (placed for their spread) may not.
func (k *orderKeeper) mayGoLater(f int) bool {
	pc := k.pieces[f]
	switch k.work[pc.item].Kind {
	case Fix:
		return true
	case Review:
		return pc.of < 0 || k.misordered(pc) || k.lastReview(pc)
	}
	return false
}

// mayCut reports whether piece f may go later in part: fix time and a
// domain's review that goes over no task, in order. A task's review goes
// whole or stays (another part would be another review, at a gap of its
// own); a misordered piece cut could leave two misordered parts.
func (k *orderKeeper) mayCut(f int) bool {
	pc := k.pieces[f]
	return k.mayGoLater(f) && !k.misordered(pc) && (k.work[pc.item].Kind == Fix || pc.of < 0)
}
