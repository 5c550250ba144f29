package planner_test

import (
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

// Hours a week that fit are applied to the learner's week: every active
// plan is planned again within them, in priority order, each around the
// ones before it. The hours offered to a plan behind another must fit once
// the plan ahead has taken its share of them (QA: "study N h a week" did
// not fit when applied beside another plan).

// aheadAndBehind returns a DVA-C03 plan that takes its hours first and
// does not fit at hours, and a SAA-C03 plan made around it that does not
// fit either, with their inputs.
func aheadAndBehind(t *testing.T, hours planner.Weekdays) (planner.SharedPlan, planner.Input, planner.Plan) {
	t.Helper()
	start := day("2026-12-03")
	dva := planner.Input{Exam: "DVA-C03", Start: start, Today: start, ExamDate: day("2027-01-15"), Hours: hours}
	ahead := planner.SharedPlan{Input: dva, Plan: mustBuild(t, dva)}
	saa := planner.Input{Exam: "SAA-C03", Start: start, Today: start, ExamDate: day("2027-02-26"), Hours: hours}
	saa.Taken = planner.TakenBy([]planner.Plan{ahead.Plan}, start)
	p := mustBuild(t, saa)
	if p.Feasible || ahead.Plan.Feasible {
		t.Fatalf("%v: the fixture's plans fit (DVA-C03 %v, SAA-C03 %v): they should not", hours, ahead.Plan.Feasible, p.Feasible)
	}
	return ahead, saa, p
}

// appliedBehind is the plan behind once week is applied: the plan ahead
// planned again within it, and the plan behind around it.
func appliedBehind(t *testing.T, ahead planner.SharedPlan, in planner.Input, prev planner.Plan, week planner.Weekdays) planner.Plan {
	t.Helper()
	c := catalogtest.Load(t)
	a := ahead.Input
	a.Hours = week
	first, err := planner.Rebalance(c, a, ahead.Plan)
	if err != nil {
		t.Fatal(err)
	}
	in.Hours, in.Taken = week, planner.TakenBy([]planner.Plan{first}, in.Today)
	p, err := planner.Rebalance(c, in, prev)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSharedWeekFixFitsOnceApplied: the hours that fit and the hours a
// week needed, tried in the shared week, make the plan behind fit once
// applied to both plans; the hours that fit around the plan ahead's
// sessions as they are do not.
func TestSharedWeekFixFitsOnceApplied(t *testing.T) {
	for _, hours := range []planner.Weekdays{planner.Even(5), planner.Even(8), {1, 1, 1, 1, 1, 3, 0}} {
		ahead, in, p := aheadAndBehind(t, hours)
		if p.FitWeekdays.Total() == 0 || appliedBehind(t, ahead, in, p, p.FitWeekdays).Feasible {
			t.Errorf("%v: the hours that fit around the plan ahead as it is, %v, fit once applied: the fixture shows nothing", hours, p.FitWeekdays)
		}
		fixed := planner.SharedWeek{Ahead: []planner.SharedPlan{ahead}}.Fix(catalogtest.Load(t), in, p, p)
		if w := fixed.FitWeekdays; w.Total() == 0 || !appliedBehind(t, ahead, in, p, w).Feasible {
			t.Errorf("%v: the hours that fit in the shared week, %v, do not fit once applied", hours, w)
		}
		if need := fixed.HoursPerWeekNeeded; need == 0 || !appliedBehind(t, ahead, in, p, scaled(hours, need)).Feasible {
			t.Errorf("%v: %s h a week needed in the shared week do not fit once applied", hours, planner.FormatHours(need))
		}
	}
}

// scaled is pattern scaled to perWeek hours, as the hours a week needed are.
func scaled(pattern planner.Weekdays, perWeek float64) planner.Weekdays {
	k := perWeek / pattern.Total()
	for i := range pattern {
		pattern[i] *= k
	}
	return pattern
}
