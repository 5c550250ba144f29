package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"certplan/catalog"
	"certplan/planner"
)

// wholePlanCheck renders the whole plan's first row for topic and returns
// its check.
func wholePlanCheck(t *testing.T, plan *planScreen, topic string) *widget.Check {
	t.Helper()
	for id, r := range plan.all.rows {
		if r.week < 0 || r.item < 0 || plan.plan.Schedule.Weeks[r.week].Items[r.item].Topic != topic {
			continue
		}
		o := newPlanRow()
		plan.all.fillRow(id, o)
		return o.(*fyne.Container).Objects[1].(*widget.Check)
	}
	t.Fatalf("the whole plan has no row for %s", topic)
	return nil
}

// TestSessionCheckTicksItsItemsOnly runs on the fake and on SQLite: a
// session's check ticks that session's items and logs the hours in its
// field; the task shows how many items are done; unticking takes it back.
func TestSessionCheckTicksItsItemsOnly(t *testing.T) {
	for name, open := range backends {
		t.Run(name, func(t *testing.T) {
			svc, app, plan := openSAAPlanScreen(t, open)
			ctx := t.Context()
			sc := firstSessionCheck(t, plan)
			sc.hours.SetText("1.25") // the learner changes the time the tick logs
			spentWant := parseField(t, sc.hours.Text)
			test.Tap(sc.check)
			app.tasks.wait()
			stored, err := svc.Plans.Plan(ctx, app.planID)
			if err != nil {
				t.Fatal(err)
			}
			topic := sc.session.Topic
			if g := stored.Progress[topic]; g.Done || g.Hours != spentWant {
				t.Errorf("task %s after a session tick: %+v, want open with %g h", topic, g, spentWant)
			}
			open := 0
			for _, tp := range stored.Schedule.Topics {
				if tp.ID != topic {
					continue
				}
				for _, it := range tp.Items {
					inSession := false
					for _, x := range sc.session.Items {
						inSession = inSession || x.ID == it.ID
					}
					if stored.Items[it.ID].Done != inSession {
						t.Errorf("item %s done = %v, want %v (in the session)", it.ID, stored.Items[it.ID].Done, inSession)
					}
					if !inSession {
						open++
					}
				}
			}
			if text := wholePlanTitle(t, plan, topic); !strings.Contains(text, "items done") {
				t.Errorf("the whole plan's row for %s says %q, want how many items are done", topic, text)
			}
			sc = firstSessionCheck(t, plan)
			if !sc.check.Checked {
				t.Error("the session's check is not ticked after the reload")
			}
			test.Tap(sc.check)
			app.tasks.wait()
			stored, _ = svc.Plans.Plan(ctx, app.planID)
			for _, it := range sc.session.Items {
				if stored.Items[it.ID].Done {
					t.Errorf("item %s still done after unticking its session", it.ID)
				}
			}
			if stored.Progress[topic].Hours != 0 {
				t.Errorf("task hours %g after the untick, want 0", stored.Progress[topic].Hours)
			}
		})
	}
}

// wholePlanTitle is the title text of the whole plan's first row for topic.
func wholePlanTitle(t *testing.T, plan *planScreen, topic string) string {
	t.Helper()
	for id, r := range plan.all.rows {
		if r.week >= 0 && r.item >= 0 && plan.plan.Schedule.Weeks[r.week].Items[r.item].Topic == topic {
			o := newPlanRow()
			plan.all.fillRow(id, o)
			return o.(*fyne.Container).Objects[0].(*widget.Label).Text
		}
	}
	return ""
}

// saveSAAPlan saves on f the plan the plan screen's tests open on: SAA-C03
// from 2026-03-02 to 2026-07-01 at eight hours a week.
func saveSAAPlan(t *testing.T, f *fakeData) planner.StudyPlan {
	t.Helper()
	return mustCreatePlan(t, f.services(), planner.Input{Exam: "SAA-C03", Start: catalog.DateOf(2026, 3, 2),
		ExamDate: catalog.DateOf(2026, 7, 1), Hours: planner.Even(8)})
}

// openSAAPlanScreen saves an SAA-C03 plan on the backend open, from 2 March
// 2026 at 8 h a week, and starts the app on its plan screen.
func openSAAPlanScreen(t *testing.T, open backend) (Services, *App, *planScreen) {
	t.Helper()
	clk := &clock{day: catalog.DateOf(2026, 3, 2)}
	svc := open(t, clk)
	mustCreatePlan(t, svc, planner.Input{Exam: "SAA-C03", Start: clk.day, ExamDate: clk.day.AddDays(120),
		Hours: planner.Even(8)})
	app := startAppWith(t, svc, clk)
	app.tasks.wait()
	return svc, app, app.screens[ScreenPlan].(*planScreen)
}

// parseField reads the hours typed in a field, or fails the test.
func parseField(t *testing.T, s string) float64 {
	t.Helper()
	h, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("hours field %q: %v", s, err)
	}
	return h
}

