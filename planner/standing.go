package planner

import (
	"math"

	"certplan/catalog"
)

// State is where the learner stands against the plan on a day.
type State string

// The states of a standing. DoesNotFit wins over the others: a plan whose
// work does not fit before the exam is never on track, however far along,
// whether it never fitted or the work left has outgrown the study time
// left (StudyTimeLeft).
const (
	Ahead      State = "ahead"
	OnTrack    State = "on track"
	Behind     State = "behind"
	DoesNotFit State = "does not fit"
	// PassedState is a plan whose exam the learner passed (Plan.Passed):
	// it is done, with no study time left, and its figures are those at
	// the end of the pass day.
	PassedState State = "passed"
)

// Tolerance is how far from the schedule, in hours, still counts as on
// track: a quarter hour, the planner's smallest piece.
const Tolerance = 0.25

// Standing is how the learner's progress compares with a plan at the start
// of a day. It is defined here once; every screen, report and file formats it.
type Standing struct {
	State      State   `json:"state"`
	Topics     int     `json:"topics"`
	TopicsDone int     `json:"topics_done"`
	TotalHours float64 `json:"total_hours"` // all the plan's work
	// DoneHours counts a done topic at its planned hours and an open one at
	// the hours spent on it (at most its planned hours).
	DoneHours float64 `json:"done_hours"`
	// SpentHours is every hour logged, as the learner entered them.
	SpentHours float64 `json:"spent_hours"`
	// PlannedHours is the work the plan expects done before the day, and
	// the day's sessions already done (Session.DoneIn): all of it, less
	// what it schedules from the day on and what it could not schedule
	// that is still left (a thinner topic's cut part falls due with its
	// sessions: unscheduledLeftMinutes).
	// Right after a rebalance that fits it equals DoneHours.
	PlannedHours float64 `json:"planned_hours"`
	// AheadHours is DoneHours minus PlannedHours: positive ahead of the
	// schedule, negative behind it.
	AheadHours float64 `json:"ahead_hours"`
	// TimeLeftHours is the study time the plan holds from the day to the
	// exam (StudyTimeLeft). When the work left (TotalHours - DoneHours)
	// needs more, the plan does not fit.
	TimeLeftHours float64 `json:"time_left_hours"`
	// Fitted is whether the plan fitted when it was made (Plan.Feasible).
	// One that did and has outgrown its days since is re-planned to what
	// fits by a rebalance; one that never fitted is that already.
	Fitted bool `json:"fitted"`
}

// RebalanceAdvised reports whether a rebalance is the advice to give: the
// learner is behind, or the plan fitted when it was made and its work left
// has outgrown the study time left since. A plan that never fitted holds
// what fits already: moving the exam or adding hours is the advice then.
func (s Standing) RebalanceAdvised() bool {
	return s.State == Behind || (s.State == DoesNotFit && s.Fitted && s.Outgrown())
}

// LeftHours is the work left: all the plan's work less what is done.
func (s Standing) LeftHours() float64 { return round2(s.TotalHours - s.DoneHours) }

// Outgrown reports whether the work left needs more than the study time
// left (beyond the Tolerance). A plan that does not fit without it fell
// short when it was planned: some work had no place in its days (its
// Unscheduled list and Shortfall say what and why).
func (s Standing) Outgrown() bool { return s.LeftHours() > s.TimeLeftHours+Tolerance }

// StandingOf measures plan p against progress at the start of today; a
// plan passed on a day (Plan.UpToPass) at the end of that day, whatever
// today is: what it planned after the pass is never due.
func StandingOf(p Plan, progress map[string]Progress, today catalog.Date) Standing {
	return StandingBeside(p, progress, today, nil)
}

// StandingBeside is StandingOf once the learner's other active plans have
// taken the hours they put on each day (taken): its study time left is
// StudyTimeLeftBeside, so a plan whose work left no longer fits in what
// the others leave does not fit.
func StandingBeside(p Plan, progress map[string]Progress, today catalog.Date, taken map[catalog.Date]float64) Standing {
	today = p.countedTo(today)
	var s Standing
	total, done, spent := 0, 0, 0.0
	for _, t := range p.Topics {
		g := progress[t.ID]
		s.Topics++
		total += hoursToMinutes(t.Hours)
		spent += g.Hours
		done += t.doneMinutes(progress)
		if g.Done {
			s.TopicsDone++
		}
	}
	later := 0 // what the plan puts from today on, less today's sessions already done
	for _, w := range p.Weeks {
		for _, x := range w.Sessions {
			if !dueBy(x, progress, today) {
				later += hoursToMinutes(x.Hours)
			}
		}
	}
	later += p.afterPassMinutes()
	planned := max(total-later-unscheduledLeftMinutes(p, progress, today), 0)
	s.TotalHours, s.DoneHours, s.SpentHours = minutesToHours(total), minutesToHours(done), round2(spent)
	s.PlannedHours, s.AheadHours = minutesToHours(planned), minutesToHours(done-planned)
	timeLeft := studyMinutesLeft(p, taken, today)
	s.TimeLeftHours, s.Fitted = minutesToHours(timeLeft), p.Feasible
	s.State = stateOf(p, s.AheadHours, total-done <= timeLeft+hoursToMinutes(Tolerance))
	if !p.Passed.IsZero() {
		s.TimeLeftHours, s.State = 0, PassedState
	}
	return s
}

// dueBy reports whether session x is due by the start of today: it is
// before today, or today's and already done.
func dueBy(x Session, progress map[string]Progress, today catalog.Date) bool {
	return x.Date.Before(today) || (x.Date == today && x.DoneIn(progress))
}

// stateOf names the standing of a plan that is ahead hours ahead, and
// whose work left fits in the study time left when fits is set.
func stateOf(p Plan, ahead float64, fits bool) State {
	switch {
	case !p.Feasible || p.ExamDate.IsZero() || !fits:
		return DoesNotFit
	case ahead > Tolerance:
		return Ahead
	case ahead < -Tolerance:
		return Behind
	}
	return OnTrack
}

func hoursToMinutes(h float64) int { return int(math.Round(h * 60)) }
