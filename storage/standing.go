package storage

import (
	"math"

	"certplan/catalog"
)

// Standing is how a plan's progress compares with its schedule on a day.
type Standing struct {
	Topics     int     `json:"topics"`
	TopicsDone int     `json:"topics_done"`
	TotalHours float64 `json:"total_hours"` // all the plan's work
	// DoneHours counts a done topic at its planned hours and an open one at
	// the hours spent on it (at most its planned hours).
	DoneHours float64 `json:"done_hours"`
	// SpentHours is every hour logged, as the learner entered them.
	SpentHours float64 `json:"spent_hours"`
	// PlannedHours is the work the schedule put before the day.
	PlannedHours float64 `json:"planned_hours"`
	// AheadHours is DoneHours minus PlannedHours: positive ahead of the
	// schedule, negative behind it.
	AheadHours float64 `json:"ahead_hours"`
}

// Standing compares the plan's progress with where its current schedule
// says the learner should be at the start of today.
func (p Plan) Standing(today catalog.Date) Standing {
	var s Standing
	for _, t := range p.Schedule.Topics {
		s.Topics++
		s.TotalHours += t.Hours
		g := p.Progress[t.ID]
		s.SpentHours += g.Hours
		if g.Done {
			s.TopicsDone++
			s.DoneHours += t.Hours
		} else {
			s.DoneHours += min(g.Hours, t.Hours)
		}
	}
	for _, w := range p.Schedule.Weeks {
		for _, x := range w.Sessions {
			if x.Date.Before(today) {
				s.PlannedHours += x.Hours
			}
		}
	}
	s.TotalHours, s.DoneHours, s.SpentHours = round2(s.TotalHours), round2(s.DoneHours), round2(s.SpentHours)
	s.PlannedHours = round2(s.PlannedHours)
	s.AheadHours = round2(s.DoneHours - s.PlannedHours)
	return s
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
