package export

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// coverText is the cover's text with white space folded.
func coverText(t *testing.T, p planner.Plan, o Options) string {
	t.Helper()
	return strings.Join(strings.Fields(pdfText(t, mustPDF(t, p, o))[0]), " ")
}

// TestPDFCoverStatesTheStandingOfTheDay: a saved plan's cover says where the
// learner stands on the day it is printed, with the hours done by then,
// as the app's plan screen does; an unsaved plan's cover says nothing of it.
func TestPDFCoverStatesTheStandingOfTheDay(t *testing.T) {
	p, c := saaPlan(t)
	progress := map[string]planner.Progress{"SAA-C03:1.1": {Done: true, Hours: 7.25}}
	for _, tc := range []struct {
		name  string
		today string
		state planner.State
		want  func(s planner.Standing) string
	}{
		{"behind", "2026-12-14", planner.Behind, func(s planner.Standing) string {
			return "you are behind by " + hoursUnit(-s.AheadHours) + ": " + hoursUnit(s.DoneHours) + " done, " +
				hoursUnit(s.PlannedHours) + " planned by then. Rebalance"
		}},
		{"on track", "2026-11-23", planner.OnTrack, func(s planner.Standing) string {
			return "you are on track: " + hoursUnit(s.DoneHours) + " done"
		}},
		{"outgrown", "2027-01-11", planner.DoesNotFit, func(s planner.Standing) string {
			return "the " + hoursUnit(s.LeftHours()) + " of work left need more than the " + hoursUnit(s.TimeLeftHours) +
				" of study time left: rebalance to plan what fits"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			today := date(t, tc.today)
			st := planner.StandingOf(p, progress, today)
			if st.State != tc.state {
				t.Fatalf("on %s the standing is %q; the test needs %q", today, st.State, tc.state)
			}
			cover := coverText(t, p, Options{Catalog: c, Standing: &st, Today: today})
			for _, want := range []string{"On " + shortDate(today) + " " + tc.want(st),
				hoursUnit(st.DoneHours) + " done by " + shortDate(today)} {
				if !strings.Contains(cover, want) {
					t.Errorf("the cover lacks %q:\n%s", want, cover)
				}
			}
		})
	}
	if cover := coverText(t, p, Options{Catalog: c}); strings.Contains(cover, "you are") {
		t.Errorf("an unsaved plan's cover states a standing:\n%s", cover)
	}
}

// TestPDFCoverCallsLeftWhatTheStandingDoes: a session ticked on the day the
// plan was made is done, so the cover's verdict counts the study left and
// the time left that day as the standing does, not the plan's work as it
// was before the tick (QA: "the 86:50 h of study left" beside "0.75 h done"
// on the day the plan was made).
func TestPDFCoverCallsLeftWhatTheStandingDoes(t *testing.T) {
	p, c := saaPlan(t)
	progress := map[string]planner.Progress{"SAA-C03:1.1": {Done: true, Hours: 7.25},
		"SAA-C03:diagnostic": {Done: true, Hours: 0.75}}
	st := planner.StandingOf(p, progress, p.Start)
	if st.State != planner.OnTrack || st.LeftHours() == p.RequiredHours {
		t.Fatalf("the test needs a tick the plan's first day: %q, %s left, %s required",
			st.State, hoursUnit(st.LeftHours()), hoursUnit(p.RequiredHours))
	}
	cover := coverText(t, p, Options{Catalog: c, Standing: &st, Today: p.Start})
	want := "From " + shortDate(p.Start) + ", the " + hoursUnit(st.LeftHours()) + " of study left fit into the " +
		hoursUnit(st.TimeLeftHours) + " you have until the exam, with " + hoursUnit(st.TimeLeftHours-st.LeftHours()) + " to spare."
	if !strings.Contains(cover, want) {
		t.Errorf("the cover lacks %q:\n%s", want, cover)
	}
	if stale := "the " + hoursUnit(p.RequiredHours) + " of study left"; strings.Contains(cover, stale) {
		t.Errorf("the cover calls the work before the tick left, %q:\n%s", stale, cover)
	}
}

// TestPDFEachWeekIsThePlansShareOfTheWeek: when another plan takes part of
// each day, the cover's hours a week are this plan's, with the learner's
// own hours beside them, not the learner's hours as if all went to it.
func TestPDFEachWeekIsThePlansShareOfTheWeek(t *testing.T) {
	c := catalogtest.Load(t)
	in := saaInput(t)
	in.Taken = map[catalog.Date]float64{}
	for d := in.Start; d.Before(in.ExamDate); d = d.AddDays(1) {
		in.Taken[d] = 0.5
	}
	p := plannertest.MustBuild(t, c, in)
	share := planner.CommitmentOf(p, p.Start).HoursPerWeek
	if share <= 0 || share > 8-2.5+planner.Tolerance {
		t.Fatalf("with 2.5 h a week taken this plan takes %g h of 8; the test needs a smaller share", share)
	}
	cover := coverText(t, p, Options{Catalog: c})
	// pdftotext reads the key figures' boxes row by row, values then notes.
	for _, want := range []string{"EACH WEEK IN TOTAL", " " + hoursUnit(share) + " ", "on average, of your 8 h"} {
		if !strings.Contains(cover, want) {
			t.Errorf("the cover lacks %q:\n%s", want, cover)
		}
	}
}

// TestPDFCoverAdvisesNoRebalanceOfAPlanThatNeverFitted: a plan that did
// not fit when it was made holds what fits already, so its cover's
// standing says to move the exam or add hours, as the app and the command
// line do, and never to rebalance.
func TestPDFCoverAdvisesNoRebalanceOfAPlanThatNeverFitted(t *testing.T) {
	p, c := shortPlan(t)
	st := planner.StandingOf(p, nil, p.Start)
	if !st.Outgrown() {
		t.Fatalf("the work left %v fits the time left %v; the test needs it outgrown", st.LeftHours(), st.TimeLeftHours)
	}
	cover := coverText(t, p, Options{Catalog: c, Standing: &st, Today: p.Start})
	if bad := "study time left: rebalance"; strings.Contains(cover, bad) {
		t.Errorf("the cover of a plan that never fitted advises a rebalance (%q):\n%s", bad, cover)
	}
	if want := "study time left: move the exam or add hours"; !strings.Contains(cover, want) {
		t.Errorf("the cover lacks %q:\n%s", want, cover)
	}
}
