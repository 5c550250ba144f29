package planner

import (
	"fmt"
	"slices"
	"strings"

	"certplan/catalog"
)

// Practice exams that teach. A short diagnostic practice set (a third of
// the exam's length) comes within the first sixth of the plan, so weak
// domains show while there is time. Full timed practice exams of the
// exam's length (one for Foundational exams, two otherwise) are spread
// through the last third, the last at least two study days before the
// exam, each whole on the day nearest its place that holds it (else as a
// practice set in the fewest near-equal parts on the nearest days) and
// followed by time to fix what it showed (half the exam's length).

// practiceWork lists the diagnostic, then each practice exam with its fix time.
func practiceWork(c *catalog.Catalog, e *catalog.Exam) []TopicPlan {
	minutes := practiceMinutes(c, e)
	diag := quarter(float64(minutes) / 3 / 60)
	out := []TopicPlan{{ID: e.Code + ":diagnostic", Domain: "All domains", Kind: Practice, Base: round2(float64(diag) / 60),
		Title: fmt.Sprintf("Diagnostic practice set (%d minutes): find your weak domains", diag), minutes: diag, weight: practiceWeight}}
	n := 1
	if e.Level != catalog.Foundational {
		n = 2
	}
	fix := quarter(float64(minutes) / 2 / 60)
	for i := 1; i <= n; i++ {
		out = append(out, TopicPlan{ID: fmt.Sprintf("%s:practice-%d", e.Code, i), Domain: "All domains",
			Title: fullPracticeTitle(i, n, minutes), Kind: Practice, Base: round2(float64(minutes) / 60), minutes: minutes,
			weight: practiceWeight},
			TopicPlan{ID: fmt.Sprintf("%s:fix-%d", e.Code, i), Domain: "All domains", Kind: Fix,
				Title: fmt.Sprintf("Fix weak areas after practice exam %d", i), Base: round2(float64(fix) / 60), minutes: fix,
				weight: fixWeight})
	}
	return out
}

func fullPracticeTitle(i, n, minutes int) string {
	return fmt.Sprintf("Full timed practice exam %d of %d (%d minutes)", i, n, minutes)
}

func partsPracticeTitle(i, n, minutes int) string {
	return fmt.Sprintf("Practice set %d of %d in parts (%d minutes over several days)", i, n, minutes)
}

// practicePlacement is where the practice work went.
type practicePlacement struct {
	pieces   []piece
	unplaced int
	parts    int            // full practice exams no day could hold whole
	fixes    []*reviewChain // fix time, due the day after its practice exam
}

// placePractice puts the diagnostic early and the full practice exams
// through the last third, before study and review take the rest. The full
// practice exams are placed last first, each before the one after it, so
// that a learner sits them in their numbered order; each leaves the days after it room for its fix time and the fix
// time of the exams after it.
func placePractice(work []TopicPlan, days []day) practicePlacement {
	var pp practicePlacement
	var full []int
	for i, w := range work {
		switch {
		case w.Kind == Practice && strings.HasSuffix(w.ID, ":diagnostic"):
			if w.left > 0 {
				pp.add(placeNear(i, w.left, days, window{0, 0, max(len(days)/6, 1) - 1, 0, len(days) - 1}))
			}
		case w.Kind == Practice:
			full = append(full, i)
		}
	}
	placed := pp.placeFull(work, full, days)
	for k, i := range full {
		if fix := i + 1; fix < len(work) && work[fix].Kind == Fix && work[fix].left > 0 && placed[k] >= -1 {
			pp.fixes = append(pp.fixes, &reviewChain{task: -1, item: fix, sizes: []int{work[fix].left}, gaps: []int{0},
				due: placed[k] + 1, prev: placed[k]})
		}
	}
	return pp
}

// placeFull places the full practice exams (work indices full, in their
// numbered order) from the last back, and returns the
// last day each was placed on: -1 for one done before the plan, -2 for one
// that found no room.
func (pp *practicePlacement) placeFull(work []TopicPlan, full []int, days []day) []int {
	placed := make([]int, len(full))
	last := lastPracticeDay(days)
	from := len(days) - len(days)/3
	ceil, fixes := len(days)-1, 0
	for k := len(full) - 1; k >= 0; k-- {
		i := full[k]
		if fix := i + 1; fix < len(work) && work[fix].Kind == Fix {
			fixes += work[fix].left
		}
		placed[k] = -1
		if work[i].left == 0 {
			continue
		}
		hi := roomAfter(days, min(last, ceil), fixes+fixes/fixMargin)
		target := from + (last-from)*(k+1)/len(full)
		pcs, rest := placeNear(i, work[i].left, days, window{target, from, hi, 0, ceil})
		if len(pcs) != 1 || rest > 0 {
			pp.parts++
			work[i].Title = partsPracticeTitle(k+1, len(full), work[i].minutes)
		}
		pp.add(pcs, rest)
		placed[k] = -2
		if len(pcs) > 0 {
			placed[k], ceil = lastDayOf(pcs), firstDayOf(pcs)-1
		}
	}
	return placed
}

func (pp *practicePlacement) add(pcs []piece, rest int) {
	pp.pieces, pp.unplaced = append(pp.pieces, pcs...), pp.unplaced+rest
}

func lastDayOf(pcs []piece) int {
	k := -1
	for _, pc := range pcs {
		k = max(k, pc.day)
	}
	return k
}

func firstDayOf(pcs []piece) int {
	k := noDay
	for _, pc := range pcs {
		k = min(k, pc.day)
	}
	return k
}

