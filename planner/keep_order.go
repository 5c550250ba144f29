package planner

import "slices"

// Keeping work in a learner's order. The walk places a task's reviews after
// its study ends, and fix time after its practice exam; but work that finds
// no room from its due day on goes to earlier days (see fill), where a
// learner would read "Review: X" before ever studying X, or fix the weak
// areas of a practice exam not yet taken. keepOrder swaps such a piece
// with as many minutes of later work that may come earlier, so every day
// keeps exactly its minutes and every item its total: no figure, week or
// fit verdict changes.

// noDay is a first good day that no piece reaches.
const noDay = 1 << 30

// orderKeeper is the state of keepOrder: the pieces by day, and for each
// work item where its study begins and ends and where its practice exam is
// last taken.
type orderKeeper struct {
	work   []TopicPlan
	pieces []piece
	byDay  [][]int // piece indices on each day
	// firstStudy and lastStudy are each item's first and last study day,
	// or noDay and -1.
	firstStudy, lastStudy []int
	lastPractice          []int   // each practice exam's last day, or -1
	reviewsOf             [][]int // each task's review pieces
}

// keepOrder returns pieces where no review comes before its task's first
// study (unless some of the task was done before the plan) and no fix time
// on or before the day its practice exam ends, as far as swaps with later
// work can do that (see swapFor); a review that no swap can put in order
// goes over a task of its domain studied by then instead, when there is one.
func keepOrder(work []TopicPlan, pieces []piece) []piece {
	k := newOrderKeeper(work, pieces)
	var late []int
	for i, pc := range k.pieces {
		if k.misordered(pc) {
			late = append(late, i)
		}
	}
	if len(late) == 0 {
		return pieces
	}
	k.index()
	slices.SortStableFunc(late, func(a, b int) int { return k.pieces[a].day - k.pieces[b].day })
	for _, i := range late {
		k.swapFor(i)
	}
	for _, i := range late {
		k.relabel(i)
	}
	return k.pieces
}

// newOrderKeeper notes where each item's study and practice fall: all that
// telling a misordered piece takes (see index for the rest).
func newOrderKeeper(work []TopicPlan, pieces []piece) *orderKeeper {
	k := &orderKeeper{work: work, pieces: pieces, firstStudy: make([]int, len(work)),
		lastStudy: make([]int, len(work)), lastPractice: make([]int, len(work))}
	for i := range work {
		k.firstStudy[i], k.lastStudy[i], k.lastPractice[i] = noDay, -1, -1
	}
	for _, pc := range pieces {
		switch work[pc.item].Kind {
		case Study:
			k.firstStudy[pc.item] = min(k.firstStudy[pc.item], pc.day)
			k.lastStudy[pc.item] = max(k.lastStudy[pc.item], pc.day)
		case Practice:
			k.lastPractice[pc.item] = max(k.lastPractice[pc.item], pc.day)
		}
	}
	return k
}

// index lists the pieces by day and each task's reviews, for the swaps.
func (k *orderKeeper) index() {
	n := 0
	for _, pc := range k.pieces {
		n = max(n, pc.day+1)
	}
	k.byDay, k.reviewsOf = make([][]int, n), make([][]int, len(k.work))
	for i, pc := range k.pieces {
		k.byDay[pc.day] = append(k.byDay[pc.day], i)
		if k.work[pc.item].Kind == Review && pc.of >= 0 {
			k.reviewsOf[pc.of] = append(k.reviewsOf[pc.of], i)
		}
	}
}

// doneBefore reports whether progress had some of item i done before the
// plan (its left minutes say less: thinning a plan that does not fit cuts
// them too).
func (k *orderKeeper) doneBefore(i int) bool { return k.work[i].Done || k.work[i].Spent > 0 }

// goodDay is the first day piece pc may fall on: for a review, the day its
// task's study begins (0 when some of the task was done before the plan);
// for fix time, the day after its practice exam's last piece (0 when the
// exam was taken before the plan); 0 for other work. It is noDay for a
// review of a task not studied and fix time of a practice exam not taken.
func (k *orderKeeper) goodDay(pc piece) int {
	switch k.work[pc.item].Kind {
	case Review:
		if pc.of < 0 || k.doneBefore(pc.of) {
			return 0
		}
		return k.firstStudy[pc.of]
	case Fix:
		p := pc.item - 1 // practiceWork lists each exam just before its fix time
		if p < 0 || k.work[p].Kind != Practice {
			return 0
		}
		if k.lastPractice[p] >= 0 {
			return k.lastPractice[p] + 1
		}
		if k.doneBefore(p) {
			return 0
		}
		return noDay
	}
	return 0
}

func (k *orderKeeper) misordered(pc piece) bool { return pc.day < k.goodDay(pc) }
