package storage

import (
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestArchiveAndBackKeepsTheVerdict: a plan archived and brought back the
// same day, with nothing else changed, is as it was: the plan made after
// it was fitted around it, so what that plan leaves still holds it. A
// fresh placement in those leftovers used to leave minutes out, so that a
// plan that fitted came back as one that did not (QA, archive finding 1).
func TestArchiveAndBackKeepsTheVerdict(t *testing.T) {
	start := catalog.DateOf(2026, 12, 2)
	for exam := start.AddDays(62); exam.Before(start.AddDays(76)); exam = exam.AddDays(1) {
		db := MustOpenDB(t)
		ctx := t.Context()
		first := mustCreateAt(t, db, "SAA-C03", start, exam)
		mustCreateAt(t, db, "AIF-C01", start, start.AddDays(120))
		if _, err := db.SetArchived(ctx, first.ID, true, start); err != nil {
			t.Fatal(err)
		}
		back, err := db.SetArchived(ctx, first.ID, false, start)
		if err != nil {
			t.Fatal(err)
		}
		was, now := first.Schedule, back.Schedule
		if now.Feasible != was.Feasible || now.EarliestExam != was.EarliestExam || back.Version != first.Version {
			t.Errorf("exam %s: archived and back, version %d fits %v (earliest %s); was version %d, fits %v (earliest %s)",
				exam, back.Version, now.Feasible, now.EarliestExam, first.Version, was.Feasible, was.EarliestExam)
		}
	}
}

// mustCreateAt stores a plan for exam on examDate, made on start at 10 h
// a week, Monday to Friday.
func mustCreateAt(tb testing.TB, db *DB, exam string, start, examDate catalog.Date) planner.StudyPlan {
	tb.Helper()
	in := planner.Input{Exam: exam, Start: start, Today: start, ExamDate: examDate, Hours: planner.Even(10), Experience: planner.Some}
	p, err := db.CreatePlan(tb.Context(), "", in)
	if err != nil {
		tb.Fatalf("create plan for %s: %v", exam, err)
	}
	return p
}
