package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// The practice result dialog offers "This result is for": none or one of
// the plan's practice topics, preselecting the earliest not done that is
// planned on or before the day typed (none before the diagnostic's day);
// Save then stores the result and marks that topic done on its day, and
// the Progress screen shows the plan with it done.
func TestScoreFormPreselectsThePracticeDueAndSavingTicksIt(t *testing.T) {
	onEachBackend(t, "2026-03-02", func(t *testing.T, clk *clock, svc Services) {
		p := mustCreatePlan(t, svc, planner.Input{Exam: "CLF-C02", Start: clk.day, Hours: planner.Even(10), Today: clk.day})
		practice := p.PracticeTopics()
		diag := practice[0]
		if diag.Short() != "diagnostic" || diag.Planned.IsZero() {
			t.Fatalf("practice topics %+v, want the diagnostic first, planned", practice)
		}
		clk.day = diag.Planned.AddDays(1)
		app := startAppWith(t, svc, clk)
		v := showScreen[*progressScreen](t, app, ScreenProgress).scores
		test.Tap(v.log)
		form := app.win.Canvas().Overlays().Top()
		sel := findFirst[*widget.Select](t, form, "the dialog has no choice of practice")
		day := scoreFormEntries(form)[1]
		if sel.Selected != "Diagnostic practice set" || len(sel.Options) != len(practice)+1 || sel.Options[0] != "None" {
			t.Fatalf("the choice shows %q of %q, want the diagnostic preselected among None and %d practice topics",
				sel.Selected, sel.Options, len(practice))
		}
		for _, c := range []struct{ day, want string }{ // the diagnostic's day last: the result is taken then
			{diag.Planned.AddDays(-1).String(), "None"}, {diag.Planned.String(), "Diagnostic practice set"},
		} {
			day.SetText(c.day)
			if sel.Selected != c.want {
				t.Errorf("taken on %s: the choice shows %q, want %q", c.day, sel.Selected, c.want)
			}
		}
		test.Type(scoreFormEntries(form)[0], "48")
		test.Tap(findButton(t, form, "Save"))
		app.tasks.wait()
		after, err := svc.Plans.Plan(context.Background(), p.ID)
		if got := after.Progress[diag.ID]; err != nil || !got.Done || got.DoneOn != diag.Planned {
			t.Errorf("after Save the diagnostic is %+v (%v), want done on %s", got, err, diag.Planned)
		}
		scores, err := svc.Scores.Scores(context.Background(), p.ID)
		if err != nil || len(scores) != 1 || scores[0].Overall != 48 || scores[0].Date != diag.Planned {
			t.Errorf("stored results %+v (%v), want the one of 48 %% on %s", scores, err, diag.Planned)
		}
		shown := showScreen[*progressScreen](t, app, ScreenProgress)
		if !shown.plan.Progress[diag.ID].Done {
			t.Error("the Progress screen still shows the diagnostic not done")
		}
	})
}

// A passed plan offers none of its practice topics: the choice is "None"
// alone, and disabled.
func TestScoreFormOffersNoPracticeOfAPassedPlan(t *testing.T) {
	onEachBackend(t, "2026-03-02", func(t *testing.T, clk *clock, svc Services) {
		p := mustCreatePlan(t, svc, planner.Input{Exam: "CLF-C02", Start: clk.day, Hours: planner.Even(10), Today: clk.day})
		if _, err := svc.Records.SaveAttempt(context.Background(), planner.Attempt{Exam: "CLF-C02", Date: clk.day,
			Status: planner.Passed, Score: 800}); err != nil {
			t.Fatal(err)
		}
		loaded, err := svc.Plans.Plan(context.Background(), p.ID)
		if err != nil || loaded.Passed.IsZero() {
			t.Fatalf("the plan is not passed: %v", err)
		}
		c := newPracticeChoice(loaded)
		if len(c.sel.Options) != 1 || c.sel.Selected != "None" || !c.sel.Disabled() {
			t.Errorf("a passed plan's choice: %q of %q (disabled %v), want None alone, disabled", c.sel.Selected, c.sel.Options, c.sel.Disabled())
		}
		c.dayChanged(clk.day)
		if c.topic() != "" {
			t.Errorf("a passed plan preselects %q", c.topic())
		}
	})
}

// scoreFormEntries are the practice result dialog's entries in order: the
// overall, the day, the domains and the source.
func scoreFormEntries(form fyne.CanvasObject) []*widget.Entry {
	return findAll[*widget.Entry](form)
}
