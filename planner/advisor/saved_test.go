package advisor

import (
	"slices"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// A learner who set no week is advised at the default hours, and says so;
// one who did, at theirs.
func TestSavedWeekHoursSayWhoseTheyAre(t *testing.T) {
	if h, own := (Saved{}).WeekHours(); h != planner.DefaultWeekHours || own {
		t.Errorf("no week: %v h, own %v; want %v h, not own", h, own, planner.DefaultWeekHours)
	}
	s := Saved{Settings: planner.Settings{Hours: planner.Even(8)}}
	if h, own := s.WeekHours(); h != 8 || !own {
		t.Errorf("a week of 8 h: %v h, own %v; want 8 h, own", h, own)
	}
}

// Applying the saved data gives the profile the held certifications (by
// their last pass), the plans and their hours, and leaves its hours alone.
func TestSavedApplyKeepsTheProfilesHours(t *testing.T) {
	today := date(t, "2026-11-23")
	s := Saved{
		Held:     []planner.HeldCertification{{Exam: "CLF-C02", Earned: date(t, "2024-05-01")}},
		Settings: planner.Settings{Hours: planner.Even(8)},
		Plans:    []planner.PlanSummary{{ID: 1, Exam: "SAA-C03"}},
		Taken:    map[catalog.Date]float64{today: 2},
	}
	p := s.Apply(Profile{Role: Developer, HoursPerWeek: 12, Today: today})
	if p.HoursPerWeek != 12 || len(p.Plans) != 1 || p.Taken[today] != 2 {
		t.Errorf("profile %+v: want 12 h, the plan and its taken hours", p)
	}
	if want := []planner.HeldCert{{Code: "CLF-C02", Earned: date(t, "2024-05-01")}}; !slices.Equal(p.Held, want) {
		t.Errorf("held %v, want %v", p.Held, want)
	}
}
