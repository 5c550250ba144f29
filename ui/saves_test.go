package ui

import (
	"context"
	"errors"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// heldWrites serves plans and practice results whose writes wait until
// released, so that they finish after the learner switched plans; then
// they fail with fail, when set.
type heldWrites struct {
	PlanService
	ScoreService
	BudgetService
	started  chan struct{}
	released chan struct{}
	fail     error
}

// newHeldWrites holds back the writes of plans and scores (may be nil).
func newHeldWrites(plans PlanService, scores ScoreService) *heldWrites {
	return &heldWrites{PlanService: plans, ScoreService: scores, started: make(chan struct{}, 1),
		released: make(chan struct{})}
}

// hold tells the test the write started and waits until it is released.
func (h *heldWrites) hold() error {
	h.started <- struct{}{}
	<-h.released
	return h.fail
}

// Tick holds back a tick.
func (h *heldWrites) Tick(ctx context.Context, planID int64, topicID string, on catalog.Date, hours float64) error {
	if err := h.hold(); err != nil {
		return err
	}
	return h.PlanService.Tick(ctx, planID, topicID, on, hours)
}

// TickItems holds back a tick of study items.
func (h *heldWrites) TickItems(ctx context.Context, planID int64, ids []string, on catalog.Date, hours float64) error {
	if err := h.hold(); err != nil {
		return err
	}
	return h.PlanService.TickItems(ctx, planID, ids, on, hours)
}

// Replan holds back a rebalance.
func (h *heldWrites) Replan(ctx context.Context, planID int64, today catalog.Date) (planner.StudyPlan, bool, error) {
	if err := h.hold(); err != nil {
		return planner.StudyPlan{}, false, err
	}
	return h.PlanService.Replan(ctx, planID, today)
}

// DeletePlan holds back deleting a plan.
func (h *heldWrites) DeletePlan(ctx context.Context, planID int64) error {
	if err := h.hold(); err != nil {
		return err
	}
	return h.PlanService.DeletePlan(ctx, planID)
}

// SetArchived holds back archiving a plan or bringing it back.
func (h *heldWrites) SetArchived(ctx context.Context, id int64, archived bool, today catalog.Date) (planner.StudyPlan, error) {
	if err := h.hold(); err != nil {
		return planner.StudyPlan{}, err
	}
	return h.BudgetService.SetArchived(ctx, id, archived, today)
}

// Prioritize holds back giving a plan priority.
func (h *heldWrites) Prioritize(ctx context.Context, id int64, today catalog.Date) ([]planner.StudyPlan, error) {
	if err := h.hold(); err != nil {
		return nil, err
	}
	return h.BudgetService.Prioritize(ctx, id, today)
}

// AddScore holds back a practice result.
func (h *heldWrites) AddScore(ctx context.Context, planID int64, s planner.Score) (planner.ScoreRecord, error) {
	if err := h.hold(); err != nil {
		return planner.ScoreRecord{}, err
	}
	return h.ScoreService.AddScore(ctx, planID, s)
}

// switchDuring shows plan first on a plan screen built alone, starts a
// save with save, switches to plan second while it runs and shows it,
// then lets the save finish.
func switchDuring(t *testing.T, h *heldWrites, first, second int64, save func(*planScreen)) (*planScreen, screenBase) {
	t.Helper()
	shown := first
	b := newBase(t, "2026-03-02")
	s := newPlanScreen(planDeps{screenBase: b, plans: h, shownID: func() int64 { return shown }})
	b.win.SetContent(s.buildUI())
	s.refresh()
	b.tasks.wait()
	save(s)
	<-h.started
	shown = second
	s.refresh()
	(<-b.tasks.queue)() // the second plan's load: the save is still held back
	if s.plan.ID != second {
		t.Fatalf("plan shown after the switch = %d, want %d", s.plan.ID, second)
	}
	close(h.released)
	b.tasks.wait()
	return s, b
}

// wantPlanShown fails unless the screen shows plan id.
func wantPlanShown(t *testing.T, s *planScreen, id int64) {
	t.Helper()
	if s.plan.ID != id {
		t.Errorf("plan shown = %d, want the plan switched to, %d", s.plan.ID, id)
	}
}

// A tick saved after the learner switched plans is saved, and leaves the
// plan now shown as it was.
func TestTickAfterSwitchLeavesNewPlan(t *testing.T) {
	f, first, second := twoPlans(t, "CLF-C02", "2026-05-29", "2026-06-30")
	var topic string
	s, _ := switchDuring(t, newHeldWrites(f, nil), first.ID, second.ID, func(s *planScreen) {
		var check *widget.Check
		topic, check = firstCheck(t, s)
		test.Tap(check)
	})
	wantPlanShown(t, s, second.ID)
	if s.plan.Progress[topic].Done {
		t.Errorf("topic %s shows done on the plan switched to, which was never ticked", topic)
	}
	if stored, _ := f.Plan(context.Background(), first.ID); !stored.Progress[topic].Done {
		t.Errorf("topic %s of the first plan is not saved done", topic)
	}
}

// A tick that fails after the learner switched plans tells them, naming
// the plan's exam, and does not take back the same topic's tick on the
// plan now shown.
func TestTickFailureAfterSwitchKeepsNewPlan(t *testing.T) {
	f, first, second := twoPlans(t, "CLF-C02", "2026-05-29", "2026-06-30")
	h := failingWrites(f)
	var topic string
	s, b := switchDuring(t, h, first.ID, second.ID, func(s *planScreen) {
		var check *widget.Check
		topic, check = firstCheck(t, s)
		if err := f.Tick(context.Background(), second.ID, topic, 0, 1); err != nil {
			t.Fatal(err)
		}
		test.Tap(check)
	})
	wantPlanShown(t, s, second.ID)
	if !s.plan.Progress[topic].Done {
		t.Errorf("topic %s of the plan switched to was unticked by the other plan's failed save", topic)
	}
	wantContains(t, "dialog", dialogTextIn(b.win), "Could not save the tick for CLF-C02", "The disk is full")
}

// firstItemIDs ticks the first session with study items and returns the
// items its check ticks.
func firstItemIDs(t *testing.T, s *planScreen) []string {
	t.Helper()
	var ids []string
	for _, it := range firstSessionCheck(t, s).session.TickItems() {
		ids = append(ids, it.ID)
	}
	return ids
}

// A session's items ticked after the learner switched plans are saved,
// and the reloaded plan is not shown over the plan switched to.
func TestItemTickAfterSwitchLeavesNewPlan(t *testing.T) {
	f, first, second := twoPlans(t, "SAA-C03", "2026-07-01", "2026-09-30")
	var ids []string
	s, _ := switchDuring(t, newHeldWrites(f, nil), first.ID, second.ID, func(s *planScreen) {
		ids = firstItemIDs(t, s)
		test.Tap(firstSessionCheck(t, s).check)
	})
	wantPlanShown(t, s, second.ID)
	stored, _ := f.Plan(context.Background(), first.ID)
	for _, id := range ids {
		if itemDone(s.plan, id) {
			t.Errorf("item %s shows done on the plan switched to, which was never ticked", id)
		}
		if !stored.Items[id].Done {
			t.Errorf("item %s of the first plan is not saved done", id)
		}
	}
}

// A tick of items that fails after the learner switched plans tells them
// and does not take back the same items' ticks on the plan now shown.
func TestItemTickFailureAfterSwitchKeepsNewPlan(t *testing.T) {
	f, first, second := twoPlans(t, "SAA-C03", "2026-07-01", "2026-09-30")
	h := failingWrites(f)
	var ids []string
	s, b := switchDuring(t, h, first.ID, second.ID, func(s *planScreen) {
		ids = firstItemIDs(t, s)
		if err := f.TickItems(context.Background(), second.ID, ids, 0, 1); err != nil {
			t.Fatal(err)
		}
		test.Tap(firstSessionCheck(t, s).check)
	})
	wantPlanShown(t, s, second.ID)
	for _, id := range ids {
		if !itemDone(s.plan, id) {
			t.Errorf("item %s of the plan switched to was unticked by the other plan's failed save", id)
		}
	}
	wantContains(t, "dialog", dialogTextIn(b.win), "Could not save the tick for SAA-C03", "The disk is full")
}

// A rebalance done after the learner switched plans shows neither its
// plan nor its dialog over the plan switched to, and Rebalance works
// again.
func TestRebalanceAfterSwitchLeavesNewPlan(t *testing.T) {
	f := newFakeData(testCatalog(t))
	first := newTestPlan(t, f, "CLF-C02", "2026-02-02", "2026-05-29")
	second := newTestPlan(t, f, "SAA-C03", "2026-03-02", "2026-09-30")
	s, b := switchDuring(t, newHeldWrites(f, nil), first.ID, second.ID, func(s *planScreen) {
		test.Tap(s.rebalance)
	})
	wantPlanShown(t, s, second.ID)
	if s.plan.Schedule.Exam != "SAA-C03" {
		t.Errorf("exam shown = %s, want the plan switched to's SAA-C03", s.plan.Schedule.Exam)
	}
	if text := dialogTextIn(b.win); text != "" {
		t.Errorf("a dialog shows over the plan switched to: %.160q", text)
	}
	if s.rebalance.Disabled() {
		t.Error("Rebalance stays disabled after the other plan's rebalance finished")
	}
}

// A practice result saved after the learner switched plans is saved, and
// the results shown stay those of the plan switched to; one that fails
// names its plan's exam.
func TestScoreAfterSwitchLeavesNewPlan(t *testing.T) {
	for _, failed := range []bool{false, true} {
		clk := &clock{day: catalog.DateOf(2026, 3, 2)}
		svc := backends["storage"](t, clk)
		in := planner.Input{Exam: "CLF-C02", Start: clk.day, ExamDate: clk.day.AddDays(80), Hours: planner.Even(8)}
		first, err := svc.Plans.CreatePlan(context.Background(), "", in)
		if err != nil {
			t.Fatal(err)
		}
		in.Exam, in.ExamDate = "SAA-C03", clk.day.AddDays(150)
		second, err := svc.Plans.CreatePlan(context.Background(), "", in)
		if err != nil {
			t.Fatal(err)
		}
		h := newHeldWrites(svc.Plans, svc.Scores)
		if failed {
			h.fail = errors.New("the disk is full: free some space and try again")
		}
		v, b := scoreSwitchDuring(t, h, first, second)
		if v.plan.ID != second.ID || v.summary.Text != noScoresText {
			t.Errorf("results shown of plan %d (%q), want the plan switched to's, %d, with none yet",
				v.plan.ID, v.summary.Text, second.ID)
		}
		got, err := svc.Scores.Scores(context.Background(), first.ID)
		switch {
		case err != nil:
			t.Fatal(err)
		case failed:
			wantContains(t, "dialog", dialogTextIn(b.win), "Could not save the practice result for CLF-C02")
		case len(got) != 1:
			t.Errorf("the first plan has %d results saved, want 1", len(got))
		}
	}
}

// scoreSwitchDuring shows the practice results of plan first, saves one,
// switches to plan second while it runs, then lets the save finish.
func scoreSwitchDuring(t *testing.T, h *heldWrites, first, second planner.StudyPlan) (*scoresView, screenBase) {
	t.Helper()
	b := newBase(t, "2026-03-02")
	v := newScoresView(scoresDeps{screenBase: b, results: h})
	b.win.SetContent(v.buildUI())
	v.load(first)
	b.tasks.wait()
	v.save(planner.Score{Date: b.today(), Overall: 72})
	<-h.started
	v.load(second)
	(<-b.tasks.queue)() // the second plan's results: the save is still held back
	close(h.released)
	b.tasks.wait()
	return v, b
}

// The shell's saves of the plan shown (delete, archive, priority) that
// finish after the learner picked another plan leave that plan shown, with
// no dialog over it; the plan list follows the save.
func TestShellSaveAfterSwitchKeepsPickedPlan(t *testing.T) {
	cases := []struct {
		name  string
		save  func(a *App)
		plans int // in the list after the save
	}{
		{"delete", func(a *App) { a.deletePlan(a.planID) }, 2},
		{"archive", func(a *App) { a.setArchived(a.planID, true) }, 2},
		{"priority", func(a *App) { a.onPrioritizePlan() }, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFakeData(testCatalog(t))
			first := newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-05-29")
			picked := newTestPlan(t, f, "SAA-C03", "2026-03-02", "2026-09-30")
			newTestPlan(t, f, "CLF-C02", "2026-03-02", "2026-10-30") // the newest
			h := newHeldWrites(f, nil)
			h.BudgetService = f
			svc := f.services()
			svc.Plans, svc.Budget = h, h
			app := startAppWith(t, svc, &clock{day: catalog.DateOf(2026, 3, 2)})
			app.openPlan(first.ID)
			app.tasks.wait()
			c.save(app)
			<-h.started
			app.openPlan(picked.ID)
			(<-app.tasks.queue)() // the picked plan's load: the save is still held back
			close(h.released)
			app.tasks.wait()
			if app.planID != picked.ID {
				t.Errorf("plan chosen = %d, want the plan picked during the save, %d", app.planID, picked.ID)
			}
			wantScreen(t, app, ScreenPlan)
			wantPlanShown(t, app.screens[ScreenPlan].(*planScreen), picked.ID)
			if text := topDialogText(app); text != "" {
				t.Errorf("a dialog shows over the plan picked: %.160q", text)
			}
			if len(app.plans) != c.plans {
				t.Errorf("%d plans listed after the save, want %d", len(app.plans), c.plans)
			}
		})
	}
}

// twoPlans is a fake with two plans for exam from 2 March 2026, whose
// exams are on the days given: the first picked, then the one switched to.
func twoPlans(t *testing.T, exam, firstExam, secondExam string) (*fakeData, planner.StudyPlan, planner.StudyPlan) {
	t.Helper()
	f := newFakeData(testCatalog(t))
	return f, newTestPlan(t, f, exam, "2026-03-02", firstExam), newTestPlan(t, f, exam, "2026-03-02", secondExam)
}

// failingWrites holds every write back until the switch, then fails it as
// a full disk would.
func failingWrites(f *fakeData) *heldWrites {
	h := newHeldWrites(f, nil)
	h.fail = errors.New("the disk is full: free some space and try again")
	return h
}
