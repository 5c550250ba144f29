package advisor

import (
	"certplan/catalog"
	"certplan/planner"
)

// Saved is what the learner's saved data tells the advisor: the
// certifications they hold, their week, their plans and the study time the
// active ones take from today. The desktop's advisor and `certplan advise`
// both advise from it, so the same learner gets the same advice.
type Saved struct {
	// Held are the certifications held or lapsed, as storage lists them.
	Held []planner.HeldCertification
	// Settings hold the learner's week (zero hours when none was set).
	Settings planner.Settings
	// Plans are every saved plan; Profile.Plans says which count.
	Plans []planner.PlanSummary
	// Attempts are the exam attempts logged, booked ones among them.
	Attempts []planner.Attempt
	// Taken is the study time the active plans put on each day from today.
	Taken map[catalog.Date]float64
}

// WeekHours is the hours of the learner's week, and whether they are the
// learner's own: false means none was set and they are the default a
// learner who has set no hours starts from (planner.DefaultWeekHours).
func (s Saved) WeekHours() (hours float64, own bool) {
	own = s.Settings.Hours.Total() > 0
	return s.Settings.WithDefaults().Hours.Total(), own
}

// Apply gives profile p the learner's held certifications passed by
// p.Today (planner.PassedBy: the advisor counts those valid then and warns
// about the lapsed), plans, exam attempts and the hours the plans take; the
// hours a week stay p's, which the learner may have changed from WeekHours.
func (s Saved) Apply(p Profile) Profile {
	p.Held = planner.PassedBy(s.Held, p.Today)
	p.Plans, p.Booked, p.Taken = s.Plans, s.Attempts, s.Taken
	return p
}
