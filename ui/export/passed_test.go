package export

import (
	"strings"
	"testing"

	"certplan/planner"
)

// passedSAA is saaPlan passed early, on Monday 14 December 2026.
func passedSAA(t *testing.T) (whole, cut planner.Plan, o Options) {
	p, c := saaPlan(t)
	cut = p.UpToPass(date(t, "2026-12-14"))
	st := planner.StandingOf(cut, nil, date(t, "2026-12-20"))
	return p, cut, Options{Catalog: c, Standing: &st, Today: date(t, "2026-12-20"), PlanID: 1}
}

// TestPDFOfAPassedPlanSaysItIsDone: the cover of a passed plan says it
// is passed and done, with the hours by the pass, not whether it fits; and
// no page lists a week after the pass.
func TestPDFOfAPassedPlanSaysItIsDone(t *testing.T) {
	_, cut, o := passedSAA(t)
	pages := pdfText(t, mustPDF(t, cut, o))
	cover := strings.Join(strings.Fields(pages[0]), " ")
	for _, want := range []string{"Exam passed.", planner.PassedText(longDate(cut.Passed)), "By the pass on " + shortDate(cut.Passed)} {
		if !strings.Contains(cover, want) {
			t.Errorf("the cover lacks %q:\n%s", want, cover)
		}
	}
	if strings.Contains(cover, "It fits") {
		t.Errorf("the cover of a passed plan says whether it fits:\n%s", cover)
	}
	all := strings.Join(pages, " ")
	if after := isoWeek(date(t, "2026-12-21")); strings.Contains(all, after) {
		t.Errorf("the PDF lists %s, the week after the pass", after)
	}
}

// TestICSOfAPassedPlanCancelsTheSessionsAfterThePass: the calendar of a
// passed plan sends every session the plan held after the pass day as
// cancelled, under the UID an export before the pass gave it, offers no
// other event after the pass, and has the exam on its pass day.
func TestICSOfAPassedPlanCancelsTheSessionsAfterThePass(t *testing.T) {
	whole, cut, o := passedSAA(t)
	before := map[string]bool{}
	for _, s := range uidSessions(whole, o.PlanID) {
		if s.Date.After(cut.Passed) {
			before[s.uid] = true
		}
	}
	ics, err := ICS(cut, o)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(ics), "\r\n ", "")
	for _, ev := range strings.Split(text, "BEGIN:VEVENT")[1:] {
		uid := between(ev, "UID:", "\r\n")
		switch {
		case before[uid] && strings.Contains(ev, "STATUS:CANCELLED") && strings.Contains(ev, "Exam passed - not needed: "):
			delete(before, uid)
		case before[uid]:
			t.Errorf("session %s, after the pass, is not cancelled:\n%s", uid, ev)
		}
	}
	if len(before) > 0 {
		t.Errorf("%d sessions after the pass are missing from the calendar, e.g. %v", len(before), before)
	}
	if !strings.Contains(text, "SUMMARY:Passed: SAA-C03") || !strings.Contains(text, "DTSTART;VALUE=DATE:20261214") {
		t.Error("the calendar does not move the exam to its pass day")
	}
}

// TestCSVOfAPassedPlanEndsAtThePass: the .csv lists the sessions up to the
// pass day and none after it.
func TestCSVOfAPassedPlanEndsAtThePass(t *testing.T) {
	_, cut, _ := passedSAA(t)
	b, err := CSV(cut)
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSpace(string(b)), "\r\n")[1:]
	if len(rows) == 0 {
		t.Fatal("the .csv of a plan passed after weeks of study holds no session")
	}
	for _, r := range rows {
		if d, _, _ := strings.Cut(r, ","); d > cut.Passed.String() {
			t.Errorf("the .csv has a session after the pass: %s", r)
		}
	}
}

// between is the text of s after start up to end.
func between(s, start, end string) string {
	_, after, _ := strings.Cut(s, start)
	v, _, _ := strings.Cut(after, end)
	return v
}

// TestExportsOfAPassedPlanNameThePassDay: once passed, the calendar's
// sessions name the day the exam was sat (planner.ExamDayOf), as show, the
// plan list and the PDF do, and neither the calendar nor any page of the
// PDF names the day it was booked for (QA, truthfix finding 2).
func TestExportsOfAPassedPlanNameThePassDay(t *testing.T) {
	whole, cut, o := passedSAA(t)
	ics, err := ICS(cut, o)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(ics), "\r\n ", "")
	studied := 0
	for _, ev := range strings.Split(text, "BEGIN:VEVENT")[1:] {
		if !strings.Contains(ev, "CATEGORIES:Study") {
			continue
		}
		studied++
		if !strings.Contains(between(ev, "DESCRIPTION:", "\r\n"), "exam passed on 2026-12-14.") {
			t.Errorf("a session before the pass does not name the pass day:\n%s", ev)
		}
	}
	if studied == 0 || strings.Contains(text, whole.ExamDate.String()) || strings.Contains(text, whole.ExamDate.Time().Format("20060102")) {
		t.Errorf("the calendar of a plan passed on 2026-12-14 has %d sessions and names the booked day %s: want some and no", studied, whole.ExamDate)
	}
	all := strings.Join(strings.Fields(strings.Join(pdfText(t, mustPDF(t, cut, o)), " ")), " ")
	for _, booked := range []string{shortDate(whole.ExamDate), whole.ExamDate.String()} {
		if strings.Contains(all, booked) {
			t.Errorf("the PDF of a plan passed on 2026-12-14 names %q, the day its exam was booked for", booked)
		}
	}
}
