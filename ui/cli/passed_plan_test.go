package cli

import (
	"strings"
	"testing"
)

// TestAPassedExamsPlanIsDone: once the plan's exam is logged as passed,
// the plan is done: certs no longer counts it as the renewal to come of
// the certification that pass just earned, plans and show say it is
// passed instead of its hours and a verdict on a schedule that is over,
// and advise no longer says the learner is preparing for it (QA, archive
// finding 2).
func TestAPassedExamsPlanIsDone(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--exam", "2026-11-23", "--hours", "10", "--today", "2026-11-02")
	mustStore(t, dir, "exam", "add", "CLF-C02", "2026-11-23", "--status", "passed")
	wantLines(t, "certs", mustStore(t, dir, "certs"),
		[]string{"Renew it by passing CLF-C02"}, []string{"your plan 1", "Renewed when you pass"})
	wantLines(t, "plans", mustStore(t, dir, "plans"), []string{"2026-11-23 0/26    passed"}, nil)
	wantLines(t, "show", mustStore(t, dir, "show", "1"),
		[]string{"Passed on 2026-11-23: this plan is done"}, []string{"Does not fit", "To fit it all", "replan"})
	wantLines(t, "show --json", mustStore(t, dir, "show", "1", "--json"), []string{`"passed": "2026-11-23"`}, nil)
	wantLines(t, "advise", mustStore(t, dir, "advise", "--role", "developer"), nil, []string{"already preparing for CLF-C02"})
}

// TestAnOlderPassIsNoPassOfANewPlan: a pass logged before the plan was
// made (the certification it renews) leaves the plan preparing.
func TestAnOlderPassIsNoPassOfANewPlan(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "CLF-C02", "2024-01-15", "--status", "passed")
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--exam", "2026-12-20", "--hours", "10")
	wantLines(t, "certs", mustStore(t, dir, "certs"), []string{"Renewed when you pass CLF-C02 on 2026-12-20 (your plan 1)"}, nil)
	wantLines(t, "show", mustStore(t, dir, "show", "1"), nil, []string{"Passed on"})
}

// TestAPassedPlanGivesNoWarnings: the warnings of a plan whose exam was
// passed early (here, practice exams no day holds whole) are about a
// schedule that is over, so show leaves them out, as the desktop does.
func TestAPassedPlanGivesNoWarnings(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--hours", "5", "--today", "2026-11-02")
	wantLines(t, "show before the pass", mustStore(t, dir, "show", "1"), []string{"Warnings", "practice exam"}, nil)
	mustStore(t, dir, "exam", "add", "CLF-C02", "2026-11-23", "--status", "passed")
	wantLines(t, "show after the pass", mustStore(t, dir, "show", "1"), []string{"Passed on 2026-11-23"}, []string{"Warnings"})
}

// TestABookedExamRenews: an exam booked before a held certification
// expires renews it, with no plan for it: certs says so in the planner's
// words, certs --json names the attempt (renewing_plan.attempt), and
// advise does not ask to renew it.
func TestABookedExamRenews(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "CLF-C02", "2024-01-15", "--status", "passed") // expires 2027-01-15
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-12-20", "--status", "booked")
	wantLines(t, "certs", mustStore(t, dir, "certs"), []string{"Renewed when you pass SAA-C03 on 2026-12-20 (booked)"}, nil)
	wantLines(t, "certs --json", mustStore(t, dir, "certs", "--json"), []string{`"attempt": 2`, `"exam_date": "2026-12-20"`}, nil)
	wantLines(t, "advise", mustStore(t, dir, "advise", "--role", "developer"),
		[]string{"renewed when you pass SAA-C03 on 2026-12-20 (booked)"}, []string{"no step of this roadmap renews it"})
}

// TestAnExamPassedEarlyGivesItsPassDay: a plan whose exam was passed
// before the day it was booked for gives the pass day as its exam day
// (planner.ExamDayOf) in show, plans and the PDF cover, never the booked
// day as if the exam were still to come (QA, passedcli finding 1).
func TestAnExamPassedEarlyGivesItsPassDay(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--exam", "2026-12-20", "--hours", "10")
	mustStore(t, dir, "exam", "add", "CLF-C02", "2026-11-23", "--status", "passed")
	wantLines(t, "show", mustStore(t, dir, "show", "1"),
		[]string{"Exam passed on 2026-11-23.", "Passed on 2026-11-23: this plan is done"}, []string{"2026-12-20"})
	wantLines(t, "plans", mustStore(t, dir, "plans"), []string{"2026-11-23 0/26    passed"}, []string{"2026-12-20"})
	wantLines(t, "today", mustStore(t, dir, "today"), []string{"Passed on 2026-11-23"}, []string{"2026-12-20"})
	wantLines(t, "export --pdf", exportedCover(t, dir, "1"), []string{"EXAM PASSED", "23 Nov 2026", "passed 23 Nov 2026"}, []string{"20 Dec 2026"})
	s := showJSONOf(t, dir, "1")
	if s.ExamDate.String() != "2026-11-23" || s.Passed.String() != "2026-11-23" || s.PlannedExam.String() != "2026-12-20" {
		t.Errorf("show --json: exam %s, passed %s, planned_exam %s; want the pass day twice and the booked day as planned_exam",
			s.ExamDate, s.Passed, s.PlannedExam)
	}
}

// TestShowJSONOfAPassedPlanNamesOneExamDay: a plan passed on the day it
// was planned for, and one still preparing, give that day as "exam" and
// no "planned_exam" in show --json; a plan whose exam day certplan
// proposed is no longer "exam_proposed" once the exam was sat.
func TestShowJSONOfAPassedPlanNamesOneExamDay(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--exam", "2026-11-23", "--hours", "10", "--today", "2026-11-02")
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10")
	if out := mustStore(t, dir, "show", "2", "--json"); strings.Contains(out, "planned_exam") || !strings.Contains(out, `"exam_proposed": true`) {
		t.Errorf("show --json of a plan preparing, its exam day proposed, gives planned_exam or no exam_proposed:\n%.300s", out)
	}
	mustStore(t, dir, "exam", "add", "CLF-C02", "2026-11-23", "--status", "passed")
	out := mustStore(t, dir, "show", "1", "--json")
	wantLines(t, "show --json", out, []string{`"exam": "2026-11-23"`, `"passed": "2026-11-23"`}, []string{"planned_exam"})
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-11-23", "--status", "passed")
	wantLines(t, "show --json", mustStore(t, dir, "show", "2", "--json"),
		[]string{`"exam": "2026-11-23"`, `"exam_proposed": false`, `"planned_exam": "`}, nil)
}

// TestAPassedPlanIsNotReplannedNorEdited: replan and edit of a plan whose
// exam was passed are refused with storage's one line and exit 2, as the
// desktop offers neither; archiving it stays allowed (QA, passedcli
// finding 2).
func TestAPassedPlanIsNotReplannedNorEdited(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--exam", "2026-12-20", "--hours", "10")
	mustStore(t, dir, "exam", "add", "CLF-C02", "2026-11-23", "--status", "passed")
	want := "plan 1's exam was passed on 2026-11-23: it is done; start a new plan to study again"
	wantBadInput(t, storeRun(t, dir, "replan", "1"), want)
	wantBadInput(t, storeRun(t, dir, "edit", "1", "--hours", "5"), want)
	wantBadInput(t, storeRun(t, dir, "edit", "1", "--exam", "2026-12-27"), want)
	wantLines(t, "show", mustStore(t, dir, "show", "1"), []string{"(version 1)"}, nil)
	mustStore(t, dir, "archive", "1")
}
