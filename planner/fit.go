package planner

import (
	"slices"

	"certplan/catalog"
)

// A plan fits when its work is placed, not when the days' hours merely add
// up to it: no study session is under a quarter hour (see walk), so a few
// spare minutes here and there may hold no study. The verdicts on what fits
// (Feasible, the earliest exam date, the hours a week that fit) place the
// work to tell, so that each date or week they offer fits once applied.

// maxRefits bounds how often placing a plan that loses minutes thins its
// work again.
const maxRefits = 8

// placeFitted places work on days, thinned (fitWork) to what the days hold
// once placed: when placing leaves minutes out, the work is thinned by that
// much more and placed again. It returns the work as fitted and where it
// went: of the placings tried that give every item fitWork kept some time
// (keepsEveryItem), the one that places the most, the first of equals.
// Thinning again can lose other minutes, so the last placing is not always
// the fullest, and the plan keeps the fewest idle minutes.
func placeFitted(work []TopicPlan, days []day, order func(work []TopicPlan, seq []int)) ([]TopicPlan, placement) {
	room := capacity(days)
	work = slices.Clone(work)
	var late lateMinutes
	crumbs, most := 0, -1
	var best []TopicPlan
	var bestPl placement
	for n := 0; ; n++ {
		fitted := fitWork(work, room)
		pl := place(fitted, slices.Clone(days), func(seq []int) { order(fitted, seq) })
		placed := placedMinutes(pl.pieces)
		lost := remainingMinutes(fitted) - placed
		dropped := droppedOf(fitted, pl)
		late = lateMinutes{late.reviews + dropped.reviews, late.fixes + dropped.fixes}
		done := lost <= 0 || room == 0 || n == maxRefits
		if placed > most && (done && most < 0 || keepsEveryItem(fitted, pl)) {
			pl.late, pl.crumbs = late, crumbs+max(lost-dropped.reviews-dropped.fixes, 0)
			best, bestPl, most = fitted, pl, placed
		}
		if done {
			return best, bestPl
		}
		if fixes, reviews := leaveOutLate(work, fitted, pl); !fixes {
			room = max(room-max(lost-reviews, 0), 0) // the reviews left out free their own minutes
			crumbs += max(lost-reviews, 0)
		}
	}
}

// keepsEveryItem reports whether placement pl gives every item of work
// with minutes left some time, but for review and fix time it left out as
// able to come only too early (pl.dropped).
func keepsEveryItem(work []TopicPlan, pl placement) bool {
	placed := make([]int, len(work))
	for _, pc := range pl.pieces {
		placed[pc.item] += pc.minutes
	}
	for i, w := range work {
		if w.left > 0 && placed[i] == 0 && (i >= len(pl.dropped) || pl.dropped[i] < w.left) {
			return false
		}
	}
	return true
}

// lateMinutes are the minutes of review and of fix time that placing left
// out because they could come only before the study they go over or the
// practice exam they follow (see laterWork).
type lateMinutes struct{ reviews, fixes int }

// droppedOf sums placement pl's dropped minutes of work by kind.
func droppedOf(work []TopicPlan, pl placement) lateMinutes {
	var m lateMinutes
	for i, d := range pl.dropped {
		if work[i].Kind == Fix {
			m.fixes += d
		} else {
			m.reviews += d
		}
	}
	return m
}

// leaveOutLate leaves out of work the fix time that found no room after
// its practice exam, and the reviews that found none after their task's
// study (see laterWork), rather than thin the other work to make room for
// minutes that could only come too early. It reports whether any fix time
// was left out, and the review minutes that were.
func leaveOutLate(work, fitted []TopicPlan, pl placement) (fixes bool, reviews int) {
	placed := make([]int, len(fitted))
	for _, pc := range pl.pieces {
		placed[pc.item] += pc.minutes
	}
	for i, w := range fitted {
		switch {
		case w.Kind == Fix && placed[i] < w.left:
			work[i].left = max(work[i].left-(w.left-placed[i]), 0)
			fixes = true
		case w.Kind == Review && i < len(pl.dropped) && pl.dropped[i] > 0:
			work[i].left = max(work[i].left-pl.dropped[i], 0)
			reviews += pl.dropped[i]
		}
	}
	return fixes, reviews
}

func placedMinutes(pieces []piece) int {
	t := 0
	for _, pc := range pieces {
		t += pc.minutes
	}
	return t
}

// fitCheck tells whether a plan's remaining work, all of it, is placed
// from its first day to an exam date at some hours a week.
type fitCheck struct {
	in    Input
	from  catalog.Date
	work  []TopicPlan
	order func(work []TopicPlan, seq []int)
}

// fits reports whether all the work is placed before until at hours.
func (f fitCheck) fits(hours Weekdays, until catalog.Date) bool {
	need := remainingMinutes(f.work)
	days := calendar(f.in, hours, f.from, until)
	if capacity(days) < need {
		return false
	}
	fitted := slices.Clone(f.work) // placing a practice exam in parts retitles it
	pl := place(fitted, days, func(seq []int) { f.order(fitted, seq) })
	return placedMinutes(pl.pieces) == need
}

// placeByExam places the work on days, the days before the exam, as
// placeFitted does; but a plan that fits by an earlier date fits by a
// later one. Placing in quarter hours over days that other plans have
// left in fragments can leave minutes out of a window that a shorter one
// holds whole, so when the whole window loses minutes while the work fits
// by earliest (f.fits said so), the work is placed whole in the longest
// run of first days that holds it, and the days after it are left free.
func (f fitCheck) placeByExam(work []TopicPlan, days []day, earliest catalog.Date) ([]TopicPlan, placement) {
	fitted, pl := placeFitted(work, days, f.order)
	need := remainingMinutes(work)
	if earliest.IsZero() || placedMinutes(pl.pieces) == need {
		return fitted, pl
	}
	for n := len(days) - 1; n > 0 && n >= f.from.DaysUntil(earliest); n-- {
		whole := slices.Clone(work) // placing a practice exam in parts retitles it
		in := place(whole, slices.Clone(days[:n]), func(seq []int) { f.order(whole, seq) })
		if placedMinutes(in.pieces) == need {
			return whole, in
		}
	}
	return fitted, pl
}
