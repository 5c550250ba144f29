package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"certplan/catalog"
	"certplan/planner"
)

// The welcome screen needs only a way to switch screens: built alone, its
// buttons ask for the catalog, the certifications and the advisor.
func TestWelcomeNeedsOnlyShow(t *testing.T) {
	test.NewTempApp(t)
	var shown []Screen
	s := newWelcomeScreen(func(sc Screen) { shown = append(shown, sc) })
	s.buildUI()
	test.Tap(s.choose)
	test.Tap(s.held)
	test.Tap(s.advise)
	want := []Screen{ScreenCatalog, ScreenCerts, ScreenAdvisor}
	if len(shown) != len(want) {
		t.Fatalf("screens asked for = %q, want %q", shown, want)
	}
	for i := range want {
		if shown[i] != want[i] {
			t.Errorf("tap %d asked for %q, want %q", i, shown[i], want[i])
		}
	}
}

// The catalog screen needs only the catalog, today, the exam of the plan
// shown and two ways on: built alone, it shows that exam and plans it.
func TestCatalogNeedsOnlyItsDeps(t *testing.T) {
	test.NewTempApp(t)
	var planned string
	s := newCatalogScreen(catalogDeps{cat: testCatalog(t), today: fixedDay(t, "2025-06-02"),
		shownExam: func() string { return "SAA-C03" }, showScreen: func(Screen) {},
		planExam: func(code string) { planned = code }})
	s.buildUI()
	s.refresh()
	if s.selected == nil || s.selected.Code != "SAA-C03" {
		t.Fatalf("selected = %v, want the shown plan's exam SAA-C03", s.selected)
	}
	s.onPlanExam()
	if planned != "SAA-C03" {
		t.Errorf("planned exam = %q, want %q", planned, "SAA-C03")
	}
}

// fixedDay is a clock for a screen built alone: always day s.
func fixedDay(t testing.TB, s string) func() catalog.Date {
	t.Helper()
	d := mustDate(t, s)
	return func() catalog.Date { return d }
}

// slowLoad is a PlanService whose Plan of plan slow waits until its
// context is cancelled and it is released, so it finishes last.
type slowLoad struct {
	PlanService
	slow      int64
	released  chan struct{}
	cancelled chan error
}

// Plan holds back the load of plan slow; others answer at once.
func (s *slowLoad) Plan(ctx context.Context, id int64) (planner.StudyPlan, error) {
	if id == s.slow {
		<-ctx.Done()
		s.cancelled <- ctx.Err()
		<-s.released
	}
	return s.PlanService.Plan(ctx, id)
}

// newBase is a screen base on a test window with queued task results.
func newBase(t *testing.T, today string) screenBase {
	a := test.NewTempApp(t)
	ts := &tasks{}
	ts.queueResults()
	return screenBase{win: a.NewWindow("test"), tasks: ts, cat: testCatalog(t), today: fixedDay(t, today)}
}

// The plan screen needs only its PlanService and which plan is shown:
// built alone, switching plans quickly shows the plan picked last even
// when the first load finishes last, and the first load is cancelled.
func TestPlanScreenShowsLatestPick(t *testing.T) {
	f := newFakeData(testCatalog(t))
	first := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
	second := newTestPlan(t, f, "SAA-C03", "2026-03-02", "2026-09-30")
	plans := &slowLoad{PlanService: f, slow: first.ID, released: make(chan struct{}), cancelled: make(chan error, 1)}
	shown := first.ID
	b := newBase(t, "2026-03-02")
	s := newPlanScreen(planDeps{screenBase: b, plans: plans, shownID: func() int64 { return shown }})
	b.win.SetContent(s.buildUI())
	s.refresh()
	shown = second.ID
	s.refresh()
	select {
	case err := <-plans.cancelled:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("first load's context error = %v, want %v", err, context.Canceled)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the first load was not cancelled when a newer plan was picked")
	}
	(<-b.tasks.queue)() // the second load's result: the first is still held back
	close(plans.released)
	b.tasks.wait()
	if s.plan.ID != second.ID || s.plan.Schedule.Exam != "SAA-C03" {
		t.Errorf("plan shown = %d (%s), want the last picked, %d (SAA-C03)", s.plan.ID, s.plan.Schedule.Exam, second.ID)
	}
}

