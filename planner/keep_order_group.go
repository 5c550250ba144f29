package planner

// share is minutes of a piece that a group swap moves.
type share struct{ piece, minutes int }

// swapGroup moves misordered piece i, with other work of its day that may
// come later (see mayGoLater) to make up the minutes, to later piece j's
// day, and as many minutes of j to i's day: a review too short to swap
// with a quarter hour of study alone then goes with others.
// It reports whether it found such a group.
func (k *orderKeeper) swapGroup(i, j int) bool {
	x, y := k.pieces[i], k.pieces[j]
	p := k.groupMinutes(i, j)
	if p <= x.minutes {
		return false
	}
	fill, ok := k.fillers(i, x.day, y.day, p-x.minutes)
	if !ok {
		return false
	}
	if p < y.minutes {
		k.pieces[j].minutes -= p
		k.add(piece{day: x.day, item: y.item, minutes: p, of: y.of})
	} else {
		k.move(j, x.day)
	}
	k.move(i, y.day)
	for _, f := range fill {
		k.send(f, y.day)
	}
	return true
}

// groupMinutes is how much of later piece j a group swap with misordered
// piece i takes: a piece of study is cut where neither part is under a
// quarter hour (see partOK), other work is taken whole. It is 0 when no
// cut does.
func (k *orderKeeper) groupMinutes(i, j int) int {
	x, y := k.pieces[i], k.pieces[j]
	if k.work[y.item].Kind != Study {
		return y.minutes
	}
	p := x.minutes + 1
	if !k.partOK(j, p, x.day) {
		p = max(p, quarterMinutes)
	}
	if rest := y.minutes - p; rest > 0 && !k.partOK(j, rest, y.day) {
		p = y.minutes
	}
	if p > y.minutes {
		return 0
	}
	return p
}

// fillers picks need minutes of the reviews and fix time on day a other
// than piece i to go to day b: whole pieces first, then a cut of one whose
// parts are long enough (see partOK). It reports whether they make need.
func (k *orderKeeper) fillers(i, a, b, need int) ([]share, bool) {
	var out []share
	taken := map[int]bool{}
	for _, f := range k.byDay[a] {
		if m := k.pieces[f].minutes; f != i && k.mayGoLater(f) && m <= need {
			out, need, taken[f] = append(out, share{f, m}), need-m, true
		}
	}
	for _, f := range k.byDay[a] {
		if need == 0 {
			return out, true
		}
		m := k.pieces[f].minutes
		if f != i && !taken[f] && k.mayGoLater(f) && k.partOK(f, need, b) && k.partOK(f, m-need, a) {
			return append(out, share{f, need}), true
		}
	}
	return out, need == 0
}

// mayGoLater reports whether piece f may move to a later day: fix time, a
// domain's review that goes over no task, and a review misordered already
// may; a task's review in order (whose gaps are kept), study (whose
// reviews would then come before it) and practice exams (placed for their
// spread) may not.
func (k *orderKeeper) mayGoLater(f int) bool {
	pc := k.pieces[f]
	switch k.work[pc.item].Kind {
	case Fix:
		return true
	case Review:
		return pc.of < 0 || k.misordered(pc)
	}
	return false
}

// send moves the share's minutes of its piece to day d: the whole piece,
// or a part cut from it.
func (k *orderKeeper) send(s share, d int) {
	pc := k.pieces[s.piece]
	if s.minutes == pc.minutes {
		k.move(s.piece, d)
		return
	}
	k.pieces[s.piece].minutes -= s.minutes
	k.add(piece{day: d, item: pc.item, minutes: s.minutes, of: pc.of})
}
