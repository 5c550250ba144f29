package planner

import (
	"fmt"
	"maps"
	"math"
	"slices"

	"certplan/catalog"
)

// CheckAgainst reports the first way p breaks what any schedule made from
// in satisfies, for a schedule read from outside (an imported file): its
// start and exam date are the input's (a proposed exam date is its earliest
// exam date, or the exam's last day when none fits, after the start), its
// totals are its topics', its weeks are the ISO weeks from the start to the
// day before the exam, day after day, each holding its own sessions and
// their sum, no day holds more than the learner's hours for it, and none is
// in the input's time off (for the days before p.Today, kept from an
// earlier version as they were: only MaxHoursPerDay). Public holidays are
// not checked: a plan made with an older holiday calendar must still import.
// The error finishes the sentence "its schedule ...".
func (p Plan) CheckAgainst(in Input) error {
	if err := p.checkDates(in); err != nil {
		return err
	}
	if err := p.checkTotals(); err != nil {
		return err
	}
	perDay := map[catalog.Date]int{}
	last := p.Start.AddDays(-1)
	for _, w := range p.Weeks {
		if err := w.checkWithin(p.Start, p.ExamDate, last); err != nil {
			return err
		}
		last = w.End
		if err := w.checkSessions(perDay); err != nil {
			return err
		}
	}
	if !p.ExamDate.IsZero() && last != p.ExamDate.AddDays(-1) {
		return fmt.Errorf("has weeks up to %s, not up to the day before its exam on %s", last, p.ExamDate)
	}
	return checkDays(perDay, in, p.Today)
}

// checkDates checks the plan's start and exam date against its input's.
func (p Plan) checkDates(in Input) error {
	switch {
	case p.Start != in.Start:
		return fmt.Errorf("starts on %s, not on its input's start %s", p.Start, in.Start)
	case !in.ExamDate.IsZero() && p.ExamDate != in.ExamDate:
		return fmt.Errorf("is for an exam on %s, not on its input's exam date %s", p.ExamDate, in.ExamDate)
	case !p.ExamDate.IsZero() && !p.ExamDate.After(p.Start):
		return fmt.Errorf("has its exam on %s, not after its start %s", p.ExamDate, p.Start)
	case p.ExamDate.IsZero() && len(p.Weeks) > 0:
		return fmt.Errorf("has weeks but no exam date")
	case p.ExamDateProposed && !p.proposedOK():
		return fmt.Errorf("proposes an exam on %s, not on %s", p.ExamDate, p.ProposedText())
	case p.Start.DaysUntil(p.ExamDate) > maxHorizonDays:
		return fmt.Errorf("has its exam on %s, more than five years after its start %s", p.ExamDate, p.Start)
	}
	return nil
}

// checkTotals checks the plan's hours against its topics': the work in
// all, the work left and the work done, within a minute each.
func (p Plan) checkTotals() error {
	total, left := 0, 0
	for _, t := range p.Topics {
		if !hoursValid(t.Hours) || !hoursValid(t.Remaining) {
			return fmt.Errorf("has a topic %s whose hours are not 0 or more", t.ID)
		}
		total, left = total+hoursToMinutes(t.Hours), left+hoursToMinutes(t.Remaining)
	}
	for _, x := range []struct {
		what  string
		hours float64
		want  int
	}{{"total_hours", p.TotalHours, total}, {"required_hours", p.RequiredHours, left}, {"done_hours", p.DoneHours, total - left}} {
		if d := hoursToMinutes(x.hours) - x.want; d < -1 || d > 1 {
			return fmt.Errorf("gives %s h as %s, but its topics add up to %s h", FormatHours(x.hours), x.what, FormatHours(float64(x.want)/60))
		}
	}
	return nil
}

// checkWithin checks that the week is one ISO week's days from start to
// the day before exam, after the week before it (which ended on last).
func (w Week) checkWithin(start, exam, last catalog.Date) error {
	switch {
	case w.Start.IsZero() || w.End.Before(w.Start) || w.End.WeekStart() != w.Start.WeekStart():
		return fmt.Errorf("has a week %s..%s that is not within one week, Monday to Sunday", w.Start, w.End)
	case w.Start.Before(start) || !w.End.Before(exam):
		return fmt.Errorf("has a week %s..%s outside its days %s..%s", w.Start, w.End, start, exam.AddDays(-1))
	case w.Start != last.AddDays(1):
		return fmt.Errorf("has a week %s..%s that does not follow the day %s", w.Start, w.End, last)
	case !hoursValid(w.CapacityHours) || !hoursValid(w.PlannedHours):
		return fmt.Errorf("has a week %s..%s whose hours are not 0 or more", w.Start, w.End)
	}
	return nil
}

// checkSessions checks the week's sessions and their sum, adding each
// day's minutes to perDay.
func (w Week) checkSessions(perDay map[catalog.Date]int) error {
	sum := 0
	for _, s := range w.Sessions {
		if s.Date.Before(w.Start) || s.Date.After(w.End) {
			return fmt.Errorf("has a session on %s outside its week %s..%s", s.Date, w.Start, w.End)
		}
		if !hoursValid(s.Hours) || s.Hours > MaxHoursPerDay {
			return fmt.Errorf("has a session of %g h on %s, where a day holds 0 to %d h", s.Hours, s.Date, MaxHoursPerDay)
		}
		m := hoursToMinutes(s.Hours)
		sum += m
		perDay[s.Date] += m
	}
	if d := hoursToMinutes(w.PlannedHours) - sum; d < -1 || d > 1 {
		return fmt.Errorf("plans %s h in the week of %s, but its sessions hold %s h", FormatHours(w.PlannedHours), w.Start, FormatHours(float64(sum)/60))
	}
	return nil
}

// checkDays checks that no day from today on is in the input's time off
// (the input's holidays are not consulted: in has none), and that no day holds more than the
// learner's hours for its weekday (from today on) or MaxHoursPerDay
// (before), within a minute. The days before today were kept from an
// earlier version as they were, when the time off may have been other.
func checkDays(perDay map[catalog.Date]int, in Input, today catalog.Date) error {
	for _, d := range slices.Sorted(maps.Keys(perDay)) {
		m := perDay[d]
		most, of := MaxHoursPerDay*60, fmt.Sprintf("the most a day holds, %d h", MaxHoursPerDay)
		if !d.Before(today) {
			i := d.MondayIndex()
			most, of = hoursToMinutes(in.Hours[i]), fmt.Sprintf("its input's %s h on %s", FormatHours(in.Hours[i]), dayNames[i])
			if why := dayOff(in, d); why != "" && m > 0 {
				return fmt.Errorf("has %s h of study on %s, a day its input keeps free (%s)", FormatHours(float64(m)/60), d, why)
			}
		}
		if m > most+1 {
			return fmt.Errorf("has %s h of study on %s, more than %s", FormatHours(float64(m)/60), d, of)
		}
	}
	return nil
}

// hoursValid reports whether h is a number of hours: finite and not negative.
func hoursValid(h float64) bool { return h >= 0 && !math.IsInf(h, 1) }
