package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"certplan/planner"
	"certplan/planner/advisor"
)

// openAdvisor starts the app on svc and shows the advisor, its data loaded.
func openAdvisor(t *testing.T, svc Services, clk *clock) (*App, *advisorScreen) {
	t.Helper()
	app := startAppWith(t, svc, clk)
	app.show(ScreenAdvisor)
	app.tasks.wait()
	return app, app.screens[ScreenAdvisor].(*advisorScreen)
}

// planCount is how many plans svc holds.
func planCount(t *testing.T, svc Services) int {
	t.Helper()
	list, err := svc.Plans.Plans(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return len(list)
}

// TestAdvisorKnowsActivePlans (QA #13): a developer who already has an
// active DVA-C03 plan is not told DVA-C03 is next, and is told why; the
// dates use the hours that plan leaves.
func TestAdvisorKnowsActivePlans(t *testing.T) {
	onEachBackend(t, "2026-11-23", func(t *testing.T, clk *clock, svc Services) {
		dva := mustCreatePlan(t, svc, planner.Input{Exam: "DVA-C03", Start: clk.day, ExamDate: mustDate(t, "2027-05-01"),
			Hours: planner.Even(4)})
		_, s := openAdvisor(t, svc, clk)
		answer(s, "developer", "3", "build", "10")
		for _, code := range append([]string{s.advice.Next.Code}, stepCodes(s.advice.Roadmap)...) {
			if code == "DVA-C03" {
				t.Fatalf("advice names DVA-C03, already planned: next %q, roadmap %v", s.advice.Next.Code, stepCodes(s.advice.Roadmap))
			}
		}
		wantContains(t, "warnings", s.warnings.Text, "You are already preparing for DVA-C03 (exam "+dva.Schedule.ExamDate.String()+")",
			"the dates here use only the hours they leave")
	})
}

// TestPlanRoadmapAsksAndSkipsPlannedSteps (QA #3): "Plan the roadmap"
// saves nothing before the learner agrees, lists what it will create, and
// skips a step whose exam got an active plan since the advice.
func TestPlanRoadmapAsksAndSkipsPlannedSteps(t *testing.T) {
	onEachBackend(t, "2026-11-23", func(t *testing.T, clk *clock, svc Services) {
		app, s := openAdvisor(t, svc, clk)
		answer(s, "developer", "3", "build", "10")
		steps := s.advice.Roadmap
		if len(steps) < 2 {
			t.Fatalf("roadmap %v, want two or more steps", stepCodes(steps))
		}
		first := mustCreatePlan(t, svc, planner.Input{Exam: steps[0].Code, Start: clk.day, ExamDate: steps[0].Exam,
			Hours: planner.Even(10)})

		test.Tap(s.planRoadmap)
		app.tasks.wait()
		wantContains(t, "confirm", topDialogText(app), "Plan the roadmap?", "This creates "+countLabel(len(steps)-1, "plan", "plans"),
			steps[1].Code, "Skipped", "You are already preparing for "+first.Input.Exam)
		if many := len(steps)-1 > 1; strings.Contains(topDialogText(app), "one after another") != many {
			t.Errorf("confirming %d plans: %q, want \"one after another\" only for more than one", len(steps)-1, topDialogText(app))
		}
		test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Cancel"))
		app.tasks.wait()
		if n := planCount(t, svc); n != 1 {
			t.Fatalf("%d plans after Cancel, want only the one made before", n)
		}

		test.Tap(s.planRoadmap)
		app.tasks.wait()
		test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), createPlans))
		app.tasks.wait()
		if n := planCount(t, svc); n != len(steps) {
			t.Errorf("%d plans after confirming, want %d: one per step, %s not twice", n, len(steps), steps[0].Code)
		}
	})
}

// TestAdvisorClearsAdviceAfterBadInput (QA #20): after years -2 or "abc"
// no earlier advice and no button to plan it stay under the message.
func TestAdvisorClearsAdviceAfterBadInput(t *testing.T) {
	for _, years := range []string{"-2", "abc"} {
		t.Run(years, func(t *testing.T) {
			app, _ := startApp(t, newFakeData(testCatalog(t)), "2026-11-23")
			app.show(ScreenAdvisor)
			app.tasks.wait()
			s := app.screens[ScreenAdvisor].(*advisorScreen)
			answer(s, "developer", "3", "build", "10")
			if s.planRoadmap.Disabled() {
				t.Fatal("no roadmap for good answers: the case tests nothing")
			}
			answer(s, "developer", years, "build", "10")
			if s.problem.Hidden || !s.planNext.Disabled() || !s.planRoadmap.Disabled() {
				t.Errorf("after years %q: problem shown %v, plan buttons disabled %v/%v, want a message and both disabled",
					years, !s.problem.Hidden, s.planNext.Disabled(), s.planRoadmap.Disabled())
			}
			if s.next.Text != askAgain || s.reasons.Text != "" || len(s.timeline.rows) != 0 || s.warnings.Text != "" {
				t.Errorf("after years %q the earlier advice stays: %q, %q, %d roadmap rows", years, s.next.Text, s.reasons.Text, len(s.timeline.rows))
			}
		})
	}
}

// stepCodes lists the roadmap's exam codes.
func stepCodes(steps []advisor.Step) []string {
	out := make([]string, len(steps))
	for i, st := range steps {
		out[i] = st.Code
	}
	return out
}
