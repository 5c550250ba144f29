package planner_test

import (
	"strings"
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestRecordDays: a tick or a practice result can be dated from a year
// before the plan was made, never before the exam's first day, except in
// a plan made for an announced exam before that day (QA #20).
func TestRecordDays(t *testing.T) {
	soa := &catalog.Exam{Code: "SOA-C03", AvailableFrom: day("2025-09-30")}
	old := &catalog.Exam{Code: "CLF-C01"} // first day not known
	cases := []struct {
		name          string
		exam          *catalog.Exam
		created, on   string
		earliest, err string
	}{
		{"a year before the plan", old, "2026-03-02", "2025-03-02", "2025-03-02", ""},
		{"more than a year before the plan", old, "2026-03-02", "2025-03-01", "2025-03-02", "more than a year before the plan was made, on 2026-03-02"},
		{"the exam's first day", soa, "2026-03-02", "2025-09-30", "2025-09-30", ""},
		{"before the exam's first day", soa, "2026-03-02", "2025-09-29", "2025-09-30", "before SOA-C03 could first be taken, on 2025-09-30"},
		{"years before the exam's first day", soa, "2026-12-02", "2020-01-01", "2025-12-02", "before SOA-C03 could first be taken"},
		{"a plan made before the exam's first day", soa, "2025-06-01", "2024-06-01", "2024-06-01", ""},
		{"more than a year before such a plan", soa, "2025-06-01", "2024-05-31", "2024-06-01", "more than a year before the plan was made"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := planner.EarliestRecordDay(tc.exam, day(tc.created)); got != day(tc.earliest) {
				t.Errorf("earliest day %s, want %s", got, tc.earliest)
			}
			err := planner.CheckRecordDay(tc.exam, day(tc.created), day(tc.on))
			if (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("got %v, want %q", err, tc.err)
			}
		})
	}
}

// TestScoreDays: a practice result's day is refused after today with the
// words ValidateScore uses, and before the plan's first record day with
// CheckRecordDay's, so a form's date field refuses what Save refuses.
func TestScoreDays(t *testing.T) {
	old := &catalog.Exam{Code: "CLF-C01"}
	created, today := day("2026-03-02"), day("2026-12-02")
	cases := []struct{ name, on, err string }{
		{"today", "2026-12-02", ""},
		{"the plan's first record day", "2025-03-02", ""},
		{"tomorrow", "2026-12-03", "is after today 2026-12-02"},
		{"more than a year before the plan", "2025-03-01", "more than a year before the plan was made"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := planner.CheckScoreDay(old, created, day(tc.on), today)
			if (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("got %v, want %q", err, tc.err)
			}
			if tc.err == "is after today 2026-12-02" {
				want := planner.ValidateScore(old, planner.Score{Date: day(tc.on), Overall: 50}, today)
				if want == nil || want.Error() != err.Error() {
					t.Errorf("CheckScoreDay says %q, ValidateScore %v", err, want)
				}
			}
		})
	}
}
