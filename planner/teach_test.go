package planner_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// teachGrid returns fitting plans of six weeks or more for every exam, at
// weekly patterns whose study days each hold a whole review: plans whose
// study fits before their last 15 %, which holds no new material.
func teachGrid(t *testing.T) []planner.Plan {
	t.Helper()
	patterns := []planner.Weekdays{planner.Even(10), {2, 2, 2, 2, 2, 3, 0}, {2, 0, 2, 0, 2, 4, 4}, planner.Even(20)}
	windows := []int{42, 90, 200, 400}
	if testing.Short() {
		windows = []int{42, 200}
	}
	var out []planner.Plan
	for _, e := range catalogtest.Load(t).Exams() {
		for i, hours := range patterns {
			for _, w := range windows {
				in := planner.Input{Exam: e.Code, Start: day("2026-11-23").AddDays(i), Hours: hours}
				in.ExamDate = in.Start.AddDays(w)
				if p := mustBuild(t, in); p.Feasible && !p.NoNewMaterialFrom.IsZero() {
					out = append(out, p)
				}
			}
		}
	}
	if len(out) < 50 {
		t.Fatalf("only %d fitting plans in the grid", len(out))
	}
	return out
}

// reviewQuarters returns, per domain, its review's quarter hours and its
// study tasks.
func reviewQuarters(p planner.Plan) (map[string]int, map[string][]string) {
	quarters, tasks := map[string]int{}, map[string][]string{}
	for _, tp := range p.Topics {
		switch tp.Kind {
		case planner.Review:
			quarters[tp.Domain] = minutes(tp.Hours) / 15
		case planner.Study:
			if tp.Hours > 0 {
				tasks[tp.Domain] = append(tasks[tp.Domain], tp.ID)
			}
		}
	}
	return quarters, tasks
}

// TestEveryTaskIsReviewedAtGrowingGaps: in a fitting plan of six weeks or
// more, every studied task gets at least two reviews after its study ends,
// at gaps that never shrink (in study days), all before the exam: on the
// grid, and on random fitting plans with holidays, time off, held
// certifications and overrides.
func TestEveryTaskIsReviewedAtGrowingGaps(t *testing.T) {
	for _, p := range teachGrid(t) {
		checkReviews(t, p, "grid")
	}
	g, fitting := newGenerator(t, 13), 0
	for range cases() {
		in, country := g.input()
		var fresh catalog.Date // a fresh plan: every task is studied in it
		in.Today, in.Progress = fresh, nil
		if in.ExamDate.IsZero() || in.ExamDate.Before(in.Start.AddDays(42)) {
			continue
		}
		if p := mustBuild(t, in); p.Feasible && !p.NoNewMaterialFrom.IsZero() {
			fitting++
			checkReviews(t, p, describe(in, country))
		}
	}
	if fitting < cases()/10 {
		t.Fatalf("only %d random fitting plans of six weeks or more", fitting)
	}
}

// checkReviews fails the test when a studied task of p lacks two reviews
// after its study at non-decreasing gaps before the exam.
func checkReviews(t *testing.T, p planner.Plan, what string) {
	t.Helper()
	lastStudy, reviews := map[string]catalog.Date{}, map[string][]catalog.Date{}
	for _, s := range allSessions(p) {
		switch s.Kind {
		case planner.Study:
			lastStudy[s.Topic] = max(lastStudy[s.Topic], s.Date)
		case planner.Review:
			reviews[s.Topic] = append(reviews[s.Topic], s.Date)
		}
	}
	_, tasks := reviewQuarters(p)
	for _, ids := range tasks {
		for _, id := range ids {
			if problem := reviewProblem(studyDayOf(p), lastStudy[id], reviews[id], p.ExamDate); problem != "" {
				t.Fatalf("%s: %s %s..%s at %v: %s: %s (reviews %v)", what, p.Exam, p.Start, p.ExamDate, p.Inputs.Hours, id, problem, reviews[id])
			}
		}
	}
}

// studyDayOf reports whether a day of p has study hours: its weekday has
// some and the plan does not leave it free (a holiday, time off).
func studyDayOf(p planner.Plan) func(catalog.Date) bool {
	off := map[catalog.Date]bool{}
	for _, w := range p.Weeks {
		for _, d := range w.DaysOff {
			off[d.Date] = true
		}
	}
	return func(d catalog.Date) bool { return p.Inputs.Hours[d.MondayIndex()] > 0 && !off[d] }
}

