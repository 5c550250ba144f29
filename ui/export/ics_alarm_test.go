package export

import (
	"testing"
	"time"
)

// TestICSSessionAlarmIsOffByDefault: sessions carry no reminder unless
// asked; asked, each day's first session carries one that many minutes
// before, and the sessions that follow it, which start as the one before
// ends, carry none.
func TestICSSessionAlarmIsOffByDefault(t *testing.T) {
	p, c := saaPlan(t)
	for _, e := range sessionEvents(mustICS(t, p, Options{Catalog: c})) {
		if len(e.all("VALARM")) != 0 {
			t.Fatalf("session %s has a reminder by default", e.value("UID"))
		}
	}
	cal := mustICS(t, p, Options{Catalog: c, SessionAlarm: 15 * time.Minute})
	later := 0
	for _, events := range days(t, p, cal) {
		alarms := events[0].all("VALARM")
		if len(alarms) != 1 || alarms[0].value("TRIGGER") != "-PT15M" || alarms[0].value("ACTION") != "DISPLAY" {
			t.Fatalf("first session %s has %d reminders, want one DISPLAY at -PT15M", events[0].value("UID"), len(alarms))
		}
		for _, e := range events[1:] {
			later++
			if n := len(e.all("VALARM")); n != 0 {
				t.Errorf("session %s follows another and has %d reminders, want none", e.value("UID"), n)
			}
		}
	}
	if later == 0 {
		t.Fatal("no day holds two sessions: the test proves nothing")
	}
}

// TestICSSessionAlarmRefusesOddLengths refuses negative, over a day and
// part-minute reminders with a message.
func TestICSSessionAlarmRefusesOddLengths(t *testing.T) {
	p, c := saaPlan(t)
	for _, d := range []time.Duration{-time.Minute, 25 * time.Hour, 90 * time.Second} {
		if _, err := ICS(p, Options{Catalog: c, SessionAlarm: d}); err == nil {
			t.Errorf("a %v reminder is accepted", d)
		}
	}
}
