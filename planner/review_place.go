package planner

import "container/heap"

// reviewWalk places study and spaced reviews day by day: each day's share
// of the work takes the reviews that are due first, then the next study.
type reviewWalk struct {
	work    []TopicPlan
	days    []day
	pieces  []piece
	amounts []int // each day's share of the work
	clock   studyClock
	due     chainQueue
	waiting map[int][]*reviewChain // by task: chains whose study has not ended
	lastDay int                    // the last day index for reviews before the final week
	lastAny int                    // the last day index for any review
	longest int                    // the most minutes any day holds
}

// finalWeekDays is how many days before the exam hold no review when the
// plan is six weeks or longer; shorter plans keep a sixth of their days.
func finalWeekDays(n int) int {
	if n >= 42 {
		return 7
	}
	return n / 6
}

// placeStudyAndReview cuts the study items seq and the review chains into
// the day amounts (the first days' shares of the work), in order; reviews
// that find no amount left go to days with free time from their due day on
// (then before it). It returns the pieces and the minutes that did not fit.
func placeStudyAndReview(work []TopicPlan, seq []int, chains []*reviewChain, days []day, amounts []int) ([]piece, int) {
	r := &reviewWalk{work: work, days: days, waiting: map[int][]*reviewChain{},
		lastAny: len(days) - 1, lastDay: len(days) - finalWeekDays(len(days)) - 1, clock: newStudyClock(days), longest: longestDay(days)}
	studying := map[int]bool{}
	for _, i := range seq {
		studying[i] = true
	}
	for _, c := range chains {
		if c.gaps != nil { // fix time, due already
			heap.Push(&r.due, c)
			continue
		}
		if c.task >= 0 && studying[c.task] {
			r.waiting[c.task] = append(r.waiting[c.task], c)
			continue
		}
		c.begin(r.clock, -1, r.lastDay, r.lastAny)
		heap.Push(&r.due, c)
	}
	r.amounts = amounts
	unplaced := r.walk(seq, amounts)
	for _, c := range r.due {
		unplaced += r.fill(c)
	}
	for _, i := range seq {
		for _, c := range r.waiting[i] {
			c.begin(r.clock, r.lastAny, r.lastDay, r.lastAny)
			unplaced += r.fill(c)
		}
	}
	return r.pieces, unplaced
}

// studyEnded starts the reviews of task, whose study ended on day k.
func (r *reviewWalk) studyEnded(task, k int) {
	for _, c := range r.waiting[task] {
		c.begin(r.clock, k, r.lastDay, r.lastAny)
		heap.Push(&r.due, c)
	}
	delete(r.waiting, task)
}

// reviewsOn places the reviews due by day k within amount a and returns
// what is left of a.
func (r *reviewWalk) reviewsOn(k, a int) int {
	for a > 0 && len(r.due) > 0 && r.due[0].due <= k {
		c := r.due[0]
		if short := c.sizes[0] - a; c.part == 0 && short > 0 {
			if r.days[k].free < short && max(r.days[k].cap, r.longest) >= c.sizes[0] {
				break // whole on a later day rather than split over two
			}
			extra := min(short, r.days[k].free) // the day's spare time keeps it whole
			r.days[k].free, a = r.days[k].free-extra, a+extra
		}
		if c.part == 0 {
			c.start = k
		}
		take := min(a, c.sizes[0]-c.part)
		r.pieces = append(r.pieces, piece{day: k, item: c.item, minutes: take, of: c.task})
		a, c.part = a-take, c.part+take
		if c.part < c.sizes[0] {
			break
		}
		heap.Pop(&r.due)
		if c.placed(r.clock) {
			heap.Push(&r.due, c)
		}
	}
	return a
}

// fill places the rest of chain c on days with free time: each review from
// its due day on; failing that, with the review before it (so that gaps
// never shrink), then before its due day. It returns the minutes that found
// no room.
func (r *reviewWalk) fill(c *reviewChain) int {
	unplaced := 0
	for len(c.sizes) > 0 {
		need := c.sizes[0] - c.part
		if c.part == 0 {
			c.start = -1
		}
		from := min(max(c.due, 0), len(r.days))
		need = r.fillRange(c, need, from, len(r.days), true)
		need = r.fillRange(c, need, from, len(r.days), false)
		if c.reviewed > 0 && c.prev >= 0 {
			need = r.fillRange(c, need, c.prev, c.prev+1, false)
		}
		need = r.fillRange(c, need, from-1, -1, true)
		need = r.fillRange(c, need, from-1, -1, false)
		unplaced += need
		if c.start < 0 {
			c.start = max(c.due, 0)
		}
		c.placed(r.clock)
	}
	return unplaced
}

// fillRange places need minutes of c's next review on the days from k
// toward end (excluded; going back when end < k), only on a day that holds
// them all when whole, and returns what is left.
func (r *reviewWalk) fillRange(c *reviewChain, need, k, end int, whole bool) int {
	step := 1
	if end < k {
		step = -1
	}
	for ; k != end && need > 0 && k >= 0 && k < len(r.days); k += step {
		if take := splitTake(need, r.days[k].free); take > 0 && (!whole || take == need) {
			r.days[k].free -= take
			r.pieces = append(r.pieces, piece{day: k, item: c.item, minutes: take, of: c.task})
			need -= take
			if c.start < 0 {
				c.start = k
			}
		}
	}
	return need
}

// reviewsSoon places, within what study left of day k's amount a, whole
// reviews that are due or due soon (see earlyOK), the soonest first, and
// returns what is left of a. Those minutes hold no study (no session is
// under a quarter hour), so a review there frees its own day for study.
func (r *reviewWalk) reviewsSoon(k, a int) int {
	for a > 0 {
		best := -1
		for i, c := range r.due {
			if c.part == 0 && c.sizes[0] <= a && r.earlyOK(c, k) && (best < 0 || r.due.Less(i, best)) {
				best = i
			}
		}
		if best < 0 {
			return a
		}
		c := r.due[best]
		heap.Remove(&r.due, best)
		c.start = k
		r.pieces = append(r.pieces, piece{day: k, item: c.item, minutes: c.sizes[0], of: c.task})
		a -= c.sizes[0]
		if c.placed(r.clock) {
			heap.Push(&r.due, c)
		}
	}
	return a
}

// earlyOK reports whether chain c's next review may fall on day k: when it
// is due by then, or when it is a task's review due soon after that keeps
// the spacing rules: after the review before it (or the study), at a gap
// no shorter than the gap before it, and early by at most a quarter of the
// gap it aims for (one study day when that is shorter), in study days.
func (r *reviewWalk) earlyOK(c *reviewChain, k int) bool {
	if c.due <= k {
		return true
	}
	if c.task < 0 || k <= c.prev {
		return false
	}
	gap, aim := r.clock.at(k)-r.clock.at(c.prev), r.clock.at(c.due)-r.clock.at(c.prev)
	return gap >= max(c.gap, 1) && aim-gap <= max(1, aim/earlyShare)
}

// earlyShare: a review due soon comes early by at most 1/earlyShare of its gap.
const earlyShare = 4

// splitTake is how much of need minutes of a review a day with avail
// minutes takes: all of it when it holds it; else as much as leaves the
// rest a minimum review, when that is a minimum review too; else none. No
// part of a review is under minReviewMinutes, unless the whole review is.
func splitTake(need, avail int) int {
	if avail >= need {
		return need
	}
	if t := min(avail, need-minReviewMinutes); t >= minReviewMinutes {
		return t
	}
	return 0
}
