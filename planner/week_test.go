package planner_test

import (
	"testing"

	"certplan/planner"
)

// TestAPlansWeekIsTheLearners: two inputs share a week when their hours per
// weekday and holidays agree, whatever else differs; InWeek gives an input
// the learner's week and leaves the rest alone.
func TestAPlansWeekIsTheLearners(t *testing.T) {
	saa := planner.Input{Exam: "SAA-C03", Hours: planner.Even(8), Country: "DE"}
	dva := planner.Input{Exam: "DVA-C03", Hours: planner.Even(8), Country: "DE", ExamDate: day("2027-03-15")}
	if !planner.SameWeek(saa, dva) {
		t.Error("same hours and holidays, other exams: not the same week")
	}
	fewer := dva
	fewer.Hours = planner.Even(6)
	if planner.SameWeek(saa, fewer) {
		t.Error("8 h and 6 h a week are the same week")
	}
	elsewhere := dva
	elsewhere.Country = ""
	if planner.SameWeek(saa, elsewhere) {
		t.Error("holidays of DE and none are the same week")
	}
	adopted := saa.InWeek(fewer.Week())
	if !planner.SameWeek(adopted, fewer) || adopted.Exam != "SAA-C03" {
		t.Errorf("InWeek gave %+v, want SAA-C03 within DVA's 6 h", adopted)
	}
	settings := planner.Settings{Experience: planner.Some}.WithWeek(fewer.Week())
	if settings.Week() != fewer.Week() || settings.Experience != planner.Some {
		t.Errorf("settings with the week = %+v", settings)
	}
	if (planner.Settings{}).Week().Hours != planner.Even(planner.DefaultWeekHours) {
		t.Error("unset settings do not give the default week")
	}
}

// TestAWeekSaysItsHoursAndHolidays: the week in the learner's words.
func TestAWeekSaysItsHoursAndHolidays(t *testing.T) {
	for _, c := range []struct {
		name string
		week planner.LearnerWeek
		want string
	}{
		{"even over Monday to Friday", planner.LearnerWeek{Hours: planner.Even(6), Country: "DE"}, "6 h (Mon–Fri 1:12 h), holidays of DE"},
		{"a longer Saturday, no holidays", planner.LearnerWeek{Hours: planner.Weekdays{1, 1, 1, 1, 1, 5, 0}}, "10 h (Mon–Fri 1 h, Sat 5 h), no holidays"},
		{"one day", planner.LearnerWeek{Hours: planner.Weekdays{0, 0, 2}}, "2 h (Wed 2 h), no holidays"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.week.String(); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestPlansOutsideTheLearnersWeek: a plan is outside the learner's week
// when it is active, its exam is still to come and its hours or holidays
// differ; archived plans and plans whose exam has come never are.
func TestPlansOutsideTheLearnersWeek(t *testing.T) {
	today := day("2026-12-02")
	week := planner.LearnerWeek{Hours: planner.Even(6), Country: "DE"}
	plan := func(id int64, hours float64, country, exam string, archived bool) planner.StudyPlan {
		p := planner.StudyPlan{ID: id, Archived: archived, Input: planner.Input{Hours: planner.Even(hours), Country: country}}
		p.Schedule.ExamDate = day(exam)
		return p
	}
	for _, tc := range []struct {
		name string
		plan planner.StudyPlan
		out  bool
	}{
		{"within the week", plan(1, 6, "DE", "2027-03-01", false), false},
		{"other hours", plan(2, 8, "DE", "2027-03-01", false), true},
		{"other holidays", plan(3, 6, "", "2027-03-01", false), true},
		{"exam tomorrow, other hours", plan(4, 8, "DE", "2026-12-03", false), true},
		{"archived, other hours", plan(5, 8, "DE", "2027-03-01", true), false},
		{"exam today, other hours", plan(6, 8, "DE", "2026-12-02", false), false},
		{"exam past, other holidays", plan(7, 6, "FR", "2026-11-20", false), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := planner.OutsideWeek([]planner.StudyPlan{tc.plan}, week, today)
			if (len(got) == 1) != tc.out {
				t.Errorf("OutsideWeek = %d plans, want outside %v", len(got), tc.out)
			}
		})
	}
	all := []planner.StudyPlan{plan(1, 6, "DE", "2027-03-01", false), plan(2, 8, "DE", "2027-03-01", false),
		plan(3, 6, "", "2027-03-01", false)}
	if got := planner.OutsideWeek(all, week, today); len(got) != 2 || got[0].ID != 2 || got[1].ID != 3 {
		t.Errorf("OutsideWeek of three = %+v, want plans 2 and 3 in order", got)
	}
}
