package planner_test

import (
	"slices"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// scheduledFrom sums each topic's minutes scheduled on or after day.
func scheduledFrom(p planner.Plan, d catalog.Date) map[string]int {
	out := map[string]int{}
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if !s.Date.Before(d) {
				out[s.WorkTopic()] += minutes(s.Hours)
			}
		}
	}
	return out
}

// TestNothingIsLeftOutSilently: for every plan, scheduled plus unscheduled
// is what was required, topic by topic; coverage is their ratio in whole
// percent rounded down; a plan fits exactly when nothing is unscheduled.
func TestNothingIsLeftOutSilently(t *testing.T) {
	for x := range newGenerator(t, 31).plans(cases()) {
		got := scheduledFrom(x.p, firstDay(x.in))
		un := map[string]int{}
		for _, u := range x.p.Unscheduled {
			un[u.Topic] += minutes(u.Hours)
		}
		sched, required := 0, 0
		for _, tp := range x.p.Topics {
			if got[tp.ID]+un[tp.ID] != minutes(tp.Remaining) {
				t.Fatalf("%s: %s scheduled %d + unscheduled %d min, %d required", describe(x.in, x.country), tp.ID,
					got[tp.ID], un[tp.ID], minutes(tp.Remaining))
			}
			sched, required = sched+got[tp.ID], required+minutes(tp.Remaining)
		}
		if x.p.Unscheduled == nil || x.p.Feasible != (len(x.p.Unscheduled) == 0) {
			t.Fatalf("%s: feasible %v with unscheduled %v", describe(x.in, x.country), x.p.Feasible, x.p.Unscheduled)
		}
		want := 1.0 // the share placed, in whole percent rounded down
		if required > 0 {
			want = float64(sched*100/required) / 100
		}
		if d := x.p.Coverage - want; d > 1e-9 || d < -1e-9 {
			t.Fatalf("%s: coverage %.2f, scheduled %d of %d min", describe(x.in, x.country), x.p.Coverage, sched, required)
		}
	}
}

// TestTightPlansThinEveryTopic: when the hours do not fit but a quarter
// hour per topic does, every study topic and review gets some time and one
// practice exam stays (a review only when a study day follows the first
// day its domain is studied: it never comes before its study, see
// TestNoReviewBeforeItsStudy); only when even that does not fit are topics
// left out, lightest first.
func TestTightPlansThinEveryTopic(t *testing.T) {
	thinned := 0
	for x := range newGenerator(t, 32).plans(cases()) {
		if x.p.Feasible || x.p.ExamDate.IsZero() {
			continue
		}
		got := scheduledFrom(x.p, firstDay(x.in))
		open := openWork(x.in, x.p)
		if minutes(x.p.CapacityHours) >= 15*len(open) && minutes(x.p.CapacityHours) > 0 {
			thinned++
			for _, id := range open {
				if got[id] == 0 && !reviewOnlyBeforeStudy(x.in, x.p, id) {
					t.Fatalf("%s: %.2f h of room for %d items, yet %s gets no time", describe(x.in, x.country),
						x.p.CapacityHours, len(open), id)
				}
			}
		}
		checkLightestLeftOut(t, describe(x.in, x.country), x.p, got)
	}
	if thinned == 0 {
		t.Fatal("no generated plan was thinned: the property was never exercised")
	}
}

// openWork lists the items still to do, with the diagnostic and only the
// first open full practice exam (and its fix time, unless no study day
// follows the day that exam ends: fix time comes after its exam).
func openWork(in planner.Input, p planner.Plan) []string {
	var out []string
	practice, dropped := false, false
	for _, tp := range p.Topics {
		full := tp.Kind == planner.Practice && !strings.HasSuffix(tp.ID, ":diagnostic")
		if full {
			dropped = tp.Remaining > 0 && (practice || !studyDayAfter(in, p, lastDayOfTopic(p, tp.ID)))
		}
		if tp.Remaining <= 0 || (full && practice) || (tp.Kind == planner.Fix && dropped) {
			continue
		}
		practice = practice || full
		out = append(out, tp.ID)
	}
	return out
}

// reviewOnlyBeforeStudy reports whether topic is a domain's review that
// could only come before the domain's study: no task of the domain has
// progress, and no study day follows the first day the plan studies it.
func reviewOnlyBeforeStudy(in planner.Input, p planner.Plan, topic string) bool {
	domain := ""
	for _, tp := range p.Topics {
		if tp.ID == topic && tp.Kind == planner.Review {
			domain = tp.Domain
		}
	}
	return domain != "" && !reviewFitsAfterStudy(in, p, domain)
}

// reviewFitsAfterStudy reports whether a review of domain may come after
// some study of it: a task of the domain has progress, or a study day
// follows the first day the plan studies it.
func reviewFitsAfterStudy(in planner.Input, p planner.Plan, domain string) bool {
	var first catalog.Date
	for _, tp := range p.Topics {
		if tp.Kind == planner.Study && tp.Domain == domain && (tp.Spent > 0 || tp.Done) {
			return true
		}
	}
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Kind == planner.Study && s.Domain == domain && (first.IsZero() || s.Date.Before(first)) {
				first = s.Date
			}
		}
	}
	return first.IsZero() || studyDayAfter(in, p, first)
}

// lastDayOfTopic is the day of the last session of topic, or zero.
func lastDayOfTopic(p planner.Plan, topic string) catalog.Date {
	var last catalog.Date
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if s.Topic == topic && s.Date.After(last) {
				last = s.Date
			}
		}
	}
	return last
}