func TestWeekListsItemsWithServices(t *testing.T) {
	f := newFakeData(testCatalog(t))
	saveSAAPlan(t, f)
	app, _ := startApp(t, f, "2026-03-02")
	plan := app.screens[ScreenPlan].(*planScreen)
	text := boxText(plan.week.box)
	for _, sc := range plan.week.sessionChecks {
		for _, it := range sc.session.Items {
			if !strings.Contains(text, it.Text) {
				t.Errorf("this week does not list item %s %q", it.ID, it.Text)
			}
			for _, s := range it.Services {
				if !strings.Contains(text, s) {
					t.Errorf("this week does not name service %q of item %s", s, it.ID)
				}
			}
		}
	}
}

func TestExamDetailListsItemsServicesAndResources(t *testing.T) {
	c := testCatalog(t)
	d := newExamDetail(c, func() catalog.Date { return catalog.DateOf(2026, 12, 2) })
	d.buildUI()
	e, _ := c.Exam("SAA-C03")
	d.show(e)
	text := boxText(d.box)
	set := e.ItemsOrNone()
	for _, want := range []string{"Study items", set.Items("1.1")[0].Text, "AWS services in scope", set.Services()[0],
		"Preparation resources", set.Resources[0].Name} {
		if !strings.Contains(text, want) {
			t.Errorf("the exam detail lacks %q", want)
		}
	}
	clf, _ := c.Exam("CLF-C02")
	d.show(clf)
	if !strings.Contains(strings.ToLower(boxText(d.box)), "study items not published yet") {
		t.Error("CLF-C02's detail does not say its study items are not published yet")
	}
}

func TestCatalogSearchFindsExamsByService(t *testing.T) {
	rows := filterExams(testCatalog(t).Exams(), "Kinesis")
	var codes []string
	for _, r := range rows {
		if r.exam != nil {
			codes = append(codes, r.exam.Code)
		}
	}
	if len(codes) != 1 || codes[0] != "SAA-C03" {
		t.Errorf("search Kinesis finds %v, want SAA-C03 (the fixture lists Amazon Kinesis Data Streams)", codes)
	}
}

// TestDoneTopicsStayVisibleAfterRebalance: a task ticked ahead of its
// sessions leaves the weeks ahead on a rebalance, and the whole plan still
// lists it, ticked, where it can be unticked.
func TestDoneTopicsStayVisibleAfterRebalance(t *testing.T) {
	f := newFakeData(testCatalog(t))
	p := saveSAAPlan(t, f)
	app, clk := startApp(t, f, "2026-03-02")
	plan := app.screens[ScreenPlan].(*planScreen)
	late := p.Schedule.Topics[5].ID // planned weeks ahead
	test.Tap(wholePlanCheck(t, plan, late))
	app.tasks.wait()
	clk.day = clk.day.AddDays(3)
	test.Tap(plan.rebalance)
	app.tasks.wait()
	closeDialogs(app)
	for _, w := range plan.plan.Schedule.Weeks {
		for _, it := range w.Items {
			if it.Topic == late && !w.End.Before(clk.day) {
				t.Fatalf("done topic %s is still planned in the week of %s", late, w.Start)
			}
		}
	}
	for id, r := range plan.all.rows {
		if r.week != doneWeek || r.item < 0 || plan.plan.Schedule.Topics[r.item].ID != late {
			continue
		}
		o := newPlanRow()
		plan.all.fillRow(id, o)
		check := o.(*fyne.Container).Objects[1].(*widget.Check)
		if !check.Checked || check.Hidden {
			t.Fatalf("the done row of %s shows checked %v hidden %v", late, check.Checked, check.Hidden)
		}
		test.Tap(check)
		app.tasks.wait()
		if stored, _ := f.Plan(t.Context(), p.ID); stored.Progress[late].Done {
			t.Error("unticking the done row did not untick the task")
		}
		return
	}
	t.Fatalf("after the rebalance the whole plan does not list the done topic %s", late)
}

// TestAppOpensOnTodaysSession: with a plan, the app opens on the plan
// screen, with today's sessions headed "Today" in this week's list.
func TestAppOpensOnTodaysSession(t *testing.T) {
	f := newFakeData(testCatalog(t))
	saveSAAPlan(t, f)
	app, _ := startApp(t, f, "2026-03-04")
	plan := app.screens[ScreenPlan].(*planScreen)
	wantScreen(t, app, ScreenPlan)
	if plan.week.today == nil || !strings.HasPrefix(plan.week.today.Text, "Today · Wednesday 4 March") {
		t.Fatalf("this week has no 'Today' heading for Wednesday 4 March")
	}
	text := boxText(plan.week.box)
	if !strings.Contains(text, "Today · Wednesday 4 March") {
		t.Error("the week's list does not show today's heading")
	}
}
