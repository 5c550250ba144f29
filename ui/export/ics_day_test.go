package export

import (
	"strings"
	"testing"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// span reads a session event's floating start and its end.
func span(t testing.TB, e *icsComp) (start, end time.Time) {
	t.Helper()
	start, err := time.Parse("20060102T150405", e.value("DTSTART"))
	if err != nil {
		t.Fatalf("%s: DTSTART: %v", e.value("UID"), err)
	}
	d, err := time.ParseDuration(strings.ToLower(strings.TrimPrefix(e.value("DURATION"), "PT")))
	if err != nil {
		t.Fatalf("%s: DURATION %q: %v", e.value("UID"), e.value("DURATION"), err)
	}
	return start, start.Add(d)
}

// days lists each day's session events in the plan's order, by day.
func days(t testing.TB, p planner.Plan, cal *icsComp) map[catalog.Date][]*icsComp {
	t.Helper()
	events := sessionEvents(cal)
	out := map[catalog.Date][]*icsComp{}
	for _, s := range uidSessions(p, 0) {
		e := events[s.uid]
		if e == nil {
			t.Fatalf("no event %s", s.uid)
		}
		out[s.Date] = append(out[s.Date], e)
	}
	return out
}

// wantBackToBack checks that a day's events start at first and each
// starts when the one before ends, and that the day ends by midnight.
func wantBackToBack(t testing.TB, d catalog.Date, events []*icsComp, first time.Duration) {
	t.Helper()
	want := d.Time().Add(first)
	for i, e := range events {
		start, end := span(t, e)
		if !start.Equal(want) {
			t.Errorf("%s session %d of %d (%s) starts %s, want %s", d, i+1, len(events), e.value("UID"),
				start.Format("15:04"), want.Format("15:04"))
		}
		want = end
	}
	if midnight := d.AddDays(1).Time(); want.After(midnight) {
		t.Errorf("%s ends %s, past midnight", d, want.Format("2006-01-02 15:04"))
	}
}

// TestICSDaySessionsFollowOneAnother: a day's sessions never overlap; the
// first starts at the study time and each next one when the one before
// ends (18:00-18:45, 18:45-19:30).
func TestICSDaySessionsFollowOneAnother(t *testing.T) {
	p, c := saaPlan(t)
	for _, at := range []string{"", "07:30"} {
		first, _ := parseStudyTime(at)
		shared := 0
		for d, events := range days(t, p, mustICS(t, p, Options{Catalog: c, StudyTime: at})) {
			if len(events) > 1 {
				shared++
			}
			wantBackToBack(t, d, events, first)
		}
		if shared == 0 {
			t.Fatal("no day holds two sessions: the test proves nothing")
		}
	}
}

// oneDay is a plan whose only study day, 2026-11-25, holds sessions of
// these hours, in this order.
func oneDay(t testing.TB, hours ...float64) planner.Plan {
	d := date(t, "2026-11-25")
	p := planner.Plan{Exam: "SAA-C03", Start: date(t, "2026-11-23"), ExamDate: date(t, "2027-03-01")}
	w := planner.Week{Start: date(t, "2026-11-23"), End: date(t, "2026-11-29")}
	for i, h := range hours {
		w.Sessions = append(w.Sessions, planner.Session{Date: d, Topic: "SAA-C03:1." + string(rune('1'+i)),
			Title: "Topic", Domain: "Design", Hours: h, Kind: planner.Study})
	}
	p.Weeks = []planner.Week{w}
	return p
}

// TestICSLongDayEndsByMidnight: a day whose sessions would run past
// midnight from the study time starts earlier, so that it ends at
// midnight; a day that fits keeps the study time.
func TestICSLongDayEndsByMidnight(t *testing.T) {
	for _, c := range []struct {
		name      string
		studyTime string
		hours     []float64
		first     string // the day's start, HH:MM
	}{
		{"a short evening keeps 18:00", "18:00", []float64{0.75, 0.75}, "18:00"},
		{"six hours from 18:00 end at midnight", "18:00", []float64{4, 2}, "18:00"},
		{"seven hours from 18:00 start at 17:00", "18:00", []float64{3, 2.5, 1.5}, "17:00"},
		{"a late study time moves back", "23:30", []float64{0.75, 0.5}, "22:45"},
		{"a sixteen-hour day starts at 08:00", "19:00", []float64{8, 8}, "08:00"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := oneDay(t, c.hours...)
			first, _ := parseStudyTime(c.first)
			for d, events := range days(t, p, mustICS(t, p, Options{StudyTime: c.studyTime})) {
				wantBackToBack(t, d, events, first)
			}
		})
	}
}

