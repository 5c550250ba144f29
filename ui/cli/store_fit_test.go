package cli

import (
	"regexp"
	"strings"
	"testing"

	"certplan/catalog/catalogtest"
)

// editExam finds the fix "certplan edit ID --exam DATE" in a command's output.
var editExam = regexp.MustCompile(`certplan edit 1 --exam (\S+)`)

// TestShowFixesFitAroundOtherPlans: a plan that does not fit, shown after
// a second plan took part of the week, offers the earliest exam date that
// fits around that plan now, and moving the exam there makes it fit (QA
// finding 2: show offered the date stored before the second plan, which
// did not fit once applied).
func TestShowFixesFitAroundOtherPlans(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--exam", "2026-12-11", "--hours", "10")
	mustStore(t, dir, "new", "--cert", "DVA-C03", "--exam", "2027-03-31", "--hours", "10")
	show := mustStore(t, dir, "show", "1")
	m := editExam.FindStringSubmatch(show)
	if m == nil {
		t.Fatalf("show 1 offers no earlier exam date:\n%s", show)
	}
	edit := mustStore(t, dir, "edit", "1", "--exam", m[1])
	if !strings.Contains(edit, "fit.") || strings.Contains(edit, "do not fit") {
		t.Errorf("edit 1 --exam %s, the earliest date show offered, does not fit:\n%s", m[1], edit)
	}
	if again := mustStore(t, dir, "show", "1"); strings.Contains(again, "To fit it all") {
		t.Errorf("after edit 1 --exam %s, show 1 still offers fixes:\n%s", m[1], again)
	}
}

// TestExportedFixesFitToday: the printout of a plan that does not fit,
// planned a month before today, offers the exam date that fits from today,
// the one show offers, not the one stored when it was planned (it said
// "move the exam to Fri 1 Jan 2027" for SAA-C03 planned on 2026-11-02,
// when from 2026-12-03 nothing before 2027-02-03 fits).
func TestExportedFixesFitToday(t *testing.T) {
	dir := t.TempDir()
	made := mustStore(t, dir, "new", "--cert", "SAA-C03", "--exam", "2026-12-11", "--hours", "10", "--today", "2026-10-26")
	shown := editExam.FindStringSubmatch(mustStore(t, dir, "show", "1"))
	stored := editExam.FindStringSubmatch(made)
	if shown == nil || stored == nil || shown[1] == stored[1] {
		t.Fatalf("the fixture should offer a later date today than when planned: %v, then %v", stored, shown)
	}
	cover := exportedCover(t, dir, "1")
	want := "move the exam to " + catalogtest.Date(t, shown[1]).Time().Format("Mon 2 Jan 2006") + " or later"
	if !strings.Contains(cover, want) {
		t.Errorf("the cover lacks %q, the date that fits today (stored: %s):\n%s", want, stored[1], cover)
	}
}

// editWeekdays finds the fix "certplan edit ID --weekdays ..." in a
// command's output.
var editWeekdays = regexp.MustCompile(`certplan edit 2 --weekdays (\S+)`)

// TestHoursThatFitFitBesideAnotherPlan: a plan made behind another that
// does not fit offers hours a week (on new and on show) that, applied with
// certplan edit, make it fit, although they become the other plan's week
// too and it takes its share first (QA: "study N h a week" did not fit
// when applied beside another plan).
func TestHoursThatFitFitBesideAnotherPlan(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "DVA-C03", "--exam", "2027-01-15", "--hours", "5")
	made := mustStore(t, dir, "new", "--cert", "SAA-C03", "--exam", "2027-02-26", "--hours", "5")
	m, shown := editWeekdays.FindStringSubmatch(made), editWeekdays.FindStringSubmatch(mustStore(t, dir, "show", "2"))
	if m == nil || shown == nil || m[1] != shown[1] {
		t.Fatalf("new and show offer different hours that fit, %v and %v:\n%s", m, shown, made)
	}
	edit := mustStore(t, dir, "edit", "2", "--weekdays", m[1])
	if strings.Contains(edit, "certplan edit 2 ") {
		t.Errorf("edit 2 --weekdays %s, the hours new offered, does not fit:\n%s", m[1], edit)
	}
	if again := mustStore(t, dir, "show", "2"); strings.Contains(again, "certplan edit 2 ") {
		t.Errorf("after edit 2 --weekdays %s, show 2 still offers fixes:\n%s", m[1], again)
	}
}

// TestEditRefusesAWeekOfNoHours: certplan edit with 0 hours a week exits 2
// with the planner's one line, as plan and new do.
func TestEditRefusesAWeekOfNoHours(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "5")
	wantBadInput(t, storeRun(t, dir, "edit", "1", "--hours", "0"), "--hours: a week of 0 study hours plans nothing")
	wantBadInput(t, storeRun(t, dir, "edit", "1", "--weekdays", "sat=0"), "--weekdays: a week of 0 study hours")
	wantBadInput(t, storeRun(t, dir, "new", "--cert", "SAA-C03", "--hours", "0"), "--hours: a week of 0 study hours")
}
