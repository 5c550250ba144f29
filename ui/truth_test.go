package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// mustDate reads a YYYY-MM-DD date written in a test.
var mustDate = catalogtest.Date

// TestInfeasiblePlanBannerIsNotGreen: a saved plan that does not fit says so
// in the banner, which is not green, lists what is thinner and offers the
// two fixes; the hours fix makes it fit, on the fake and on SQLite.
func TestInfeasiblePlanBannerIsNotGreen(t *testing.T) {
	onEachBackend(t, "2026-11-23", func(t *testing.T, clk *clock, svc Services) {
		in := planner.Input{Exam: "CLF-C02", Start: clk.day, ExamDate: mustDate(t, "2027-01-04"), Hours: planner.Even(5)}
		app, s := showSavedPlan(t, svc, clk, in)
		wantContains(t, "banner", s.banner.Text, "does not fit")
		if s.bannerOK {
			t.Fatal("the banner of a plan that does not fit is green")
		}
		wantContains(t, "fit", s.fit.text.Text, "This plan covers", "get less time than they need")
		if strings.Contains(s.fit.text.Text, "1.1") {
			t.Fatalf("the fit note shows topic IDs to the learner: %q", s.fit.text.Text)
		}
		if s.fit.useEarliest.Hidden || s.fit.useHours.Hidden {
			t.Fatal("the two fixes are not offered")
		}
		wantContains(t, "hours fix", s.fit.useHours.Text, "a week that fit", "at most")
		// It changes the learner's week for every plan: it asks first,
		// and Cancel changes nothing.
		test.Tap(s.fit.useHours)
		wantContains(t, "hours fix confirm", topDialogText(app), "Your study week becomes", "shared by all your plans")
		test.Tap(findButton(t, app.win.Canvas().Overlays().Top(), "Cancel"))
		app.tasks.wait()
		wantContains(t, "banner after Cancel", s.banner.Text, "does not fit")
		test.Tap(s.fit.useHours)
		test.Tap(findButtonPrefix(t, app.win.Canvas().Overlays().Top(), "Use "))
		app.tasks.wait()
		wantContains(t, "banner after the hours fix", s.banner.Text, "On track")
		if !s.bannerOK || !s.fit.text.Hidden {
			t.Fatalf("after the fix: green %v, fit note shown %v", s.bannerOK, !s.fit.text.Hidden)
		}
	})
}

// TestRetiredExamFromTheCatalogIsRefused: a retired exam cannot be planned
// from the catalog, and the set-up does not offer it but says why.
func TestRetiredExamFromTheCatalogIsRefused(t *testing.T) {
	app, _ := startApp(t, newFakeData(testCatalog(t)), "2026-12-02")
	cat := showScreen[*catalogScreen](t, app, ScreenCatalog)
	cat.selectExam("DVA-C02")
	if !cat.detail.plan.Disabled() {
		t.Fatal("DVA-C02 can be planned on 2026-12-02, after its last day")
	}
	wantContains(t, "DVA-C02 detail", boxText(cat.detail.box),
		"DVA-C02 cannot be taken after 2026-11-30; plan DVA-C03 instead.")
	app.planExam("DVA-C02")
	app.tasks.wait()
	setup := app.screens[ScreenSetup].(*setupScreen)
	for _, code := range setup.examCodes {
		if code == "DVA-C02" {
			t.Fatal("the set-up offers DVA-C02 after its last day")
		}
	}
	wantContains(t, "set-up", setup.preview.verdict.Text, "plan DVA-C03 instead")
	if !setup.create.Disabled() {
		t.Error("the set-up can create a plan for a retired exam")
	}
}

// TestChangeDatesAndHours: the plan screen's "Change dates and hours" asks
// for the new dates and hours; re-planning moves the exam and keeps ticks.
func TestChangeDatesAndHours(t *testing.T) {
	f := newFakeData(testCatalog(t))
	app, clk := startApp(t, f, "2026-11-23")
	in := planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: mustDate(t, "2027-03-01"), Hours: planner.Even(10)}
	p := mustCreatePlan(t, f.services(), in)
	if err := f.Tick(context.Background(), p.ID, "SAA-C03:1.1", 0, 2); err != nil {
		t.Fatal(err)
	}
	app.openPlan(p.ID)
	app.tasks.wait()
	s := app.screens[ScreenPlan].(*planScreen)
	test.Tap(s.fit.change)
	wantContains(t, "dialog", topDialogText(app), "Exam date", "Hours per day")
	closeDialogs(app)
	later := s.plan.Input
	later.ExamDate, later.Country = mustDate(t, "2027-05-03"), "DE"
	s.fit.apply(later, s.plans.EditPlanInWeek)
	app.tasks.wait()
	if s.plan.Schedule.ExamDate != later.ExamDate || s.plan.Input.Country != "DE" || !s.plan.Progress["SAA-C03:1.1"].Done {
		t.Fatalf("after the change: exam %s, country %q, 1.1 %+v", s.plan.Schedule.ExamDate, s.plan.Input.Country,
			s.plan.Progress["SAA-C03:1.1"])
	}
	retired := s.plan.Input
	retired.Exam, retired.ExamDate, retired.Country = "DVA-C02", mustDate(t, "2026-12-10"), ""
	s.fit.apply(retired, s.plans.EditPlanInWeek)
	wantContains(t, "refusal", topDialogText(app), "DVA-C02 cannot be taken after 2026-11-30")
}

// TestCalendarExportCancelsMovedSessions: on SQLite, after a change of
// dates, the desktop's calendar export cancels the sessions that moved.
func TestCalendarExportCancelsMovedSessions(t *testing.T) {
	clk := &clock{day: mustDate(t, "2026-11-23")}
	svc := backends["storage"](t, clk)
	in := planner.Input{Exam: "CLF-C02", Start: clk.day, ExamDate: mustDate(t, "2027-02-01"), Hours: planner.Even(5)}
	p := mustCreatePlan(t, svc, in)
	in.ExamDate = mustDate(t, "2027-04-01")
	in.Today = clk.day
	if _, err := svc.Plans.EditPlan(context.Background(), p.ID, in); err != nil {
		t.Fatal(err)
	}
	app := startAppWith(t, svc, clk)
	path := filepath.Join(t.TempDir(), "plan.ics")
	if err := app.writeExport(context.Background(), exportFormats[1], p.ID, path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "STATUS:CANCELLED") || !strings.Contains(string(b), fmt.Sprintf("CLF-C02-plan%d-", p.ID)) {
		t.Fatal("the re-export neither cancels the moved sessions nor ties its events to the plan")
	}
}

// findButtonPrefix is the button in o whose text starts with prefix.
func findButtonPrefix(t testing.TB, o fyne.CanvasObject, prefix string) *widget.Button {
	t.Helper()
	return findWhere(t, o, func(b *widget.Button) bool { return strings.HasPrefix(b.Text, prefix) },
		fmt.Sprintf("no button starting %q", prefix))
}
