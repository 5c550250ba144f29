package planner

import (
	"math"

	"certplan/catalog"
)

// day is one calendar day of the plan window and what it can hold.
type day struct {
	date catalog.Date
	cap  int    // minutes available
	free int    // minutes not yet planned
	off  string // why a study weekday holds nothing: a holiday's name, "time off"
}

// calendar lists the days in [from, until) with their capacity in minutes,
// using hours per weekday, public holidays and time off.
func calendar(in Input, hours Weekdays, from, until catalog.Date) []day {
	if !from.Before(until) {
		return nil
	}
	days := make([]day, 0, from.DaysUntil(until))
	for d := from; d.Before(until); d = d.AddDays(1) {
		days = append(days, dayOf(in, hours, d))
	}
	return days
}

// dayOf returns one day with what it can hold. What other plans leave of
// a day (Input.Taken) holds nothing when it is under a quarter hour: no
// study session is that short.
func dayOf(in Input, hours Weekdays, d catalog.Date) day {
	x := day{date: d, cap: int(math.Round(max(hours[d.MondayIndex()]-in.Taken[d], 0) * 60))}
	if in.Taken[d] > 0 && x.cap < quarterMinutes {
		x.cap = 0
	}
	if x.cap > 0 {
		if x.off = dayOff(in, d); x.off != "" {
			x.cap = 0
		}
	}
	x.free = x.cap
	return x
}

// dayOff names why d is not a study day, or returns "".
func dayOff(in Input, d catalog.Date) string {
	for _, s := range in.TimeOff {
		if s.Contains(d) {
			return "time off"
		}
	}
	if in.Holidays != nil {
		if name, ok := in.Holidays.HolidayOn(d); ok {
			return name
		}
	}
	return ""
}

// capacity sums the minutes of days.
func capacity(days []day) int {
	t := 0
	for _, d := range days {
		t += d.cap
	}
	return t
}

// earliestFit returns the first exam date by which need minutes fit,
// studying from from, or zero when none does within five years of the
// start (the furthest exam date Validate accepts): the first date whose
// days hold need minutes and on which fits (placing the work) says they do.
func earliestFit(in Input, from catalog.Date, need int, fits func(hours Weekdays, until catalog.Date) bool) catalog.Date {
	if need <= 0 {
		return from.AddDays(1)
	}
	got := 0
	for d := from; d.Before(in.Start.AddDays(maxHorizonDays)); d = d.AddDays(1) {
		if got += dayOf(in, in.Hours, d).cap; got >= need && fits(in.Hours, d.AddDays(1)) {
			return d.AddDays(1)
		}
	}
	return 0
}

// weeklyHoursNeeded returns the hours per week, spread like the learner's own
// pattern (Monday to Friday when they gave none) and rounded up to a half
// hour where that stays possible, that fit need minutes before until (fits
// places them, once the days' hours add up to them). It
// returns zero when no such week exists: when not even MaxHoursPerDay on
// the pattern's busiest day would fit, or no day in the window can be studied.
func weeklyHoursNeeded(in Input, from, until catalog.Date, need int, fits func(Weekdays) bool) float64 {
	pattern := in.Hours
	if pattern.Total() == 0 {
		pattern = Even(5)
	}
	week := pattern.Total()
	most := MaxHoursPerDay * week / maxDay(pattern)
	fitsAt := func(perWeek float64) bool {
		hours := scale(pattern, perWeek/week)
		return capacity(calendar(in, hours, from, until)) >= need && fits(hours)
	}
	if !fitsAt(most) {
		return 0
	}
	// Start where the pattern would fit with no other plan: the hours other
	// plans take (Taken) only lower what a week holds, so the answer is never
	// below that, while a start from the capacity they leave overshoots it.
	alone := in
	alone.Taken = nil
	base := capacity(calendar(alone, pattern, from, until))
	for perWeek := math.Ceil(week*float64(need)/float64(base)*2) / 2; perWeek <= most; perWeek += 0.5 {
		if fitsAt(perWeek) {
			return perWeek
		}
	}
	return most
}

func maxDay(w Weekdays) float64 {
	m := 0.0
	for _, h := range w {
		m = max(m, h)
	}
	return m
}

// scale multiplies every day's hours by k, never past MaxHoursPerDay.
func scale(w Weekdays, k float64) Weekdays {
	for i := range w {
		w[i] = min(w[i]*k, MaxHoursPerDay)
	}
	return w
}
