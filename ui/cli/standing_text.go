package cli

import (
	"cmp"
	"fmt"
	"math"
	"strings"

	"certplan/catalog"
	"certplan/planner"
)

// standingText says in one line where the learner stands on plan p today
// (planner.StandingOf).
func standingText(p planner.StudyPlan, today catalog.Date) string {
	st := p.Standing(today)
	ahead := math.Abs(st.AheadHours)
	switch st.State {
	case planner.DoesNotFit:
		switch {
		case st.RebalanceAdvised(): // it fitted, but the work left has outgrown the time left
			return fmt.Sprintf("Does not fit any more: the %s h of work left need more than the %s h of study time left "+
				"before the exam (%s h done by %s). certplan replan %d plans what fits from today and says how to fit the rest.",
				hours(st.LeftHours()), hours(st.TimeLeftHours), hours(st.DoneHours), today, p.ID)
		case st.Outgrown():
			return fmt.Sprintf("Does not fit: the %s h of work left need more than the %s h of study time left "+
				"before the exam (%s h done by %s).", hours(st.LeftHours()), hours(st.TimeLeftHours), hours(st.DoneHours), today)
		}
		return fmt.Sprintf("Does not fit: the work left does not fit before the exam (%s h done by %s).",
			hours(st.DoneHours), today)
	case planner.Ahead:
		return fmt.Sprintf("Ahead of the plan by %s h (it planned %s h by %s).", hours(ahead), hours(st.PlannedHours), today)
	case planner.Behind:
		return fmt.Sprintf("Behind the plan by %s h (it planned %s h by %s): certplan replan %d spreads the rest.",
			hours(ahead), hours(st.PlannedHours), today, p.ID)
	}
	return fmt.Sprintf("On track (%s h planned by %s).", hours(st.PlannedHours), today)
}

// standingBrief says in one sentence how much of plan p is done and where
// it stands on today, in the words of the one rule (planner.StandingOf)
// that standingText says at length: "Done 7.25 of 86:50 h; behind by 2 h."
// A plan whose exam was passed (StudyPlan.Passed), or an archived one,
// says that instead, as show does.
func standingBrief(p planner.StudyPlan, today catalog.Date) string {
	st := p.Standing(today)
	done := fmt.Sprintf("Done %s of %s h", hours(st.DoneHours), hours(st.TotalHours))
	switch {
	case !p.Passed.IsZero():
		return fmt.Sprintf("%s; its exam was passed on %s.", done, p.Passed)
	case p.Archived:
		return done + "; archived, so it takes no study hours."
	}
	if st.State == planner.Ahead || st.State == planner.Behind {
		return fmt.Sprintf("%s; %s by %s h.", done, st.State, hours(math.Abs(st.AheadHours)))
	}
	return fmt.Sprintf("%s; %s.", done, st.State)
}

// fixes are the two ways to make a plan fit, as the learner would type them.
type fixes struct {
	date  string // the change that moves the exam to the earliest date that fits, or ""
	hours string // the change to the hours a week that fit, or ""
}

// planFixes are the fixes of `certplan plan`: flags to run it again with.
func planFixes(p planner.Plan) fixes {
	var f fixes
	if !p.EarliestExam.IsZero() {
		f.date = "--exam " + p.EarliestExam.String()
	}
	if p.FitWeekdays.Total() > 0 {
		f.hours = "--weekdays " + weekdaysFlag(p.FitWeekdays)
	}
	return f
}

// savedFixes are the fixes of a saved plan: certplan edit commands.
func savedFixes(id int64, p planner.Plan) fixes {
	f := planFixes(p)
	for _, s := range []*string{&f.date, &f.hours} {
		if *s != "" {
			*s = fmt.Sprintf("certplan edit %d %s", id, *s)
		}
	}
	return f
}

// weekdaysFlag writes hours per weekday as --weekdays takes them: mon=2,sat=4.
func weekdaysFlag(w planner.Weekdays) string {
	var parts []string
	for i, h := range w {
		if h > 0 {
			parts = append(parts, fmt.Sprintf("%s=%s", strings.ToLower(dayNames[i][:3]), planner.FormatHours(h)))
		}
	}
	return strings.Join(parts, ",")
}

// writeFit says, for a plan that does not fit, how much it covers, which
// topics are thinner or left out, and the two fixes; nothing when it fits.
func writeFit(b *strings.Builder, p planner.Plan, f fixes) {
	if len(p.Unscheduled) == 0 {
		return
	}
	fmt.Fprintf(b, "\nThis plan covers %d %% of the %s h left to study when it was planned, on %s.\n",
		p.CoveredPercent(), hours(p.RequiredHours), cmp.Or(p.Today, p.Start))
	out := map[string]bool{}
	for _, u := range p.LeftOut() {
		out[u.Topic] = true
	}
	for _, u := range p.Unscheduled {
		what := "thinner"
		if out[u.Topic] {
			what = "left out"
		}
		fmt.Fprintf(b, "  %-9s %-10s %6s h short  %s\n", what, shortTopic(p.Exam, u.Topic), hours(u.Hours), clip(u.Title, 50))
	}
	if f.date != "" {
		fmt.Fprintf(b, "To fit it all, move the exam to the earliest date that fits:\n  %s\n", f.date)
	}
	if f.hours != "" {
		fmt.Fprintf(b, "Or study %s h a week, spread over the week at most %s h a day:\n  %s\n",
			hours(p.FitWeekdays.Total()), hours(planner.DayLimit(p.Inputs.Hours)), f.hours)
	}
}
