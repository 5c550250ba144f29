package planner

import (
	"math"

	"certplan/catalog"
)

// UpToPass returns the schedule as it stands once the learner passed its
// exam on day: nothing to study after it. The weeks after day's week are
// dropped and that week ends on day, with its sessions, items, days off
// and hours up to day; the sessions taken out are kept in AfterPass, for
// a calendar exported before the pass (ICS sends them cancelled), and day
// in Passed, so that StandingOf and BurnUpOf count up to the pass. The
// topics and the figures of the version as planned stay as they were. A
// zero day (not passed) returns p as it is.
func (p Plan) UpToPass(day catalog.Date) Plan {
	if day.IsZero() || !p.Passed.IsZero() {
		return p
	}
	p.Passed = day
	var weeks []Week
	for _, w := range p.Weeks {
		if w.Start.After(day) {
			p.AfterPass = append(p.AfterPass, w.Sessions...)
			continue
		}
		if w.End.After(day) {
			var after []Session
			w, after = p.weekUpTo(w, day)
			p.AfterPass = append(p.AfterPass, after...)
		}
		weeks = append(weeks, w)
	}
	p.Weeks = weeks
	return p
}

// weekUpTo cuts week w to end on day: its sessions and days off after day
// go (the sessions are returned), its items and planned hours are those
// of the sessions kept, and its capacity loses the learner's hours of the
// days after day (never below what it still plans).
func (p Plan) weekUpTo(w Week, day catalog.Date) (Week, []Session) {
	rest := min(restOfWeek(p, w, nil, day.AddDays(1)), hoursToMinutes(w.CapacityHours))
	var kept, after []Session
	for _, s := range w.Sessions {
		if s.Date.After(day) {
			after = append(after, s)
		} else {
			kept = append(kept, s)
		}
	}
	var off []DayOff
	for _, o := range w.DaysOff {
		if !o.Date.After(day) {
			off = append(off, o)
		}
	}
	w.End, w.Sessions, w.DaysOff = day, kept, off
	w.Items, w.PlannedHours = itemsOf(kept)
	w.CapacityHours = max(minutesToHours(hoursToMinutes(w.CapacityHours)-rest), w.PlannedHours)
	return w, after
}

// itemsOf sums sessions (each with hours to two decimals, as a week gives
// them) into the week's items, and their planned hours.
func itemsOf(sessions []Session) ([]Item, float64) {
	var items []Item
	var minutes []int
	cents := 0
	for _, s := range sessions {
		cents += int(math.Round(s.Hours * 100))
		k := itemOf(items, s.WorkTopic(), s.Reviews)
		if k < 0 {
			k = len(items)
			items = append(items, Item{Topic: s.WorkTopic(), Domain: s.Domain, Title: s.Title, Kind: s.Kind, Reviews: s.Reviews})
			minutes = append(minutes, 0)
		}
		minutes[k] += hoursToMinutes(s.Hours)
	}
	for k, h := range weekHours(minutes) {
		items[k].Hours = h
	}
	return items, float64(cents) / 100
}

// afterPassMinutes is the study the schedule held after its pass day
// (AfterPass), in minutes: planned, but never due.
func (p Plan) afterPassMinutes() int {
	m := 0
	for _, s := range p.AfterPass {
		m += hoursToMinutes(s.Hours)
	}
	return m
}

// countedTo is the day plan p's progress is measured at the start of:
// today, or for a plan passed on a day (Passed) the day after it, so its
// figures stop at the pass.
func (p Plan) countedTo(today catalog.Date) catalog.Date {
	if p.Passed.IsZero() {
		return today
	}
	return p.Passed.AddDays(1)
}

// allSessions are the sessions of p's weeks and, for a schedule cut at its
// pass day, those after it (AfterPass): all the version planned.
func (p Plan) allSessions() []Session {
	var out []Session
	for _, w := range p.Weeks {
		out = append(out, w.Sessions...)
	}
	return append(out, p.AfterPass...)
}

// PassedText says that a plan whose exam was passed on day (written as
// the screen or report writes dates) is done: every place that shows a
// passed plan says it in these words.
func PassedText(day string) string {
	return "Passed on " + day + ": this plan is done, with nothing left to study for its exam."
}

// ExamDayOf is the day to show as a plan's exam day: the day its exam was
// passed once it was (passed not zero), which may come before the day it
// was booked for (exam), else exam. Every list, header and cover that
// gives a plan's exam day gives this one.
func ExamDayOf(exam, passed catalog.Date) catalog.Date {
	if passed.IsZero() {
		return exam
	}
	return passed
}
