package planner

import (
	"fmt"
	"slices"

	"certplan/catalog"
)

// examWarnings says in plain words what the learner should know about the
// exam version and the date the plan is for (zero when none fits).
func examWarnings(c *catalog.Catalog, e *catalog.Exam, start, exam catalog.Date) []string {
	var out []string
	if w := lastDayWarning(c, e, start, exam); w != "" {
		out = append(out, w)
	}
	if !e.AvailableFrom.IsZero() && !exam.IsZero() && exam.Before(e.AvailableFrom) {
		out = append(out, fmt.Sprintf("%s can be taken from %s, after your exam date %s.", e.Code, e.AvailableFrom, exam))
	}
	if e.StatusOn(cmpOr(exam, start)) == catalog.Beta {
		out = append(out, fmt.Sprintf("%s is a beta exam: it can be taken only once, and results come after the beta closes.", e.Code))
	}
	if e.Provisional() {
		p := Plan{Exam: e.Code, DomainsFrom: e.ProvisionalFrom}
		out = append(out, p.ProvisionalText())
	}
	if !e.WeightsPublished() {
		out = append(out, fmt.Sprintf("Some of %s's domain weights are not published: those domains share the remaining hours evenly.", e.Code))
	}
	if hasSynthetic(e) {
		out = append(out, fmt.Sprintf("Not all of %s's task statements are published: some topics stand for a whole domain or its unpublished rest.", e.Code))
	}
	return out
}

// lastDayWarning says when the exam can no longer be taken on the date,
// naming its successor; "" when it can.
func lastDayWarning(c *catalog.Catalog, e *catalog.Exam, start, exam catalog.Date) string {
	successor := successorText(c, e)
	switch {
	case e.LastDay.IsZero() && e.StatusOn(start) == catalog.Retired:
		return fmt.Sprintf("%s is retired and can no longer be taken.%s", e.Code, successor)
	case !e.LastDay.IsZero() && !exam.IsZero() && exam.After(e.LastDay):
		return fmt.Sprintf("%s's last day is %s, before your exam date %s.%s", e.Code, e.LastDay, exam, successor)
	case !e.LastDay.IsZero() && !start.Before(e.LastDay):
		return fmt.Sprintf("%s's last day was %s.%s", e.Code, e.LastDay, successor)
	}
	return ""
}

// successorText points to the successor of exam e, after a sentence about
// its last day; "" when it has none.
func successorText(c *catalog.Catalog, e *catalog.Exam) string {
	if s, ok := c.Exam(e.Successor); ok {
		return fmt.Sprintf(" Plan for its successor %s instead.", s.Code)
	}
	return ""
}

// examDayOffWarning says the exam falls on a day off and what to do.
func examDayOffWarning(exam catalog.Date, why string) string {
	if why == "time off" {
		return fmt.Sprintf("Your exam date %s falls in your time off: move the exam or the time off.", exam)
	}
	return fmt.Sprintf("Your exam date %s is a public holiday (%s): check that your test centre is open, or choose another day.", exam, why)
}

// cmpOr is d, or else when d is zero.
func cmpOr(d, otherwise catalog.Date) catalog.Date {
	if d.IsZero() {
		return otherwise
	}
	return d
}

func hasSynthetic(e *catalog.Exam) bool {
	for _, d := range e.Domains {
		for _, t := range d.Topics {
			if t.Synthetic {
				return true
			}
		}
	}
	return false
}

// scheduleWarnings explains an empty or strained schedule.
func scheduleWarnings(in Input, e *catalog.Exam, days []day, split bool, p Plan) []string {
	var out []string
	if in.Hours.Total() == 0 {
		out = append(out, "No weekday has study hours, so there are no study days at all: set hours for at least one weekday.")
	} else if capacity(days) == 0 && len(days) > 0 {
		out = append(out, "Holidays and time off cover every study day before the exam: move the exam date or shorten the time off.")
	} else if len(days) == 0 {
		out = append(out, "There are no days left before the exam to study.")
	}
	if split {
		out = append(out, partsWarning(practiceMinutesOf(p.Topics), in.Hours))
	}
	if !p.Feasible && p.RequiredHours > 0 {
		out = append(out, p.ShortfallText())
		if w := p.CoverageText(); w != "" {
			out = append(out, w)
		}
		if p.HoursPerWeekNeeded == 0 && capacity(days) > 0 {
			out = append(out, fmt.Sprintf("Not even %d hours on your longest study day would fit the work before %s: choose a later exam date.", MaxHoursPerDay, p.ExamDate))
		}
	}
	return out
}

// noFitWarning explains why no exam date could be proposed.
func noFitWarning(in Input) string {
	if in.Hours.Total() == 0 {
		return "No weekday has study hours, so no exam date can fit: set hours for at least one weekday."
	}
	return "At these hours the work does not fit within five years: add hours per week."
}

// WarningsBesidesShortfall are the plan's warnings but its ShortfallText,
// for a verdict that gives that sentence already, so it is said once.
func (p *Plan) WarningsBesidesShortfall() []string { return p.WarningsBesides(p.ShortfallText()) }

// WarningsBesidesFit are the plan's warnings but those a plan's fit
// section gives already: why it is short (ShortfallText) and how much it
// covers, with what is thinner and left out (CoverageText).
func (p *Plan) WarningsBesidesFit() []string {
	return p.WarningsBesides(p.ShortfallText(), p.CoverageText())
}

// WarningsBesides are the plan's warnings but the sentences said, which
// the place showing them gives in its own words already.
func (p *Plan) WarningsBesides(said ...string) []string {
	return slices.DeleteFunc(slices.Clone(p.Warnings), func(w string) bool { return w != "" && slices.Contains(said, w) })
}
