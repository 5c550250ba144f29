package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// holdOnly makes exam's certification, passed on earned, the only one f
// holds, with its renewal study advised from studyFrom.
func holdOnly(f *fakeData, exam string, earned, studyFrom catalog.Date) {
	f.held = nil
	h := f.earn(exam, earned)
	h.StudyFrom = studyFrom
	f.held = []planner.HeldCertification{h}
}

// TestSetupEntryForgetsTheLastOne plans a renewal (exam day three years
// on), then chooses another exam from the catalog: its set-up has no exam
// day, start day, time off or override left from the renewal.
func TestSetupEntryForgetsTheLastOne(t *testing.T) {
	f := newFakeData(testCatalog(t))
	holdOnly(f, "DVA-C02", catalog.DateOf(2026, 11, 30), catalog.DateOf(2029, 8, 1))
	app, _ := startApp(t, f, "2026-12-01")
	app.planRenewal(f.held[0])
	app.tasks.wait()
	s := app.screens[ScreenSetup].(*setupScreen)
	if got := s.examDate.entry.Text; got != "2029-11-29" {
		t.Fatalf("renewal exam day = %q, want the day before it lapses", got)
	}
	s.override.SetText("50")
	s.timeOff.set([]planner.Span{{From: catalog.DateOf(2027, 1, 4), To: catalog.DateOf(2027, 1, 8)}})

	app.planExam("SAA-C03")
	app.tasks.wait()
	if s.exam.Selected == "" || s.examCodes[s.exam.SelectedIndex()] != "SAA-C03" {
		t.Fatalf("exam = %q, want SAA-C03", s.exam.Selected)
	}
	for what, got := range map[string]string{"exam date": s.examDate.entry.Text, "start": s.start.entry.Text,
		"total hours": s.override.Text} {
		if got != "" {
			t.Errorf("%s = %q after a new entry, want empty", what, got)
		}
	}
	if len(s.timeOff.spans()) != 0 {
		t.Errorf("time off %v kept from the last entry", s.timeOff.spans())
	}
}

// TestSetupFollowsSavedDefaultsAtOnce saves new default hours; the next
// New plan starts from them without a restart.
func TestSetupFollowsSavedDefaultsAtOnce(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, s := openSetup(t, f, "CLF-C02")
	if h, _ := s.hours.get(); h.Total() != planner.DefaultWeekHours {
		t.Fatalf("first hours = %v, want the default %d a week", h, planner.DefaultWeekHours)
	}
	st := showScreen[*settingsScreen](t, app, ScreenSettings)
	for _, e := range st.hours.entries {
		e.SetText("")
	}
	test.Type(st.hours.entries[5], "6")
	setCountry(st.country, "DE")
	test.Tap(st.save)
	app.tasks.wait()
	closeDialogs(app)

	app.show(ScreenSetup)
	app.tasks.wait()
	if h, _ := s.hours.get(); h != (planner.Weekdays{0, 0, 0, 0, 0, 6, 0}) {
		t.Fatalf("set-up hours = %v after saving Saturday 6 h, want those", h)
	}
	if got := countryOf(s.country); got != "DE" {
		t.Errorf("country = %q, want the saved DE", got)
	}
}

// TestPlanRenewalStartsOnAdvisedDay: "Plan the renewal" studies from the
// advised start-by day, not today.
func TestPlanRenewalStartsOnAdvisedDay(t *testing.T) {
	f := newFakeData(testCatalog(t))
	holdOnly(f, "CLF-C02", catalog.DateOf(2024, 5, 10), catalog.DateOf(2027, 3, 15))
	app, _ := startApp(t, f, "2026-03-02")
	test.Tap(findButton(t, showScreen[*certsScreen](t, app, ScreenCerts).heldBox, "Plan the renewal"))
	app.tasks.wait()
	wantScreen(t, app, ScreenSetup)
	s := app.screens[ScreenSetup].(*setupScreen)
	if s.start.entry.Text != "2027-03-15" || s.examDate.entry.Text != "2027-05-09" {
		t.Fatalf("renewal set-up from %q to %q, want 2027-03-15 to 2027-05-09", s.start.entry.Text, s.examDate.entry.Text)
	}
	in, err := s.input()
	if err != nil || in.Start != catalog.DateOf(2027, 3, 15) {
		t.Fatalf("plan starts %s (%v), want the advised 2027-03-15", in.Start, err)
	}
}

// TestSetupHeldIsTheCertificationsList adds a held certification in the
// set-up: it is recorded, and the Certifications screen lists it.
func TestSetupHeldIsTheCertificationsList(t *testing.T) {
	onEachBackend(t, "2026-03-02", func(t *testing.T, clk *clock, svc Services) {
		app := startAppWith(t, svc, clk)
		app.planExam("SAA-C03")
		app.tasks.wait()
		s := app.screens[ScreenSetup].(*setupScreen)
		test.Tap(s.held.add)
		form := app.win.Canvas().Overlays().Top()
		test.Tap(findButton(t, form, "Add"))
		if app.win.Canvas().Overlays().Top() != form {
			t.Fatal("the dialog closed without an exam chosen")
		}
		chooseOption(t, form, "CLF-C02 ·")
		test.Type(findEntry(t, form), "2025-06-01")
		test.Tap(findButton(t, form, "Add"))
		app.tasks.wait()
		if got := s.held.certs(); len(got) != 1 || got[0].Code != "CLF-C02" {
			t.Fatalf("set-up held = %+v, want CLF-C02", got)
		}
		wantContains(t, "held list", boxText(showScreen[*certsScreen](t, app, ScreenCerts).heldBox), "(CLF)",
			"Earned 2025-06-01")
	})
}

// chooseOption selects, in the first select inside o, the option that
// starts with prefix.
func chooseOption(t *testing.T, o fyne.CanvasObject, prefix string) {
	t.Helper()
	sel := findFirst[*widget.Select](t, o, "no select")
	for i, opt := range sel.Options {
		if strings.HasPrefix(opt, prefix) {
			sel.SetSelectedIndex(i)
			return
		}
	}
	t.Fatalf("no option %q", prefix)
}
