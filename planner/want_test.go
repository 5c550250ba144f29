package planner_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// wantPracticeOrder checks that practice exam 1 is done before 2 starts.
func wantPracticeOrder(t *testing.T, p planner.Plan) {
	t.Helper()
	practice := sessionsOfKind(p, planner.Practice)
	for i := 1; i < len(practice); i++ {
		if practice[i].Topic < practice[i-1].Topic {
			t.Fatalf("practice exam sessions out of order: %+v", practice)
		}
	}
}

func wantFeasible(t *testing.T, p planner.Plan, want bool) {
	t.Helper()
	if p.Feasible != want {
		t.Fatalf("feasible = %v, want %v (required %.2f h, capacity %.2f h, warnings %q)", p.Feasible, want,
			p.RequiredHours, p.CapacityHours, p.Warnings)
	}
}

func wantHours(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 0.005 {
		t.Errorf("%s = %.2f h, want %.2f h", what, got, want)
	}
}

func wantDate(t *testing.T, what string, got catalog.Date, want string) {
	t.Helper()
	if got.String() != want {
		t.Errorf("%s = %q, want %s", what, got, want)
	}
}

func wantWarning(t *testing.T, p planner.Plan, parts ...string) {
	t.Helper()
	for _, w := range p.Warnings {
		if containsAll(w, parts) {
			return
		}
	}
	t.Errorf("no warning says %q; warnings: %q", parts, p.Warnings)
}

func containsAll(s string, parts []string) bool {
	for _, part := range parts {
		if !strings.Contains(s, part) {
			return false
		}
	}
	return true
}

func wantNoWarnings(t *testing.T, p planner.Plan) {
	t.Helper()
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %q, want none", p.Warnings)
	}
}

func topic(t *testing.T, p planner.Plan, id string) planner.TopicPlan {
	t.Helper()
	i := slices.IndexFunc(p.Topics, func(tp planner.TopicPlan) bool { return tp.ID == id })
	if i < 0 {
		t.Fatalf("no topic %s", id)
	}
	return p.Topics[i]
}

func wantCredit(t *testing.T, p planner.Plan, id string, credit float64, reason string) {
	t.Helper()
	if tp := topic(t, p, id); tp.Credit != credit || tp.CreditReason != reason {
		t.Errorf("%s: credit %.2f %q, want %.2f %q", id, tp.Credit, tp.CreditReason, credit, reason)
	}
}

func wantBase(t *testing.T, p planner.Plan, id string, hours float64) {
	t.Helper()
	wantHours(t, id+" base", topic(t, p, id).Base, hours)
}

// sessionsOfKind returns every session of a kind ("" for all), in date order.
func sessionsOfKind(p planner.Plan, kind planner.Kind) []planner.Session {
	var out []planner.Session
	for _, w := range p.Weeks {
		for _, s := range w.Sessions {
			if kind == "" || s.Kind == kind {
				out = append(out, s)
			}
		}
	}
	return out
}

func lastSessionOf(p planner.Plan, kind planner.Kind) catalog.Date {
	all := sessionsOfKind(p, kind)
	if len(all) == 0 {
		return 0
	}
	return all[len(all)-1].Date
}

func sessionsOn(p planner.Plan, d catalog.Date) []planner.Session {
	var out []planner.Session
	for _, s := range sessionsOfKind(p, "") {
		if s.Date == d {
			out = append(out, s)
		}
	}
	return out
}

func wantNothingOn(t *testing.T, p planner.Plan, d string) {
	t.Helper()
	if got := sessionsOn(p, day(d)); len(got) > 0 {
		t.Errorf("%s holds %+v, want nothing", d, got)
	}
}

// wantDayOff checks that the week holding d lists it as a day off, for
// reason when reason is not "".
func wantDayOff(t *testing.T, p planner.Plan, d, reason string) {
	t.Helper()
	w := p.Week(day(d))
	if w < 0 {
		t.Fatalf("no week holds %s", d)
	}
	for _, off := range p.Weeks[w].DaysOff {
		if off.Date == day(d) && (reason == "" || off.Reason == reason) && off.Reason != "" {
			return
		}
	}
	t.Errorf("week of %s lists days off %+v, want %s (%q)", d, p.Weeks[w].DaysOff, d, reason)
}
