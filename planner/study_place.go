package planner

// studyStream is the study items in order, as far as the walk has placed them.
type studyStream struct {
	seq     []int
	s       int // the item being placed, an index into seq
	left    int // its minutes not yet placed
	skipped int // minutes of items no day can hold without a crumb
}

func (st *studyStream) done() bool { return st.s >= len(st.seq) }

// next moves on to the next item.
func (st *studyStream) next(work []TopicPlan) {
	if st.s++; !st.done() {
		st.left = work[st.seq[st.s]].left
	}
}

// unplaced is the study minutes the stream did not place.
func (st *studyStream) unplaced(work []TopicPlan) int {
	t := st.skipped
	if !st.done() {
		t += st.left
		for _, i := range st.seq[st.s+1:] {
			t += work[i].left
		}
	}
	return t
}

// walk spends each day's amount on due reviews, then study, then on
// reviews due soon what study cannot use, and gives what is unused back to
// the day. The study stream is cut at day boundaries
// only where no piece of a topic falls under quarterMinutes, unless it is
// all the topic has left (a learner cannot study a topic for a minute; see
// studyTake): the minutes a day leaves move on, taken from the spare time
// of the days after, past the amounts when they must. It returns the study
// minutes not placed.
func (r *reviewWalk) walk(seq []int, amounts []int) int {
	st := &studyStream{seq: seq, s: -1}
	st.next(r.work)
	behind := 0 // minutes of the amounts so far that the walk did not use
	for k := 0; k < len(r.days) && (k < len(amounts) || !st.done()); k++ {
		var a int
		a, behind = r.dayShare(k, amounts, behind)
		a = r.studyOn(st, k, a)
		if !st.done() {
			a = r.reviewsSoon(k, a)
			behind += a
		}
		r.days[k].free += a
	}
	return st.unplaced(r.work)
}

// studyOn places the stream's study on day k within a minutes, running
// into the day's spare time where studyTake says, and returns what is left
// of a.
func (r *reviewWalk) studyOn(st *studyStream, k, a int) int {
	for !st.done() {
		if !cuttable(st.left, r.longest) {
			st.skipped += st.left // no day can hold it without a crumb
			st.next(r.work)
			continue
		}
		take := studyTake(st.left, a, r.days[k].free, r.longest)
		if take == 0 {
			return a
		}
		if take > a {
			r.days[k].free -= take - a
			a = take
		}
		r.pieces = append(r.pieces, piece{day: k, item: st.seq[st.s], minutes: take, of: -1})
		a, st.left = a-take, st.left-take
		if st.left > 0 {
			return a
		}
		r.studyEnded(st.seq[st.s], k)
		st.next(r.work)
	}
	return a
}

// dayShare is day k's minutes for study after its due reviews, and how far
// the walk is still behind the amounts: what it is behind, the day takes
// from its spare time on top of its amount.
func (r *reviewWalk) dayShare(k int, amounts []int, behind int) (int, int) {
	amount := 0
	if k < len(amounts) {
		amount = amounts[k]
	}
	spare := min(behind, r.days[k].free)
	r.days[k].free -= spare
	return r.reviewsOn(k, amount+spare), behind - spare
}

// studyTake is how much of a topic with left minutes a day takes whose
// study amount is a minutes, with spare minutes of free time besides, when
// no day holds more than longest. It takes the amount when no piece of the
// topic is then under a quarter hour; else it runs into the spare time, to
// finish the topic or to make a quarter hour, when the spare time holds
// that; else it ends earlier, to leave the topic's next piece a quarter
// hour, or takes nothing (the topic starts another day). What it leaves
// can always be cut into pieces of a quarter hour to longest.
func studyTake(left, a, spare, longest int) int {
	const q = quarterMinutes
	tail := func(t int) bool { return left-t == 0 || left-t >= q && cuttable(left-t, longest) }
	switch {
	case left <= a:
		return left
	case a == 0:
		return 0
	case left-a < q && left <= a+spare:
		return left // its tail, or all of it, today
	case a < q && q <= a+spare && tail(q):
		return q // a quarter hour today rather than a crumb
	}
	for t := min(a, left-q); t >= q; t-- {
		if tail(t) {
			return t
		}
	}
	return 0
}

// cuttable reports whether m minutes of study can be cut into sessions of
// a quarter hour to longest minutes (or be one shorter session, all of it).
func cuttable(m, longest int) bool {
	if m <= longest && m < quarterMinutes {
		return true
	}
	if longest <= 0 {
		return false
	}
	n := (m + longest - 1) / longest // the fewest sessions that hold it
	return n*quarterMinutes <= m
}
