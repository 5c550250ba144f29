package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/advisor"
)

// TestAdvisorJourney drives a learner who holds CLF-C02 (2023-10) and
// SAA-C03 (2025-06) from the welcome to the advice to a saved roadmap, on
// the fake and on SQLite: the advice takes the held certifications from
// the Certifications data (Cloud Practitioner renewed, not expired), and
// "Plan the roadmap", once confirmed, saves one plan per exam, each
// starting the day after the previous exam with credit for it.
func TestAdvisorJourney(t *testing.T) { onEachBackend(t, "2026-11-23", advisorJourney) }

func advisorJourney(t *testing.T, clk *clock, svc Services) {
	ctx := t.Context()
	for code, earned := range map[string]catalog.Date{"CLF-C02": catalog.DateOf(2023, 10, 1), "SAA-C03": catalog.DateOf(2025, 6, 1)} {
		if err := svc.Records.AddHeldCertification(ctx, code, earned); err != nil {
			t.Fatal(err)
		}
	}
	app := startAppWith(t, svc, clk)
	wantScreen(t, app, ScreenWelcome)
	test.Tap(app.screens[ScreenWelcome].(*welcomeScreen).advise)
	app.tasks.wait()
	wantScreen(t, app, ScreenAdvisor)
	s := app.screens[ScreenAdvisor].(*advisorScreen)
	wantContains(t, "held certifications", s.heldText.Text, "CLF-C02 until 2028-06-01", "SAA-C03 until 2028-06-01")
	if strings.Contains(s.heldText.Text, "Expired") {
		t.Errorf("held certifications %q call the renewed CLF-C02 expired", s.heldText.Text)
	}

	answer(s, "developer", "3", "build", "10")
	wantContains(t, "recommendation", s.next.Text, "Next: DVA-C03")
	if strings.Contains(s.warnings.Text, "expired") {
		t.Errorf("warnings %q call a renewed certification expired", s.warnings.Text)
	}
	steps := s.advice.Roadmap
	if len(steps) < 2 || len(s.timeline.rows) != len(steps) {
		t.Fatalf("roadmap %+v drawn as %d rows, want two or more exams, one row each", steps, len(s.timeline.rows))
	}

	test.Tap(s.planRoadmap)
	app.tasks.wait()
	wantContains(t, "confirm", topDialogText(app), "Plan the roadmap?", "This creates 2 plans")
	test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), createPlans))
	app.tasks.wait()
	wantScreen(t, app, ScreenPlan)
	wantContains(t, "dialog", topDialogText(app), "Roadmap saved", "Saved 2 plans")
	checkChainedPlans(t, svc, steps)
}

// answer fills the questionnaire, presses Advise me and waits for the advice.
func answer(s *advisorScreen, role, years, goal, hours string) {
	s.role.SetSelected(role)
	s.years.SetText(years)
	s.goal.SetSelected(goal)
	s.hours.SetText(hours)
	test.Tap(s.advise)
	s.tasks.wait()
}

