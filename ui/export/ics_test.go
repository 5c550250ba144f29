package export

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// mustICS exports p and parses it back with the tests' own reader.
func mustICS(t testing.TB, p planner.Plan, o Options) *icsComp {
	t.Helper()
	b, err := ICS(p, o)
	if err != nil {
		t.Fatalf("ICS: %v", err)
	}
	cal, err := parseICS(b)
	if err != nil {
		t.Fatalf("the .ics does not parse: %v", err)
	}
	return cal
}

// sessionEvents returns the timed events (the study sessions) by UID.
func sessionEvents(cal *icsComp) map[string]*icsComp {
	out := map[string]*icsComp{}
	for _, e := range cal.all("VEVENT") {
		if strings.Contains(e.value("DTSTART"), "T") {
			out[e.value("UID")] = e
		}
	}
	return out
}

func TestICSHasOneEventPerSessionOnItsDay(t *testing.T) {
	p, c := saaPlan(t)
	cal := mustICS(t, p, Options{Catalog: c})
	if cal.value("VERSION") != "2.0" || cal.value("PRODID") == "" {
		t.Errorf("VERSION %q PRODID %q, want 2.0 and a product", cal.value("VERSION"), cal.value("PRODID"))
	}
	events := sessionEvents(cal)
	all := sessions(p)
	if len(events) != len(all) {
		t.Fatalf("%d session events, want one per session: %d", len(events), len(all))
	}
	left := map[string]int{}
	for _, e := range events {
		day, _, _ := strings.Cut(e.value("DTSTART"), "T") // the time: TestICSDaySessionsFollowOneAnother
		left[day+" "+e.value("DURATION")+" "+mustText(t, e, "SUMMARY")]++
	}
	for _, s := range all {
		// A review's summary names the task it goes over.
		key := s.Date.Time().Format("20060102") + " " + duration(s.Hours) + " " + cmp.Or(s.Reviews, s.Topic) + " " + s.Title
		if left[key] == 0 {
			t.Errorf("no event for %s %s (%g h), want DTSTART %s", s.Date, s.Topic, s.Hours, key)
		}
		left[key]--
	}
}

func TestICSSessionDescribesKindAndDomain(t *testing.T) {
	p, c := saaPlan(t)
	cal := mustICS(t, p, Options{Catalog: c})
	all := sessions(p)
	s := all[slices.IndexFunc(all, func(s planner.Session) bool { return s.Kind == planner.Study })] // the plan opens with the diagnostic
	e := sessionEvents(cal)[sessionUID(p.Exam, s.Topic, s.Date)]
	if e == nil {
		t.Fatalf("no event with UID %s", sessionUID(p.Exam, s.Topic, s.Date))
	}
	desc := mustText(t, e, "DESCRIPTION")
	if !strings.Contains(desc, "Study") || !strings.Contains(desc, s.Domain) {
		t.Errorf("DESCRIPTION %q, want the kind (Study) and the domain %q", desc, s.Domain)
	}
	if p, _ := e.prop("DTSTART"); p.params["TZID"] != "" || strings.HasSuffix(p.value, "Z") {
		t.Errorf("DTSTART %+v, want floating local time", p)
	}
}

// TestICSStudyTime: each day's first session starts at the study time.
func TestICSStudyTime(t *testing.T) {
	p, _ := saaPlan(t)
	first := map[string]string{} // day: its earliest DTSTART
	for _, e := range sessionEvents(mustICS(t, p, Options{StudyTime: "07:30"})) {
		v := e.value("DTSTART")
		day, _, _ := strings.Cut(v, "T")
		if first[day] == "" || v < first[day] {
			first[day] = v
		}
	}
	for _, v := range first {
		if !strings.HasSuffix(v, "T073000") {
			t.Fatalf("a day starts at DTSTART %s, want 07:30", v)
		}
	}
}

func TestICSExamIsAllDayWithTwoReminders(t *testing.T) {
	p, _ := saaPlan(t)
	e := eventByUID(t, mustICS(t, p, Options{}), "SAA-C03-exam@certplan")
	wantAllDay(t, e, "20270301")
	triggers := map[string]bool{}
	for _, a := range e.all("VALARM") {
		triggers[a.value("TRIGGER")] = true
		if a.value("ACTION") != "DISPLAY" || a.value("DESCRIPTION") == "" {
			t.Errorf("alarm %+v, want ACTION DISPLAY with a DESCRIPTION", a.props)
		}
	}
	// 09:00 seven days before, and 09:00 the day before.
	if len(triggers) != 2 || !triggers["-P6DT15H"] || !triggers["-PT15H"] {
		t.Errorf("exam alarms %v, want -P6DT15H and -PT15H", triggers)
	}
}

func TestICSHeldCertificationDates(t *testing.T) {
	p, _ := saaPlan(t)
	cal := mustICS(t, p, Options{Held: heldCerts(t)})
	for uid, day := range map[string]string{
		"CLF-C02-renew@certplan": "20270914", "CLF-C02-expires@certplan": "20280314",
		"DVA-C02-renew@certplan": "20261202", "DVA-C02-expires@certplan": "20270602",
	} {
		e := eventByUID(t, cal, uid)
		wantAllDay(t, e, day)
		if len(e.all("VALARM")) == 0 {
			t.Errorf("%s has no reminder", uid)
		}
	}
}