// roomAfter is the last day index up to hi whose following days have need
// free minutes, for fix time after a practice exam; hi when none has.
func roomAfter(days []day, hi, need int) int {
	free := 0
	for k := len(days) - 1; k > hi; k-- {
		free += days[k].free
	}
	for k := hi; k >= 0; k-- {
		if free >= need {
			return k
		}
		free += days[k].free
	}
	return hi
}

// lastPracticeDay is the last day index with at least two study days after
// it before the exam (or the first study day when there are not that many).
func lastPracticeDay(days []day) int {
	after := 0
	for k := len(days) - 1; k >= 0; k-- {
		if after >= 2 && days[k].cap > 0 {
			return k
		}
		if days[k].cap > 0 {
			after++
		}
	}
	for k := range days {
		if days[k].cap > 0 {
			return k
		}
	}
	return len(days) - 1
}

// fixMargin: the days after a practice exam hold its fix time and the fix
// time of the exams after it, and 1/fixMargin more, as study and review
// share those days.
const fixMargin = 4

// window is where a practice set goes: on the day nearest target within
// [lo, hi] when it can, and never outside [floor, ceil].
type window struct{ target, lo, hi, floor, ceil int }

// placeNear puts one practice set whole on the untouched day nearest
// w.target (back first) within [w.lo, w.hi], then on any untouched day up
// to w.hi that holds it, the latest first, then up to w.ceil; failing
// that, in parts on the days nearest target. It never goes outside
// [w.floor, w.ceil], and returns the pieces and the minutes that found no room.
func placeNear(item, minutes int, days []day, w window) ([]piece, int) {
	ceil := min(w.ceil, len(days)-1)
	floor := max(w.floor, 0)
	if ceil < floor {
		return nil, minutes
	}
	hi := min(max(w.hi, floor), ceil)
	lo := min(max(w.lo, floor), hi)
	target := min(max(w.target, lo), hi)
	fits := func(k int) bool { return days[k].free == days[k].cap && days[k].free >= minutes }
	k := nearest(target, lo, hi, fits)
	if k < 0 {
		k = nearest(hi, floor, hi, fits)
	}
	if k < 0 {
		k = nearest(hi, floor, ceil, fits)
	}
	if k >= 0 {
		days[k].free -= minutes
		return []piece{{k, item, minutes, -1}}, 0
	}
	if pcs := evenParts(item, minutes, days, target, floor, hi); pcs != nil {
		return pcs, 0
	}
	return partsNear(item, minutes, days, target, floor, hi, ceil)
}

// partsNear puts a practice set in parts on the days with free time
// nearest target within [floor, hi], then within [floor, ceil], and
// returns the pieces and the minutes that found no room.
func partsNear(item, minutes int, days []day, target, floor, hi, ceil int) ([]piece, int) {
	var out []piece
	free := func(k int) bool { return days[k].free > 0 }
	for minutes > 0 {
		k := nearest(target, floor, hi, free)
		if k < 0 {
			k = nearest(target, floor, ceil, free)
		}
		if k < 0 {
			break
		}
		take := min(days[k].free, minutes)
		days[k].free -= take
		minutes -= take
		out = append(out, piece{k, item, take, -1})
	}
	return out, minutes
}

// maxParts is the most parts a practice set is cut into evenly.
const maxParts = 6

// evenParts cuts a practice set into the fewest near-equal parts (two to
// maxParts) that fit on the days nearest target within [floor, hi], in
// order, or returns nil when none do.
func evenParts(item, minutes int, days []day, target, floor, hi int) []piece {
	for k := 2; k <= maxParts; k++ {
		part := (minutes + k - 1) / k
		var picked []int
		for d := 0; len(picked) < k && (target-d >= floor || target+d <= hi); d++ {
			candidates := []int{target - d}
			if d > 0 {
				candidates = append(candidates, target+d)
			}
			for _, x := range candidates {
				if x >= floor && x <= hi && len(picked) < k && days[x].free >= part {
					picked = append(picked, x)
				}
			}
		}
		if len(picked) < k {
			continue
		}
		slices.Sort(picked)
		out := make([]piece, 0, k)
		for i, x := range picked {
			m := minutes / k
			if i < minutes%k {
				m++
			}
			days[x].free -= m
			out = append(out, piece{x, item, m, -1})
		}
		return out
	}
	return nil
}

// nearest returns the index in [lo, hi] nearest target (earlier on a tie)
// for which ok holds, or -1.
func nearest(target, lo, hi int, ok func(int) bool) int {
	for d := 0; target-d >= lo || target+d <= hi; d++ {
		if k := target - d; k >= lo && k <= hi && ok(k) {
			return k
		}
		if k := target + d; d > 0 && k >= lo && k <= hi && ok(k) {
			return k
		}
	}
	return -1
}

// practiceMinutesOf is the length of the plan's full practice exams.
func practiceMinutesOf(work []TopicPlan) int {
	for _, w := range work {
		if w.Kind == Practice && !strings.HasSuffix(w.ID, ":diagnostic") {
			return w.minutes
		}
	}
	return 0
}

// partsWarning says that no day holds a full practice exam and proposes the
// smallest change: one day a fortnight long enough to sit it whole.
func partsWarning(minutes int, hours Weekdays) string {
	need := float64((minutes+14)/15*15) / 60
	return fmt.Sprintf("No day has %d free minutes for a full timed practice exam, so each is a practice set split over several days: "+
		"make one day a fortnight %s h long (your longest is %s h) to sit them whole.", minutes, FormatHours(need), FormatHours(maxDay(hours)))
}