// The certifications screen needs only its RecordService, the plan shown
// and a way to plan a renewal: built alone, it lists what is held and
// hands "Plan the renewal" to the callback.
func TestCertsScreenNeedsOnlyItsDeps(t *testing.T) {
	f := newFakeData(testCatalog(t))
	if err := f.AddHeldCertification(context.Background(), "CLF-C02", fixedDay(t, "2023-06-01")()); err != nil {
		t.Fatal(err)
	}
	b := newBase(t, "2026-03-02")
	var renew []planner.HeldCertification
	s := newCertsScreen(certsDeps{screenBase: b, records: f, shownPlan: func() planner.PlanSummary { return planner.PlanSummary{} },
		planRenewal: func(h planner.HeldCertification) { renew = append(renew, h) }})
	b.win.SetContent(s.buildUI())
	s.refresh()
	b.tasks.wait()
	if len(s.held) != 1 || s.held[0].Exam != "CLF-C02" {
		t.Fatalf("held = %+v, want CLF-C02 alone", s.held)
	}
	test.Tap(findButton(t, s.heldBox, "Plan the renewal"))
	if len(renew) != 1 || renew[0].Exam != "CLF-C02" {
		t.Errorf("renewals asked for = %+v, want CLF-C02's", renew)
	}
}

// The set-up needs only its services, what the entry means and a way to
// open the new plan: built alone, it starts from the entry's exam and
// hands the created plan to openNew.
func TestSetupNeedsOnlyItsDeps(t *testing.T) {
	f := newFakeData(testCatalog(t))
	b := newBase(t, "2026-03-02")
	var opened []int64
	s := newSetupScreen(setupDeps{screenBase: b, plans: f, records: f, settings: f, budget: f,
		shownExam: func() string { return "" }, takeEntry: func() setupEntry { return setupEntry{exam: "CLF-C02"} },
		openNew: func(id int64, _ func()) { opened = append(opened, id) }})
	b.win.SetContent(s.buildUI())
	s.refresh()
	b.tasks.wait()
	if got := s.exam.Selected; !strings.HasPrefix(got, "CLF-C02") {
		t.Fatalf("exam = %q, want the entry's CLF-C02", got)
	}
	test.Type(s.examDate.entry, "2026-06-30")
	b.tasks.wait()
	test.Tap(s.create)
	b.tasks.wait()
	if len(opened) != 1 || len(f.plans) != 1 || opened[0] != f.plans[0].ID {
		t.Errorf("plans opened = %v, want the one created", opened)
	}
}

// The settings need only their services and the shell's callbacks: built
// alone, they show the data folder and hand a theme choice to setTheme.
func TestSettingsNeedOnlyTheirDeps(t *testing.T) {
	f := newFakeData(testCatalog(t))
	b := newBase(t, "2026-03-02")
	var themes []ThemeChoice
	s := newSettingsScreen(settingsDeps{screenBase: b, defaults: f, data: f,
		themeChoice: func() ThemeChoice { return ThemeSystem }, setTheme: func(c ThemeChoice) { themes = append(themes, c) },
		setDataFolder: func(string) {}, checkOutput: func(string) error { return nil }, dataReplaced: func(string) {},
		reminderAt: func() string { return "" }, setReminderAt: func(string) {}})
	b.win.SetContent(s.buildUI())
	s.refresh()
	b.tasks.wait()
	wantContains(t, "folder", s.folder.Text, f.Dir())
	s.theme.SetSelected("Dark")
	if len(themes) != 1 || themes[0] != ThemeDark {
		t.Errorf("themes set = %q, want %q", themes, ThemeDark)
	}
}

// The advisor needs only its services and two ways on: built alone, it
// lists what is held, advises, and hands a saved roadmap's first plan, once confirmed, to openNew.
func TestAdvisorNeedsOnlyItsDeps(t *testing.T) {
	f := newFakeData(testCatalog(t))
	if err := f.AddHeldCertification(context.Background(), "CLF-C02", fixedDay(t, "2025-10-01")()); err != nil {
		t.Fatal(err)
	}
	b := newBase(t, "2026-03-02")
	var opened []int64
	s := newAdvisorScreen(advisorDeps{screenBase: b, plans: f, data: f, planExam: func(string) {},
		openNew: func(id int64, then func()) { opened = append(opened, id); then() }})
	b.win.SetContent(s.buildUI())
	s.refresh()
	b.tasks.wait()
	wantContains(t, "held certifications", s.heldText.Text, "CLF-C02")
	answer(s, "developer", "3", "build", "10")
	if len(s.advice.Roadmap) == 0 {
		t.Fatalf("no roadmap advised")
	}
	test.Tap(s.planRoadmap)
	b.tasks.wait()
	test.Tap(findButton(t, b.win.Canvas().Overlays().Top(), createPlans))
	b.tasks.wait()
	if len(f.plans) != len(s.advice.Roadmap) {
		t.Errorf("plans saved = %d, want one per roadmap exam, %d", len(f.plans), len(s.advice.Roadmap))
	}
	if len(f.plans) == 0 || len(opened) != 1 || opened[0] != f.plans[0].ID {
		t.Errorf("plans opened = %v, want only the roadmap's first", opened)
	}
}