// checkChainedPlans asserts one stored plan per roadmap step, on its dates,
// each with credit for the steps before it.
func checkChainedPlans(t *testing.T, svc Services, steps []advisor.Step) {
	t.Helper()
	ctx := t.Context()
	list, err := svc.Plans.Plans(ctx)
	if err != nil || len(list) != len(steps) {
		t.Fatalf("stored plans = %+v (%v), want %d", list, err, len(steps))
	}
	byExam := map[string]planner.StudyPlan{}
	for _, sum := range list {
		p, err := svc.Plans.Plan(ctx, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		byExam[p.Input.Exam] = p
	}
	for i, st := range steps {
		p, ok := byExam[st.Code]
		if !ok || p.Input.Start != st.Start || p.Schedule.ExamDate != st.Exam {
			t.Fatalf("plan for %s = %s..%s (found %v), want %s..%s", st.Code, p.Input.Start, p.Schedule.ExamDate, ok, st.Start, st.Exam)
		}
		if i > 0 && p.Input.Start != steps[i-1].Exam.AddDays(1) {
			t.Errorf("%s starts %s, want the day after %s's exam %s", st.Code, p.Input.Start, steps[i-1].Code, steps[i-1].Exam)
		}
		for _, before := range steps[:i] {
			if !slices.ContainsFunc(p.Input.Held, func(h planner.HeldCert) bool { return h.Code == before.Code && h.Earned.IsZero() }) {
				t.Errorf("%s has no credit for the earlier step %s (held with no date): held %+v", st.Code, before.Code, p.Input.Held)
			}
		}
	}
}

// TestAdvisorEntryPoints: the sidebar, the catalog and "Plan this exam".
func TestAdvisorEntryPoints(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, _ := startApp(t, f, "2026-11-23")
	test.Tap(app.nav.buttons[ScreenAdvisor])
	app.tasks.wait()
	wantScreen(t, app, ScreenAdvisor)
	app.show(ScreenCatalog)
	test.Tap(app.screens[ScreenCatalog].(*catalogScreen).advise)
	app.tasks.wait()
	wantScreen(t, app, ScreenAdvisor)

	s := app.screens[ScreenAdvisor].(*advisorScreen)
	answer(s, "developer", "one", "build", "10")
	wantContains(t, "problem", s.problem.Text, "Type years of AWS work as a number")
	if s.problem.Hidden || !s.planNext.Disabled() {
		t.Fatal("bad years: no message, or a plan button enabled without advice")
	}
	answer(s, "architect", "0", "lead", "10")
	wantContains(t, "recommendation", s.next.Text, "Next: CLF-C02")
	if !s.problem.Hidden {
		t.Errorf("problem %q still shows after good answers", s.problem.Text)
	}
	test.Tap(s.planNext)
	app.tasks.wait()
	wantScreen(t, app, ScreenSetup)
	if got := app.screens[ScreenSetup].(*setupScreen).exam.Selected; !strings.HasPrefix(got, "CLF-C02") {
		t.Errorf("set-up exam = %q, want CLF-C02", got)
	}
}

// TestAdvisorSaysWhenNoGoalIsChosen: with no goal the advice says it
// follows the other answers only, and a learner who holds every exam that
// suits the answers is told there is nothing to suggest, without an empty
// alternatives or roadmap section, and is asked to choose a goal rather
// than to try another one.
func TestAdvisorSaysWhenNoGoalIsChosen(t *testing.T) {
	clk := &clock{day: mustDate(t, "2026-11-23")}
	svc := newFakeData(testCatalog(t)).services()
	app := startAppWith(t, svc, clk)
	app.show(ScreenAdvisor)
	app.tasks.wait()
	s := app.screens[ScreenAdvisor].(*advisorScreen)
	if s.altsPart.Visible() || s.roadmapPart.Visible() {
		t.Error("the alternatives and the roadmap show, empty, before any answers")
	}
	answer(s, "developer", "3", noGoal, "10")
	wantContains(t, "recommendation", s.next.Text, "Next: ")
	wantContains(t, "reasons with no goal", s.reasons.Text, "No goal chosen: ", "Choose a goal")

	// A business learner who holds the two exams that suit that role.
	for code, earned := range map[string]catalog.Date{"CLF-C02": catalog.DateOf(2026, 1, 10), "AIF-C01": catalog.DateOf(2026, 2, 10)} {
		if err := svc.Records.AddHeldCertification(t.Context(), code, earned); err != nil {
			t.Fatal(err)
		}
	}
	app.show(ScreenAdvisor)
	app.tasks.wait()
	answer(s, "business", "3", noGoal, "5")
	wantContains(t, "heading", s.next.Text, "Nothing to suggest")
	wantContains(t, "warnings", s.warnings.Text, "Choose a goal or a focus")
	if strings.Contains(s.warnings.Text, "another goal") || s.reasons.Text != "" {
		t.Errorf("nothing to suggest with no goal: reasons %q, warnings %q", s.reasons.Text, s.warnings.Text)
	}
	if s.altsPart.Visible() || s.roadmapPart.Visible() {
		t.Error("nothing to suggest, yet the alternatives or the roadmap section shows")
	}
}