// studyDayAfter reports whether the plan has a study day after d (none
// after a zero d).
func studyDayAfter(in planner.Input, p planner.Plan, d catalog.Date) bool {
	if d.IsZero() {
		return false
	}
	for x := d.AddDays(1); x.Before(p.ExamDate); x = x.AddDays(1) {
		if notAStudyDay(in, x) == "" {
			return true
		}
	}
	return false
}

// checkLightestLeftOut fails when a study topic left out weighs more in the
// exam than one that was kept.
func checkLightestLeftOut(t *testing.T, what string, p planner.Plan, got map[string]int) {
	t.Helper()
	e, _ := catalogtest.Load(t).Exam(p.Exam)
	shares := e.DomainShares()
	weight := map[string]float64{}
	for i, d := range e.Domains {
		for _, tp := range d.Topics {
			weight[tp.ID] = shares[i] * tp.Share
		}
	}
	kept, out := 1.0, 0.0
	for _, tp := range p.Topics {
		w, ok := weight[tp.ID]
		if !ok || tp.Remaining <= 0 {
			continue
		}
		if got[tp.ID] > 0 {
			kept = min(kept, w)
		} else {
			out = max(out, w)
		}
	}
	if out > kept+1e-9 {
		t.Fatalf("%s: a topic of weight %.4f is left out while one of %.4f is kept", what, out, kept)
	}
}

// TestCloudPractitionerInSixWeeks is the case from issue 11: CLF-C02 in six
// weeks at 5 h a week does not fit, yet every task and review is in the
// plan, thinner, and the plan says by how much.
func TestCloudPractitionerInSixWeeks(t *testing.T) {
	in := planner.Input{Exam: "CLF-C02", Start: day("2026-11-23"), ExamDate: day("2027-01-04"), Hours: planner.Even(5)}
	p := mustBuild(t, in)
	if p.Feasible || p.Coverage >= 1 || p.Coverage <= 0 {
		t.Fatalf("feasible %v, coverage %.2f: want a plan that does not fit, partly covered", p.Feasible, p.Coverage)
	}
	got := scheduledFrom(p, in.Start)
	for _, tp := range p.Topics {
		if got[tp.ID] == 0 {
			t.Errorf("%s (%s) has no time in the plan", tp.ID, tp.Kind)
		}
	}
	if !slices.ContainsFunc(p.Warnings, func(w string) bool { return strings.Contains(w, "this plan covers") }) {
		t.Errorf("no warning says how much the plan covers: %q", p.Warnings)
	}
}

// TestFitWeekdaysFit: the hours a week offered as the fix make the plan fit,
// and no day gets more than the day limit the learner is told.
func TestFitWeekdaysFit(t *testing.T) {
	hasAFix := func(x planCase) bool { return shortBeforeItsExam(x) && x.p.FitWeekdays.Total() != 0 }
	for x := range newGenerator(t, 33).plansWhere(cases()/3, hasAFix) {
		for i, h := range x.p.FitWeekdays {
			if h > planner.DayLimit(x.in.Hours) {
				t.Fatalf("%s: %v puts %.2f h on day %d, over the limit %.2f", describe(x.in, x.country), x.p.FitWeekdays, h, i,
					planner.DayLimit(x.in.Hours))
			}
		}
		fixed := x.in
		fixed.Hours = x.p.FitWeekdays
		if q := mustBuild(t, fixed); !q.Feasible {
			t.Fatalf("%s: the fix %v is still %.2f h short", describe(x.in, x.country), x.p.FitWeekdays, q.ShortfallHours)
		}
	}
}

// TestSpreadHours spreads more hours over the week within the day limit.
func TestSpreadHours(t *testing.T) {
	three := planner.Weekdays{2, 0, 2, 0, 2, 0, 0}
	for _, tc := range []struct {
		name    string
		pattern planner.Weekdays
		perWeek float64
		want    planner.Weekdays
	}{
		{"scaled like the learner's week", three, 9, planner.Weekdays{3, 0, 3, 0, 3, 0, 0}},
		{"past the limit, the other days share the rest", three, 14, planner.Weekdays{4, 0.5, 4, 0.5, 4, 0.5, 0.5}},
		{"a quarter more goes to Saturday first", three, 12.25, planner.Weekdays{4, 0, 4, 0, 4, 0.25, 0}},
		{"no hours: Monday to Friday", planner.Weekdays{}, 10, planner.Even(10)},
		{"more than a week holds", three, 29, planner.Weekdays{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := planner.SpreadHours(tc.pattern, tc.perWeek); got != tc.want {
				t.Fatalf("SpreadHours(%v, %v) = %v, want %v", tc.pattern, tc.perWeek, got, tc.want)
			}
		})
	}
}

// TestCoverageWarningNamesWorkAsALearnerKnowsIt: what a plan that does not
// fit leaves out is named by task number or by title, never by an internal
// ID such as "practice-2" (QA).
func TestCoverageWarningNamesWorkAsALearnerKnowsIt(t *testing.T) {
	p := mustBuild(t, edit(saa(), func(in *planner.Input) { in.Hours = planner.Even(5) }))
	out := p.LeftOut()
	if len(out) == 0 {
		t.Fatal("the test needs a plan that leaves work out")
	}
	warning := ""
	for _, w := range p.Warnings {
		if strings.Contains(w, "left out: ") {
			warning = w
		}
	}
	for _, u := range out {
		if id := strings.TrimPrefix(u.Topic, p.Exam+":"); strings.Contains(id, "-") && strings.Contains(warning, id) {
			t.Errorf("the warning names %s by its ID: %q", u.Title, warning)
		}
		if strings.Contains(u.Topic, "practice") && !strings.Contains(warning, u.Title) {
			t.Errorf("the warning does not name %q by its title: %q", u.Title, warning)
		}
	}
}
