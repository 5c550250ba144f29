package export

import (
	"fmt"
	"math"

	"certplan/planner"
)

// The cover's figures that change with the learner's progress and with the
// other plans sharing the week: they are stated as of the day the file is
// made, so that a printout agrees with the app and the command line.

// eachWeek is the "Each week" key figure: the hours this plan puts in a
// week on average from today on (planner.CommitmentOf, as the plan list
// shows them), and the learner's own hours when the plan takes less of
// them, as it does when another plan shares the week.
func (d *doc) eachWeek() [3]string {
	total := d.p.Inputs.Hours.Total()
	c := planner.CommitmentOf(d.p, d.today)
	if c.HoursPerWeek == 0 || math.Abs(c.HoursPerWeek-total) < planner.Tolerance {
		return [3]string{"Each week", hoursUnit(total), studyDays(d.p.Inputs.Hours)}
	}
	return [3]string{"Each week", hoursUnit(c.HoursPerWeek), "on average, of your " + hoursUnit(total)}
}

// totalNote says how much of the total is done: by today for a saved
// plan, else what was done before the plan was made.
func (d *doc) totalNote() string {
	done := d.p.DoneHours
	if d.stand != nil {
		done = d.stand.DoneHours
	}
	if done > 0 {
		return hoursUnit(done) + " done by " + shortDate(d.today)
	}
	return "study, review, practice"
}

// standingText says where the learner stands today, in the words of the
// app's plan screen; "" for a plan never saved.
func (d *doc) standingText() string {
	s := d.stand
	if s == nil {
		return ""
	}
	figures := fmt.Sprintf("%s done, %s planned by then.", hoursUnit(s.DoneHours), hoursUnit(s.PlannedHours))
	on := shortDate(d.today)
	switch s.State {
	case planner.Ahead:
		return fmt.Sprintf("On %s you are ahead by %s: %s", on, hoursUnit(s.AheadHours), figures)
	case planner.Behind:
		return fmt.Sprintf("On %s you are behind by %s: %s Rebalance to spread the rest over the days left.",
			on, hoursUnit(-s.AheadHours), figures)
	case planner.OnTrack:
		return fmt.Sprintf("On %s you are on track: %s", on, figures)
	case planner.PassedState:
		return fmt.Sprintf("By the pass on %s: %s done, %s planned by then.", shortDate(d.p.Passed),
			hoursUnit(s.DoneHours), hoursUnit(s.PlannedHours))
	}
	if !s.Outgrown() {
		return fmt.Sprintf("On %s the plan does not fit: some of its work has no place in its days, as the verdict says. %s",
			on, figures)
	}
	advice := "move the exam or add hours, as the verdict says."
	if s.RebalanceAdvised() {
		advice = "rebalance to plan what fits and see how to fit the rest."
	}
	return fmt.Sprintf("On %s the %s of work left need more than the %s of study time left: %s",
		on, hoursUnit(s.LeftHours()), hoursUnit(s.TimeLeftHours), advice)
}

// fitsToday is the verdict of a saved plan that fits, stated from today
// in the standing's figures: the work left (Standing.LeftHours) and the
// study time left. The plan's RequiredHours are the work that was left on
// the day it was planned, before the ticks made since, that day's too, so
// calling them "left" would disagree with the standing beside them.
func (d *doc) fitsToday() string {
	from := firstDay(d.p)
	if d.today.After(from) {
		from = d.today
	}
	return fitsText(d.p, from, d.stand.LeftHours(), d.stand.TimeLeftHours)
}

// outgrown reports whether a plan that fitted when it was made no longer
// does: its work left needs more than its study time left.
func (d *doc) outgrown() bool {
	return d.p.Feasible && d.stand != nil && d.stand.State == planner.DoesNotFit
}