// reviewProblem says what is wrong with a task's review dates, or "". Gaps
// count study days.
func reviewProblem(isStudyDay func(catalog.Date) bool, studied catalog.Date, dates []catalog.Date, exam catalog.Date) string {
	if len(dates) < 2 {
		return fmt.Sprintf("%d reviews, want at least 2", len(dates))
	}
	between := func(a, b catalog.Date) int {
		n := 0
		for d := a.AddDays(1); !d.After(b); d = d.AddDays(1) {
			if isStudyDay(d) {
				n++
			}
		}
		return n
	}
	prev, gap := studied, 0
	for _, d := range dates {
		switch {
		case !d.After(prev):
			return fmt.Sprintf("review on %s, not after %s", d, prev)
		case between(prev, d) < gap:
			return fmt.Sprintf("gap to %s of %d study days, shorter than the %d before", d, between(prev, d), gap)
		case !d.Before(exam):
			return fmt.Sprintf("review on %s, not before the exam", d)
		}
		prev, gap = d, between(prev, d)
	}
	return ""
}

// TestReviewHoursStayANinthOfStudy: spreading reviews keeps their budget, a
// ninth of each domain's study rounded to a quarter hour, and places all of it.
func TestReviewHoursStayANinthOfStudy(t *testing.T) {
	for _, p := range teachGrid(t) {
		study, review, placed, planned := map[string]int{}, map[string]int{}, 0, 0
		for _, tp := range p.Topics {
			switch tp.Kind {
			case planner.Study:
				study[tp.Domain] += minutes(tp.Hours)
			case planner.Review:
				review[tp.Domain] += minutes(tp.Hours)
				planned += minutes(tp.Hours)
			}
		}
		for d, m := range study {
			// Each task's study is rounded to a quarter hour, as is the review.
			if diff := float64(review[d]) - float64(m)/9; diff > 7.5+float64(len(study))*15/9 || diff < -7.5-float64(len(study))*15/9 {
				t.Fatalf("%s %s: review %d min for %d min of study", p.Exam, d, review[d], m)
			}
		}
		for _, s := range sessionsOfKind(p, planner.Review) {
			placed += minutes(s.Hours)
		}
		if placed != planned {
			t.Fatalf("%s: %d min of review sessions, %d planned", p.Exam, placed, planned)
		}
	}
}

// TestDiagnosticEarlyLastPracticeLate: in a fitting plan the diagnostic
// falls in the first sixth (when a day there holds it) and the last full
// practice exam leaves at least two study days before the exam (in a plan
// of twelve study days or more); each full
// practice exam held on one day lasts the exam's length.
func TestDiagnosticEarlyLastPracticeLate(t *testing.T) {
	checked := 0
	for x := range newGenerator(t, 13).plans(cases()) {
		if !x.p.Feasible || x.p.ExamDate.IsZero() || x.p.RequiredHours == 0 {
			continue
		}
		checked++
		if problem := practiceProblem(t, x.in, x.p); problem != "" {
			t.Fatalf("%s: %s", describe(x.in, x.country), problem)
		}
	}
	if checked < cases()/10 {
		t.Fatalf("only %d fitting plans checked", checked)
	}
}

// practiceProblem checks the practice placement of one fitting plan.
func practiceProblem(t *testing.T, in planner.Input, p planner.Plan) string {
	first := firstDay(in)
	sixth := first.AddDays(first.DaysUntil(p.ExamDate) / 6)
	e, _ := catalogtest.Load(t).Exam(in.Exam)
	var diag []planner.Session
	var last catalog.Date
	for _, s := range sessionsOfKind(p, planner.Practice) {
		if strings.HasSuffix(s.Topic, ":diagnostic") {
			diag = append(diag, s)
			continue
		}
		last = max(last, s.Date)
		if strings.HasPrefix(topic(t, p, s.Topic).Title, "Full timed") && minutes(s.Hours) != wantPracticeMinutes(t, e) {
			return fmt.Sprintf("full practice exam session %+v does not last %d minutes", s, wantPracticeMinutes(t, e))
		}
	}
	if len(diag) > 0 && holdsWhole(in, first, sixth, minutes(diag[0].Hours)) && !diag[0].Date.Before(sixth) {
		return fmt.Sprintf("diagnostic on %s, not before %s", diag[0].Date, sixth)
	}
	if last.IsZero() {
		return ""
	}
	after := 0
	for d := last.AddDays(1); d.Before(p.ExamDate); d = d.AddDays(1) {
		if notAStudyDay(in, d) == "" {
			after++
		}
	}
	if total := studyDays(in, first, p.ExamDate); after < 2 && total >= 12 {
		return fmt.Sprintf("last practice exam on %s leaves %d study days before %s", last, after, p.ExamDate)
	}
	return ""
}

func studyDays(in planner.Input, from, until catalog.Date) int {
	n := 0
	for d := from; d.Before(until); d = d.AddDays(1) {
		if notAStudyDay(in, d) == "" {
			n++
		}
	}
	return n
}

// holdsWhole reports whether a study day in [from, until) has m minutes.
func holdsWhole(in planner.Input, from, until catalog.Date, m int) bool {
	for d := from; d.Before(until); d = d.AddDays(1) {
		if notAStudyDay(in, d) == "" && minutes(in.Hours[d.MondayIndex()]) >= m {
			return true
		}
	}
	return false
}

