package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// openSetup starts the app and opens the set-up for exam.
func openSetup(t *testing.T, f *fakeData, exam string) (*App, *setupScreen) {
	t.Helper()
	app, _ := startApp(t, f, "2026-03-02")
	app.planExam(exam)
	app.tasks.wait()
	return app, app.screens[ScreenSetup].(*setupScreen)
}

// TestSetupUseHoursThatFit scales the weekday hours to what the exam date
// needs, keeping the learner's pattern.
func TestSetupUseHoursThatFit(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	s.hours.set(planner.Weekdays{1, 0, 1, 0, 0, 2, 0})
	test.Type(s.examDate.entry, "2026-04-10")
	app.tasks.wait()
	wantContains(t, "verdict", s.preview.verdict.Text, "does not fit")
	test.Tap(s.preview.useHours)
	app.tasks.wait()
	wantContains(t, "verdict", s.preview.verdict.Text, "It fits")
	h, err := s.hours.get()
	if err != nil || h[1] != 0 || h[5] <= h[0] || h[0] != h[2] {
		t.Fatalf("hours = %v (%v), want Mon = Wed, Sat twice as long, Tue empty", h, err)
	}
}

// TestSetupTimeOffLengthensThePlan adds a fortnight off through the dialog.
func TestSetupTimeOffLengthensThePlan(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	before := s.preview.plan.ExamDate
	test.Tap(s.timeOff.add)
	form := app.win.Canvas().Overlays().Top()
	dates := findAll[*widget.Entry](form)
	if len(dates) != 2 {
		t.Fatalf("time off dialog has %d entries, want 2", len(dates))
	}
	test.Type(dates[0], "2026-03-09")
	test.Type(dates[1], "2026-03-22")
	test.Tap(findButton(t, form, "Add"))
	app.tasks.wait()
	if got := s.timeOff.spans(); len(got) != 1 || got[0].From.String() != "2026-03-09" ||
		got[0].To.String() != "2026-03-22" {
		t.Fatalf("time off = %+v, want 2026-03-09 to 2026-03-22", got)
	}
	if after := s.preview.plan.ExamDate; after.DaysUntil(before) > -14 {
		t.Errorf("earliest exam date %s, before time off %s: want two weeks later", after, before)
	}
}

// TestSetupSaysWhatToFix explains typing mistakes instead of planning.
func TestSetupSaysWhatToFix(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*setupScreen)
		wants string
	}{
		{"hours not a number", func(s *setupScreen) { test.Type(s.hours.entries[1], "x") }, "Tue"},
		{"date not a date", func(s *setupScreen) { test.Type(s.examDate.entry, "31/12/2026") }, "YYYY-MM-DD"},
		{"date before today", func(s *setupScreen) { test.Type(s.examDate.entry, "2026-01-01") },
			"after the start date"},
		{"override too big", func(s *setupScreen) { test.Type(s.override, "9000") }, "5000"},
		{"override of nothing", func(s *setupScreen) { test.Type(s.override, "0") }, "0 is no estimate"},
		{"a week of no hours", func(s *setupScreen) {
			for _, e := range s.hours.entries {
				e.SetText("0")
			}
			test.Type(s.hours.entries[0], "")
		}, "week of 0 study hours plans nothing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
			c.edit(s)
			app.tasks.wait()
			wantContains(t, "verdict", s.preview.verdict.Text, c.wants)
			if !s.create.Disabled() {
				t.Error("Create plan is enabled for input that cannot be planned")
			}
		})
	}
}

// TestScreensShowLoading: a screen shows its loading state until its data
// arrives.
func TestScreensShowLoading(t *testing.T) {
	_, app := startWithPlan(t, "2026-03-02")
	for _, sc := range []Screen{ScreenProgress, ScreenCerts, ScreenSettings, ScreenPlan} {
		app.show(sc)
		l := screenLoading(app, sc)
		if l.overlay.Hidden {
			t.Errorf("%s: no loading state while its data loads", sc)
		}
		app.tasks.wait()
		if !l.overlay.Hidden {
			t.Errorf("%s: still loading after its data came", sc)
		}
	}
}

// screenLoading returns the loading state of screen sc.
func screenLoading(app *App, sc Screen) *loading {
	switch s := app.screens[sc].(type) {
	case *progressScreen:
		return s.loading
	case *certsScreen:
		return s.loading
	case *settingsScreen:
		return s.loading
	case *planScreen:
		return s.loading
	}
	return nil
}

// TestSetupStudyOrder: the preview plans heaviest domains first until the
// learner picks the exam guide's order.
func TestSetupStudyOrder(t *testing.T) {
	app, s := openSetup(t, newFakeData(testCatalog(t)), "CLF-C02")
	if s.preview.plan.Inputs.Order != planner.ByWeight {
		t.Fatalf("order %q, want weight by default", s.preview.plan.Inputs.Order)
	}
	s.order.SetSelected("The exam guide's order")
	app.tasks.wait()
	if in, err := s.input(); err != nil || in.Order != planner.ByGuide || s.preview.plan.Inputs.Order != planner.ByGuide {
		t.Fatalf("input order %q (%v), preview %q, want guide", in.Order, err, s.preview.plan.Inputs.Order)
	}
}

// TestSetupNotesAPlanForTheSameExam: a second plan for an exam is allowed,
// but the set-up says under the exam that one exists; another exam has no
// note.
func TestSetupNotesAPlanForTheSameExam(t *testing.T) {
	f := newFakeData(testCatalog(t))
	mustCreatePlan(t, f.services(), planner.Input{Exam: "CLF-C02", Start: mustDate(t, "2026-03-02"),
		ExamDate: mustDate(t, "2026-06-01"), Hours: planner.Even(7)})
	app, s := openSetup(t, f, "CLF-C02")
	if !s.sameExam.Visible() {
		t.Fatal("the note of a plan for the same exam is hidden")
	}
	wantContains(t, "exam note", s.sameExam.Text, "You already have a plan for CLF-C02", "2026-06-01", "this makes another")
	if s.create.Disabled() {
		t.Error("a second plan for the exam is blocked; it should only be noted")
	}
	chooseOption(t, s.exam, "SAA-C03 ·")
	app.tasks.wait()
	if s.sameExam.Visible() || s.sameExam.Text != "" {
		t.Errorf("SAA-C03, with no plan, is noted: %q", s.sameExam.Text)
	}
}
