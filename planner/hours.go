package planner

import (
	"fmt"
	"math"
	"strconv"

	"certplan/catalog"
)

// FormatHours writes hours the one way certplan shows them everywhere: in
// quarter hours when they are whole quarters ("6", "8.75", "0.25"), else
// as hours and minutes ("4:20"), so that no two places round one figure
// differently. It has no unit: callers add " h" where the text needs it.
func FormatHours(h float64) string {
	m := int64(math.Round(h * 60))
	if m%quarterMinutes == 0 {
		return strconv.FormatFloat(float64(m)/60, 'f', -1, 64)
	}
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d:%02d", sign, m/60, m%60)
}

// comfortableDayHours is the most study SpreadHours puts on a day unless
// the learner already studies longer on one.
const comfortableDayHours = 4

// DayLimit is the most hours a day SpreadHours gives any day: four, or the
// learner's own longest day when that is longer.
func DayLimit(pattern Weekdays) float64 { return max(comfortableDayHours, maxDay(pattern)) }

// spreadOrder breaks ties between days without study hours sharing what
// the learner's own days cannot hold: Saturday, Sunday, then the weekdays.
var spreadOrder = [7]int{5, 6, 0, 1, 2, 3, 4}

// SpreadHours spreads perWeek hours over the week like pattern (Monday to
// Friday when it has none), in quarter hours, never more than
// DayLimit(pattern) on a day: what the learner's own days cannot hold is
// shared evenly by the other days, the weekend first. It returns the zero week when even
// every day at the limit cannot hold perWeek.
func SpreadHours(pattern Weekdays, perWeek float64) Weekdays {
	if pattern.Total() == 0 {
		pattern = Even(5)
	}
	limit := int(DayLimit(pattern) * 4)
	want := int(math.Ceil(perWeek*4 - 1e-9))
	if want > 7*limit {
		return Weekdays{}
	}
	var q [7]int
	got := 0
	for i, h := range pattern {
		q[i] = min(int(h/pattern.Total()*float64(want)), limit)
		got += q[i]
	}
	for got < want {
		i := roomiest(q, pattern, limit)
		q[i]++
		got++
	}
	var w Weekdays
	for i := range w {
		w[i] = float64(q[i]) / 4
	}
	return w
}

// roomiest is the day to take the next quarter hour: the learner's day
// furthest below the limit, else the other day with the least.
func roomiest(q [7]int, pattern Weekdays, limit int) int {
	best := -1
	for i := range q {
		if pattern[i] > 0 && q[i] < limit && (best < 0 || q[i] < q[best]) {
			best = i
		}
	}
	if best >= 0 {
		return best
	}
	for _, i := range spreadOrder {
		if q[i] < limit && (best < 0 || q[i] < q[best]) {
			best = i
		}
	}
	return best
}

// weekdaysThatFit returns the fewest hours a week, spread by SpreadHours,
// in half hours, that fit need minutes between from and until (fits
// places them, once the days' hours add up to them); the zero week when
// none within the day limit does.
func weekdaysThatFit(in Input, from, until catalog.Date, need int, fits func(Weekdays) bool) Weekdays {
	limit := DayLimit(in.Hours)
	weeks := float64(from.DaysUntil(until)) / 7
	if weeks <= 0 {
		return Weekdays{}
	}
	// No week of fewer hours than the work over the weeks can fit.
	start := max(math.Floor(float64(need)/60/weeks*2)/2, 0.5)
	for perWeek := start; perWeek <= 7*limit; perWeek += 0.5 {
		w := SpreadHours(in.Hours, perWeek)
		if capacity(calendar(in, w, from, until)) >= need && fits(w) {
			return w
		}
	}
	return Weekdays{}
}