// wantPracticeMinutes is the exam's published length, or its predecessor's.
func wantPracticeMinutes(t *testing.T, e *catalog.Exam) int {
	for x := e; x != nil; {
		if x.Format.Minutes != nil {
			return *x.Format.Minutes
		}
		next, ok := catalogtest.Load(t).Exam(x.Predecessor)
		if !ok {
			break
		}
		x = next
	}
	return 120
}

// allSessions returns every session of the plan in date order.
func allSessions(p planner.Plan) []planner.Session {
	var out []planner.Session
	for _, w := range p.Weeks {
		out = append(out, w.Sessions...)
	}
	return out
}

// TestPracticeSetInEvenParts: two hours a weekday cannot hold a 130-minute
// practice exam, so each is a practice set in two parts of 65 minutes on
// neighbouring days, and the plan proposes one 2.25-hour day a fortnight.
func TestPracticeSetInEvenParts(t *testing.T) {
	p := mustBuild(t, saa())
	parts := map[string][]int{}
	for _, s := range sessionsOfKind(p, planner.Practice) {
		if !strings.HasSuffix(s.Topic, ":diagnostic") {
			parts[s.Topic] = append(parts[s.Topic], minutes(s.Hours))
		}
	}
	for id, m := range parts {
		if want := []int{65, 65}; !slices.Equal(m, want) {
			t.Errorf("%s: parts of %v minutes, want %v", id, m, want)
		}
		if title := topic(t, p, id).Title; !strings.Contains(title, "in parts") {
			t.Errorf("%s: title %q, want it to say \"in parts\"", id, title)
		}
	}
	wantWarning(t, p, "one day a fortnight 2.25 h long")
}

// TestPracticeWarningWritesHoursTheOneWay: the warning writes the longest
// day as every other place writes hours (8 h over five days is 1:36 h a
// day, as the PDF's week shows it, not 1.6 h).
func TestPracticeWarningWritesHoursTheOneWay(t *testing.T) {
	p := mustBuild(t, edit(saa(), func(in *planner.Input) { in.Hours = planner.Even(8) }))
	wantWarning(t, p, "(your longest is "+planner.FormatHours(1.6)+" h)")
	wantWarning(t, p, "(your longest is 1:36 h)")
}

// TestReviewSessionsNameTheirTaskAndItems: a review session's topic is the
// study task it goes over, its hours count toward that task's domain
// review, and it lists every item of the task, each marked as one to
// revisit, so that ticking the review ticks none of them.
func TestReviewSessionsNameTheirTaskAndItems(t *testing.T) {
	for _, p := range teachGrid(t) {
		byID := map[string]planner.TopicPlan{}
		for _, tp := range p.Topics {
			byID[tp.ID] = tp
		}
		for _, s := range sessionsOfKind(p, planner.Review) {
			task, work := byID[s.Topic], byID[s.WorkTopic()]
			switch {
			case task.Kind != planner.Study || task.Domain != s.Domain:
				t.Fatalf("%s %s: review topic %q is not a study task of %s", p.Exam, s.Date, s.Topic, s.Domain)
			case work.Kind != planner.Review || work.Domain != s.Domain:
				t.Fatalf("%s %s: review of %s counts toward %q, not its domain review", p.Exam, s.Date, s.Topic, s.WorkTopic())
			case len(s.Items) != len(task.Items) || len(s.TickItems()) != 0:
				t.Fatalf("%s %s: review of %s lists %d items (%d to tick), want the task's %d to revisit",
					p.Exam, s.Date, s.Topic, len(s.Items), len(s.TickItems()), len(task.Items))
			}
			for k, it := range s.Items {
				if it.ID != task.Items[k].ID || !it.Revisit {
					t.Fatalf("%s %s: review of %s lists %+v, want %s to revisit", p.Exam, s.Date, s.Topic, it, task.Items[k].ID)
				}
			}
		}
	}
}

// TestOldReviewSessionsLoad: a plan saved when a review's topic was its
// domain review and "reviews" named the task loads with the task as topic.
func TestOldReviewSessionsLoad(t *testing.T) {
	old := `{"date":"2027-01-04","topic":"SAA-C03:review-1","title":"Review: x","domain":"d","hours":0.25,"kind":"review","reviews":"SAA-C03:1.2","items":[]}`
	var s planner.Session
	if err := json.Unmarshal([]byte(old), &s); err != nil {
		t.Fatal(err)
	}
	if s.Topic != "SAA-C03:1.2" || s.WorkTopic() != "SAA-C03:review-1" {
		t.Fatalf("old review loads as topic %q counting toward %q", s.Topic, s.WorkTopic())
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var again planner.Session
	if err := json.Unmarshal(b, &again); err != nil || again.Topic != s.Topic || again.CountsToward != s.CountsToward {
		t.Fatalf("saved again as %s, loads as %+v (%v)", b, again, err)
	}
}
