package planner

// piece is a part of one work item placed on one day.
type piece struct {
	day     int // index into the days slice
	item    int // index into the work slice
	minutes int
	of      int // for a review, the index of the task reviewed; otherwise -1
}

// placement is where the remaining work went.
type placement struct {
	pieces   []piece
	unplaced int // minutes that did not fit
	parts    int // full practice exams that no day could hold whole
	// dropped is, per work item, the minutes of fix time and review that
	// found no room after their practice exam or study (see laterWork).
	dropped []int
	// newUntil is the index of the first day without new material, or -1.
	newUntil int
	// late is the review and fix time left out, in this placing and those
	// placeFitted tried before it, because it could come only before its
	// study or practice exam (dropped); crumbs the minutes those placings
	// lost besides, in spare minutes too few for a session.
	late   lateMinutes
	crumbs int
}

// place puts the remaining work into the days' free capacity: the practice
// exams first (see practice.go), then study (in the order order sorts it
// into) and spaced review spread evenly
// over the days before the last 15 % of the plan (when they fit there,
// so that it holds no new material), reviews on their due days first, fix
// time after its practice exam; then keepOrder puts back in order the
// reviews and fix time that found room only before their study or exam,
// and what it cannot put in order moves to free minutes after that study
// or exam, or is not placed (see laterWork).
func place(work []TopicPlan, days []day, order func(seq []int)) placement {
	pp := placePractice(work, days)
	var seq []int
	need := 0
	for i, w := range work {
		if w.Kind == Study && w.left > 0 {
			seq = append(seq, i)
		}
		if w.Kind != Practice {
			need += w.left
		}
	}
	order(seq)
	p := placement{parts: pp.parts, newUntil: -1}
	window := days
	if cut := len(days) - len(days)*3/20; cut < len(days) && freeMinutes(days[:cut]) >= need {
		window, p.newUntil = days[:cut], cut
	}
	amounts, _ := spread(window, need)
	chains := append(reviewChains(work, reviewLimit(longestDay(days))), pp.fixes...)
	placed, rest := placeStudyAndReview(work, seq, chains, days, amounts)
	pieces, dropped := laterWork(work, keepOrder(work, append(pp.pieces, placed...)), days)
	p.pieces, p.unplaced, p.dropped = pieces, pp.unplaced+rest, dropped
	for _, m := range dropped {
		p.unplaced += m
	}
	if p.newUntil >= 0 && studiesFrom(work, p.pieces, p.newUntil) {
		p.newUntil = -1 // study moved on past the window: the last days hold new material after all
	}
	return p
}

// studiesFrom reports whether a study piece lies on day k or later.
func studiesFrom(work []TopicPlan, pieces []piece, k int) bool {
	for _, pc := range pieces {
		if pc.day >= k && work[pc.item].Kind == Study {
			return true
		}
	}
	return false
}

// longestDay is the most minutes any day holds.
func longestDay(days []day) int {
	m := 0
	for _, d := range days {
		m = max(m, d.cap)
	}
	return m
}

func freeMinutes(days []day) int {
	t := 0
	for _, d := range days {
		t += d.free
	}
	return t
}

// spread decides how many minutes each day takes so that need is spread in
// proportion to each day's free time, in quarter hours, never over a day's
// free time. It returns the amounts and the minutes that did not fit.
func spread(days []day, need int) ([]int, int) {
	amounts := make([]int, len(days))
	free := freeMinutes(days)
	if need >= free {
		for k := range days {
			amounts[k] = days[k].free
			days[k].free = 0
		}
		return amounts, need - free
	}
	done, cum := 0, 0
	for k := range days {
		cum += days[k].free
		target := cum * need / free / 15 * 15
		take := min(days[k].free, max(target-done, 0))
		amounts[k], done = take, done+take
	}
	for k := len(days) - 1; k >= 0 && done < need; k-- {
		take := min(days[k].free-amounts[k], need-done)
		amounts[k], done = amounts[k]+take, done+take
	}
	for k := range days {
		days[k].free -= amounts[k]
	}
	return amounts, 0
}
