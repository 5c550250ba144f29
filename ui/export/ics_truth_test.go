package export

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/plannertest"
)

// TestICSUIDsBelongToThePlan: two saved plans for the same exam share no
// event identifier.
func TestICSUIDsBelongToThePlan(t *testing.T) {
	p, c := saaPlan(t)
	one := mustICS(t, p, Options{Catalog: c, PlanID: 1})
	two := mustICS(t, p, Options{Catalog: c, PlanID: 2})
	uids := map[string]bool{}
	for _, e := range one.all("VEVENT") {
		uids[e.value("UID")] = true
	}
	for _, e := range two.all("VEVENT") {
		if uid := e.value("UID"); uids[uid] && !strings.Contains(uid, "-renew") && !strings.Contains(uid, "-expires") {
			t.Errorf("plans 1 and 2 share the event %s", uid)
		}
	}
	if len(two.all("VEVENT")) == 0 {
		t.Fatal("no events")
	}
}

// TestICSReExportCancelsMovedSessions: after a re-plan, the new export
// cancels every earlier session that is no longer in the plan, with a
// higher SEQUENCE than the first export, and keeps the rest.
func TestICSReExportCancelsMovedSessions(t *testing.T) {
	c := catalogtest.Load(t)
	in := saaInput(t)
	first := plannertest.MustBuild(t, c, in)
	in.Today = date(t, "2026-12-14") // three weeks on, nothing more done: behind
	next, err := planner.Rebalance(c, in, first)
	if err != nil {
		t.Fatal(err)
	}
	stamp := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	old := mustICS(t, first, Options{PlanID: 7, Stamp: stamp})
	now := mustICS(t, next, Options{PlanID: 7, Stamp: stamp.AddDate(0, 0, 21), Earlier: []planner.Plan{first}})
	kept := map[string]bool{}
	for _, s := range uidSessions(next, 7) {
		kept[s.uid] = true
	}
	oldSeq := seqOf(t, old.all("VEVENT")[0].value("SEQUENCE"))
	moved := 0
	for _, s := range uidSessions(first, 7) {
		e := eventByUID(t, now, s.uid)
		if kept[s.uid] {
			if e.value("STATUS") == "CANCELLED" {
				t.Errorf("%s is still in the plan but cancelled", s.uid)
			}
			continue
		}
		moved++
		if e.value("STATUS") != "CANCELLED" || seqOf(t, e.value("SEQUENCE")) <= oldSeq {
			t.Errorf("moved session %s: STATUS %q SEQUENCE %s, want CANCELLED above %d", s.uid, e.value("STATUS"),
				e.value("SEQUENCE"), oldSeq)
		}
	}
	if moved == 0 {
		t.Fatal("the re-plan moved no session: the test proves nothing")
	}
}

func seqOf(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("SEQUENCE %q: %v", s, err)
	}
	return n
}

// TestICSCancelsTheRenewalThePlanMakes: a plan for SAA-C03 renews a held
// Cloud Practitioner, so its "start renewing" reminder is sent as
// cancelled under its UID, naming the exam that renews it, with no alarm
// (an export made before the plan gave it; it was dropped and stayed in
// the calendar); its expiry stays, and a certification the plan does not
// renew keeps its live reminder.
func TestICSCancelsTheRenewalThePlanMakes(t *testing.T) {
	p, c := saaPlan(t)
	cal := mustICS(t, p, Options{Catalog: c, Held: heldCerts(t)})
	renew := eventByUID(t, cal, "CLF-C02-renew@certplan")
	if got := renew.value("STATUS"); got != "CANCELLED" {
		t.Errorf("CLF-C02's renewal reminder has STATUS %q, want CANCELLED: the planned SAA-C03 renews it", got)
	}
	if n := len(renew.all("VALARM")); n != 0 {
		t.Errorf("CLF-C02's cancelled renewal reminder has %d alarms, want none", n)
	}
	if got, want := renew.value("SUMMARY"), "Renewed by your SAA-C03 exam on "+p.ExamDate.String(); !strings.HasPrefix(got, want) {
		t.Errorf("CLF-C02's cancelled reminder says %q, want it to start %q", got, want)
	}
	eventByUID(t, cal, "CLF-C02-expires@certplan")
	if dva := eventByUID(t, cal, "DVA-C02-renew@certplan"); dva.value("STATUS") != "" || len(dva.all("VALARM")) == 0 {
		t.Errorf("DVA-C02's renewal reminder: STATUS %q, %d alarms; want a live reminder", dva.value("STATUS"), len(dva.all("VALARM")))
	}
}

// TestICSKeepsTheRenewalAPlanMakesTooLate: a plan whose exam comes after a
// held certification expires does not renew it (planner.RenewingPlan), so
// its "start renewing" reminder stays.
func TestICSKeepsTheRenewalAPlanMakesTooLate(t *testing.T) {
	p, c := saaPlan(t)
	held := heldCerts(t)[:1]
	held[0].Expiry, held[0].StudyFrom = p.ExamDate.AddDays(-1), p.ExamDate.AddDays(-120)
	cal := mustICS(t, p, Options{Catalog: c, Held: held})
	eventByUID(t, cal, "CLF-C02-renew@certplan")
}

// TestICSKeepsTheRenewalOfAPassedPlan: once the plan's SAA-C03 is passed,
// the pass's renewals are in the held records; the plan's exam renews
// nothing more, so Cloud Practitioner's reminder to start renewing is a
// live one (it was dropped, then sent as cancelled, for the booked day).
func TestICSKeepsTheRenewalOfAPassedPlan(t *testing.T) {
	p, c := saaPlan(t)
	p.Passed = p.ExamDate.AddDays(-7)
	cal := mustICS(t, p, Options{Catalog: c, Held: heldCerts(t)})
	if renew := eventByUID(t, cal, "CLF-C02-renew@certplan"); renew.value("STATUS") != "" || len(renew.all("VALARM")) == 0 {
		t.Errorf("CLF-C02's renewal reminder after the plan's pass: STATUS %q, %d alarms; want a live reminder",
			renew.value("STATUS"), len(renew.all("VALARM")))
	}
}
