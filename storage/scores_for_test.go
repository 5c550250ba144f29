package storage

import (
	"testing"

	"certplan/planner"
)

// A result logged for a practice topic is stored and marks that topic done
// on the result's day, with one tick in the history; logged again for it
// on another day, it corrects the topic's day.
func TestAScoreForAPracticeTopicTicksIt(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	day := testToday.AddDays(-1)
	rec, tick, err := db.AddScoreTick(ctx, p.ID, planner.Score{Date: day, Overall: 48}, "SAA-C03:diagnostic")
	if err != nil || rec.ID == 0 || !tick.Changed || !tick.MovedFrom.IsZero() {
		t.Fatalf("AddScoreTick = %+v, %+v, %v; want the result saved and the diagnostic ticked", rec, tick, err)
	}
	after, err := db.Plan(ctx, p.ID)
	if got := after.Progress["SAA-C03:diagnostic"]; err != nil || !got.Done || got.DoneOn != day {
		t.Errorf("the diagnostic is %+v (%v), want done on %s", got, err, day)
	}
	if scores, err := db.Scores(ctx, p.ID); err != nil || len(scores) != 1 || scores[0].Overall != 48 {
		t.Errorf("scores %+v (%v), want the one result", scores, err)
	}
	if h, _ := db.ProgressHistory(ctx, p.ID); len(h) != 1 || h[0].Action != "tick" {
		t.Errorf("history %+v, want one tick", h)
	}
	_, again, err := db.AddScoreTick(ctx, p.ID, planner.Score{Date: testToday, Overall: 52}, "SAA-C03:diagnostic")
	if err != nil || again.MovedFrom != day {
		t.Errorf("a second result for it on %s: %+v, %v; want its day moved from %s", testToday, again, err, day)
	}
}

// A result for a topic that is no practice topic of the plan, for a passed
// plan's practice topic, or one the result itself fails, stores neither
// the result nor the tick; nor does a tick that fails after the result was
// written in the same transaction.
func TestAScoreForAPracticeTopicIsBothOrNeither(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	passed := MustCreatePlan(t, db, "DVA-C02")
	mustAttempt(t, db, "DVA-C02", testToday, planner.Passed, 800)
	good := planner.Score{Date: testToday, Overall: 60}
	cases := []struct {
		name  string
		plan  int64
		s     planner.Score
		topic string
		want  string
		code  Code
	}{
		{"fix time", p.ID, good, "SAA-C03:fix-1", `Plan 1 has no practice topic "fix-1": give diagnostic, practice-1 or practice-2.`, CodeInvalid},
		{"a study task", p.ID, good, "SAA-C03:1.1", `Plan 1 has no practice topic "1.1": give diagnostic, practice-1 or practice-2.`, CodeInvalid},
		{"a passed plan", passed.ID, good, "DVA-C02:diagnostic",
			"Plan 2's exam was passed on 2026-03-02: it is done, with no practice left to mark; log the result alone.", CodeInvalid},
		{"a result from the future", p.ID, planner.Score{Date: testToday.AddDays(1), Overall: 60}, "SAA-C03:diagnostic", "", CodeInvalid},
		{"no plan", 9, good, "SAA-C03:diagnostic", "", CodeNotFound},
	}
	for _, c := range cases {
		_, _, err := db.AddScoreTick(ctx, c.plan, c.s, c.topic)
		if ErrorCode(err) != c.code || (c.want != "" && ErrorMessage(err) != c.want) {
			t.Errorf("%s: %q (code %q), want %q (%q)", c.name, ErrorMessage(err), ErrorCode(err), c.want, c.code)
		}
	}
	// The plan's schedule lists the diagnostic, but its progress row is
	// gone: the tick fails after the result was written.
	if _, err := db.rw.Exec("DELETE FROM progress WHERE plan_id = ? AND topic = 'SAA-C03:diagnostic'", p.ID); err != nil {
		t.Fatal(err)
	}
	_, err := db.AddScoreFor(ctx, p.ID, good, "SAA-C03:diagnostic")
	wantCode(t, err, CodeNotFound)
	for _, id := range []int64{p.ID, passed.ID} {
		scores, err := db.Scores(ctx, id)
		h, herr := db.ProgressHistory(ctx, id)
		if err != nil || herr != nil || len(scores) != 0 || len(h) != 0 {
			t.Errorf("plan %d after the refusals: %d results, %d ticks (%v, %v); want none", id, len(scores), len(h), err, herr)
		}
	}
}