func TestICSEscapesAndFoldsText(t *testing.T) {
	p, _ := saaPlan(t)
	title := `Caching, queues; and \ backslashes` + "\n" + strings.Repeat("Zoë Ångström – “quoted” ", 6)
	p.Weeks[0].Sessions[0].Title = title
	p.Weeks[0].Sessions[0].Domain = "Design; Secure, Architectures"
	s := p.Weeks[0].Sessions[0]
	e := sessionEvents(mustICS(t, p, Options{}))[sessionUID(p.Exam, s.Topic, s.Date)]
	if got := mustText(t, e, "SUMMARY"); got != s.Topic+" "+title {
		t.Errorf("SUMMARY round trip\n got %q\nwant %q", got, s.Topic+" "+title)
	}
	if got := mustText(t, e, "DESCRIPTION"); !strings.Contains(got, s.Domain) {
		t.Errorf("DESCRIPTION %q lost the domain %q", got, s.Domain)
	}
}

func TestICSTwoSessionsOfATopicOnOneDayGetTwoUIDs(t *testing.T) {
	p, _ := saaPlan(t)
	w := &p.Weeks[0]
	w.Sessions = append(w.Sessions[:1], w.Sessions...)
	events := sessionEvents(mustICS(t, p, Options{}))
	first := sessionUIDOf(p.Exam, w.Sessions[0])
	second := strings.Replace(first, "@", "-2@", 1)
	if events[first] == nil || events[second] == nil || len(events) != len(sessions(p)) {
		t.Errorf("UIDs %v, want %s and %s among %d", keys(events), first, second, len(sessions(p)))
	}
}

func TestICSRebalanceKeepsUIDsOfUnchangedSessions(t *testing.T) {
	c := catalogtest.Load(t)
	in := saaInput(t)
	prev := plannertest.MustBuild(t, c, in)
	in.Today = in.Start.AddDays(21) // three weeks in, and nothing more studied: behind
	next, err := planner.Rebalance(c, in, prev)
	if err != nil {
		t.Fatal(err)
	}
	before := sessionEvents(mustICS(t, prev, Options{}))
	after := sessionEvents(mustICS(t, next, Options{Stamp: in.Today.Time().Add(9 * time.Hour)}))
	kept, moved := 0, 0
	for _, s := range sessions(next) {
		uid := sessionUIDOf(next.Exam, s)
		if after[uid] == nil {
			t.Fatalf("no event %s after the rebalance", uid)
		}
		if before[uid] != nil && before[uid].value("DTSTART") == after[uid].value("DTSTART") {
			kept++
		} else {
			moved++
		}
		if s.Date.Before(in.Today) && before[uid] == nil {
			t.Errorf("past session %s %s changed UID", s.Date, s.Topic)
		}
	}
	if kept == 0 || moved == 0 {
		t.Errorf("%d sessions kept their UID and %d are new: want both, a rebalance moves some", kept, moved)
	}
	if a, b := seq(after), seq(before); a <= b {
		t.Errorf("SEQUENCE %d after, %d before: want it higher in the later export", a, b)
	}
}

func TestICSIsDeterministic(t *testing.T) {
	p, _ := saaPlan(t)
	o := Options{Held: heldCerts(t), Stamp: time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)}
	a, _ := ICS(p, o)
	b, _ := ICS(p, o)
	if string(a) != string(b) {
		t.Error("two exports of the same plan differ")
	}
	if !strings.Contains(string(a), "DTSTAMP:20261120T093000Z\r\n") {
		t.Error("DTSTAMP is not the Stamp")
	}
}

func mustText(t testing.TB, e *icsComp, name string) string {
	t.Helper()
	v, err := e.text(name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

func eventByUID(t *testing.T, cal *icsComp, uid string) *icsComp {
	t.Helper()
	for _, e := range cal.all("VEVENT") {
		if e.value("UID") == uid {
			return e
		}
	}
	t.Fatalf("no event with UID %s", uid)
	return nil
}

func wantAllDay(t *testing.T, e *icsComp, day string) {
	t.Helper()
	start, _ := e.prop("DTSTART")
	end, _ := e.prop("DTEND")
	next, _ := time.Parse("20060102", day)
	if start.value != day || start.params["VALUE"] != "DATE" || end.value != next.AddDate(0, 0, 1).Format("20060102") {
		t.Errorf("%s: DTSTART %+v DTEND %+v, want the whole day %s", e.value("UID"), start, end, day)
	}
}

// seq is the SEQUENCE of any one of the events, or -1.
func seq(events map[string]*icsComp) int {
	for _, e := range events {
		n, err := strconv.Atoi(e.value("SEQUENCE"))
		if err == nil {
			return n
		}
	}
	return -1
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