// TestICSSessionMovedWithinItsDayIsUpdated: a re-plan that swaps a day's
// sessions moves each to its new time under the same UID, once, and
// cancels neither, so a calendar updates the events instead of adding.
func TestICSSessionMovedWithinItsDayIsUpdated(t *testing.T) {
	before := oneDay(t, 0.75, 1.5)
	after := oneDay(t, 0.75, 1.5)
	s := after.Weeks[0].Sessions
	s[0], s[1] = s[1], s[0]
	old := sessionEvents(mustICS(t, before, Options{PlanID: 3}))
	cal := mustICS(t, after, Options{PlanID: 3, Earlier: []planner.Plan{before}})
	count := map[string]int{}
	for _, e := range cal.all("VEVENT") {
		count[e.value("UID")]++
	}
	for uid, e := range sessionEvents(cal) {
		if count[uid] != 1 || e.value("STATUS") == "CANCELLED" {
			t.Errorf("%s: %d events, STATUS %q; want one, not cancelled", uid, count[uid], e.value("STATUS"))
		}
		if old[uid] == nil || old[uid].value("DTSTART") == e.value("DTSTART") {
			t.Errorf("%s: not moved from the earlier export's event", uid)
		}
	}
	if len(old) != 2 || len(sessionEvents(cal)) != 2 {
		t.Fatalf("%d events before and %d after, want 2 and 2", len(old), len(sessionEvents(cal)))
	}
}

// TestICSCancelledSessionKeepsItsEarlierTime: a session dropped from a day
// is cancelled at the time the earlier export gave it (18:45 as the
// day's second), and the one left moves to 18:00.
func TestICSCancelledSessionKeepsItsEarlierTime(t *testing.T) {
	before := oneDay(t, 0.75, 0.75)
	after := oneDay(t, 0.75, 0.75)
	after.Weeks[0].Sessions = after.Weeks[0].Sessions[1:]
	cal := mustICS(t, after, Options{Earlier: []planner.Plan{before}})
	for _, c := range []struct{ uid, status, start string }{
		{"SAA-C03-1.1-20261125@certplan", "CANCELLED", "20261125T180000"},
		{"SAA-C03-1.2-20261125@certplan", "", "20261125T180000"},
	} {
		e := eventByUID(t, cal, c.uid)
		if e.value("STATUS") != c.status || e.value("DTSTART") != c.start {
			t.Errorf("%s: STATUS %q DTSTART %s, want %q %s", c.uid, e.value("STATUS"), e.value("DTSTART"), c.status, c.start)
		}
	}
	after = oneDay(t, 0.75, 0.75)
	after.Weeks[0].Sessions = after.Weeks[0].Sessions[:1]
	e := eventByUID(t, mustICS(t, after, Options{Earlier: []planner.Plan{before}}), "SAA-C03-1.2-20261125@certplan")
	if e.value("STATUS") != "CANCELLED" || e.value("DTSTART") != "20261125T184500" {
		t.Errorf("dropped second session: STATUS %q DTSTART %s, want CANCELLED at 18:45", e.value("STATUS"), e.value("DTSTART"))
	}
}
