package export

import (
	"testing"
	"time"
)

// TestICSSessionAlarmIsOffByDefault: sessions carry no reminder unless
// asked; asked, each carries one that many minutes before.
func TestICSSessionAlarmIsOffByDefault(t *testing.T) {
	p, c := saaPlan(t)
	for _, e := range sessionEvents(mustICS(t, p, Options{Catalog: c})) {
		if len(e.all("VALARM")) != 0 {
			t.Fatalf("session %s has a reminder by default", e.value("UID"))
		}
	}
	events := sessionEvents(mustICS(t, p, Options{Catalog: c, SessionAlarm: 15 * time.Minute}))
	if len(events) == 0 {
		t.Fatal("no sessions")
	}
	for _, e := range events {
		alarms := e.all("VALARM")
		if len(alarms) != 1 || alarms[0].value("TRIGGER") != "-PT15M" || alarms[0].value("ACTION") != "DISPLAY" {
			t.Fatalf("session %s has %d reminders, want one DISPLAY at -PT15M", e.value("UID"), len(alarms))
		}
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
