package planner

// laterWork moves the work keepOrder could not put in a learner's order
// to days with free minutes where it is: fix time to the days after its
// practice exam, and a review to the days from its task's first study on
// (after that study when on the same day), in parts of at least
// minReviewMinutes. What finds no room there is dropped: fixing what an
// exam not yet sat showed is no study, nor is reviewing a task not yet
// studied, so those minutes count as not placed and the plan says it does
// not fit. It returns the pieces and, per work item, the minutes dropped.
func laterWork(work []TopicPlan, pieces []piece, days []day) ([]piece, []int) {
	k := newOrderKeeper(work, pieces)
	firstAt := k.firstStudyPieces()
	dropped := make([]int, len(work))
	out, moved := pieces[:0:0], []piece(nil)
	for i, pc := range pieces {
		kind := work[pc.item].Kind
		late := (kind == Fix || kind == Review) && k.misordered(pc)
		if kind == Review && pc.of >= 0 && pc.day == k.firstStudy[pc.of] && i < firstAt[pc.of] {
			late = true // on the study's first day, but before it
		}
		if !late {
			out = append(out, pc)
			continue
		}
		days[pc.day].free += pc.minutes
		need := pc.minutes
		for d := k.laterFrom(pc); d < len(days) && need > 0; d++ {
			of, ok := k.reviewOn(pc, d)
			if take := splitTake(need, days[d].free); take > 0 && ok {
				days[d].free -= take
				need -= take
				if kind == Review {
					moved = append(moved, piece{d, pc.item, take, of}) // after the day's study
				} else {
					out = append(out, piece{d, pc.item, take, of})
				}
			}
		}
		if need > 0 {
			days[pc.day].free -= need // the minutes stay unused on their day
		}
		dropped[pc.item] += need
	}
	return append(out, moved...), dropped
}

// firstStudyPieces is, per work item, the index of its first piece on the
// first day of its study (len(pieces) for an item not studied).
func (k *orderKeeper) firstStudyPieces() []int {
	at := make([]int, len(k.work))
	for i := range at {
		at[i] = len(k.pieces)
	}
	for i, pc := range k.pieces {
		if k.work[pc.item].Kind == Study && pc.day == k.firstStudy[pc.item] {
			at[pc.item] = min(at[pc.item], i)
		}
	}
	return at
}

// laterFrom is the first day late piece pc may move to: a review's own
// day, as it may go over another task of its domain studied by then (see
// reviewOn); else its good day.
func (k *orderKeeper) laterFrom(pc piece) int {
	if k.work[pc.item].Kind == Review && pc.of >= 0 {
		return min(pc.day, k.goodDay(pc))
	}
	return k.goodDay(pc)
}

// reviewOn says which task late piece pc goes over on day d (after that
// day's study), and whether it may fall there: its own task once its
// study began, else the task of its domain that relabel would pick; work
// other than a review keeps its label.
func (k *orderKeeper) reviewOn(pc piece, d int) (int, bool) {
	if k.work[pc.item].Kind != Review || pc.of < 0 || k.firstStudy[pc.of] <= d {
		return pc.of, true
	}
	best, bestKey := -1, -1
	for t, w := range k.work {
		if w.Kind != Study || w.domainNumber != k.work[pc.item].domainNumber || w.minutes <= 0 {
			continue
		}
		if key, ok := k.studiedBy(t, d); ok && key > bestKey {
			best, bestKey = t, key
		}
	}
	return best, best >= 0
}
