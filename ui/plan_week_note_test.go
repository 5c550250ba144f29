package ui

import (
	"bytes"
	"encoding/json"
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
)

// putInWeek gives plan id the hours and holidays of week, as data saved or
// imported before every plan shared one week can hold them: on SQLite by
// an export, edited, imported back; on the fake in place. Its schedule
// stays: week must give each day at least the hours it had.
func putInWeek(t *testing.T, svc Services, id int64, week planner.LearnerWeek) {
	t.Helper()
	if f, ok := svc.Plans.(*fakeData); ok {
		f.mu.Lock()
		defer f.mu.Unlock()
		p, _ := f.find(id)
		p.Input = p.Input.InWeek(week)
		return
	}
	var file bytes.Buffer
	if err := svc.Data.Export(t.Context(), &file); err != nil {
		t.Fatal(err)
	}
	var x map[string]any
	if err := json.Unmarshal(file.Bytes(), &x); err != nil {
		t.Fatal(err)
	}
	for _, p := range x["plans"].([]any) {
		if plan := p.(map[string]any); plan["id"] == float64(id) {
			versions := plan["versions"].([]any)
			in := versions[len(versions)-1].(map[string]any)["input"].(map[string]any)
			in["hours"], in["country"] = week.Hours, week.Country
		}
	}
	b, _ := json.Marshal(x)
	if _, err := svc.Data.ImportAll(t.Context(), bytes.NewReader(b)); err != nil {
		t.Fatal(err)
	}
}

// The two weeks of the tests of the line under the plan's banner: the
// learner's, which SAA-C03 is planned within, and the other week DVA-C03 is
// put in.
var (
	learnersWeek = planner.LearnerWeek{Hours: planner.Even(10)}
	otherWeek    = planner.LearnerWeek{Hours: planner.Even(15)}
)

// startWithPlansInTwoWeeks creates on svc an SAA-C03 plan within
// learnersWeek and a DVA-C03 plan put within otherWeek, and starts the app.
func startWithPlansInTwoWeeks(t *testing.T, clk *clock, svc Services) (app *App, saa, dva int64) {
	t.Helper()
	in := planner.Input{Exam: "SAA-C03", Start: clk.day, Hours: learnersWeek.Hours, Experience: planner.Some}
	saa = mustCreatePlan(t, svc, in).ID
	in.Exam = "DVA-C03"
	dva = mustCreatePlan(t, svc, in).ID
	putInWeek(t, svc, dva, otherWeek)
	return startAppWith(t, svc, clk), saa, dva
}

// openPlanInTwoWeeks opens plan id and fails unless the plan screen shows
// the line saying a plan is within another week.
func openPlanInTwoWeeks(t *testing.T, app *App, id int64) *planScreen {
	t.Helper()
	app.openPlan(id)
	app.tasks.wait()
	s := app.screens[ScreenPlan].(*planScreen)
	if s.weekNote.box.Hidden {
		t.Fatal("the plan screen says nothing of the plan planned within another week")
	}
	return s
}

// TestThePlanScreenSaysAPlanIsInAnotherWeek, on the fake and on SQLite:
// with a plan planned within another week than the learner's, the line
// under the banner names it and that week, "this plan" when it is the one
// shown; its button re-plans it within the learner's week, says so, and
// the line goes.
func TestThePlanScreenSaysAPlanIsInAnotherWeek(t *testing.T) {
	onEachBackend(t, "2026-11-23", thePlanScreenSaysAPlanIsInAnotherWeek)
}

func thePlanScreenSaysAPlanIsInAnotherWeek(t *testing.T, clk *clock, svc Services) {
	app, saa, dva := startWithPlansInTwoWeeks(t, clk, svc)
	note := openPlanInTwoWeeks(t, app, saa).weekNote
	wantContains(t, "the line on SAA-C03", note.text.Text,
		"Your week is 10 h (Mon–Fri 2 h), no holidays, but DVA-C03 is planned within 15 h (Mon–Fri 3 h), no holidays.")
	app.openPlan(dva)
	app.tasks.wait()
	wantContains(t, "the line on DVA-C03", note.text.Text, "but this plan is planned within 15 h (Mon–Fri 3 h), no holidays.")

	test.Tap(note.apply)
	app.tasks.wait()
	wantContains(t, "after the re-plan", topDialogText(app), "Your plans were re-planned within your week, 10 h (Mon–Fri 2 h), no holidays.")
	if !note.box.Hidden {
		t.Errorf("after the re-plan the line still says %q", note.text.Text)
	}
	if p, err := svc.Plans.Plan(t.Context(), dva); err != nil || p.Input.Week() != learnersWeek {
		t.Errorf("DVA-C03 after the re-plan is within %v (%v), want %v", p.Input.Week(), err, learnersWeek)
	}
}

// TestTheWeekLineGoesAfterAnEditChangesTheWeek, on the fake and on SQLite:
// new hours saved with "Change dates and hours" become the learner's week
// and re-plan every plan within it, so the line under the banner goes.
func TestTheWeekLineGoesAfterAnEditChangesTheWeek(t *testing.T) {
	onEachBackend(t, "2026-11-23", func(t *testing.T, clk *clock, svc Services) {
		app, saa, _ := startWithPlansInTwoWeeks(t, clk, svc)
		s := openPlanInTwoWeeks(t, app, saa)
		in := s.plan.Input
		in.Hours = planner.Even(12)
		s.fit.store(s.plans.EditPlanInWeek, in, s.savingPlan("change the plan"), func() {})
		app.tasks.wait()
		if !s.weekNote.box.Hidden {
			t.Errorf("after the edit made 12 h the week of every plan, the line still says %q", s.weekNote.text.Text)
		}
	})
}
