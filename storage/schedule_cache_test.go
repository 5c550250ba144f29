package storage

import (
	"reflect"
	"testing"
)

// TestDecodedSchedulesAreCopies: a stored schedule read twice comes back
// equal both times, and a change to the first copy (a session ticked, a
// warning added) never shows in the second: the cache hands out copies.
func TestDecodedSchedulesAreCopies(t *testing.T) {
	p := MustCreatePlan(t, MustOpenDB(t), "SAA-C03")
	blob, err := encodeSchedule(p.Schedule)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := scheduleJSON(blob)
	if err != nil {
		t.Fatal(err)
	}
	want, err := readSchedule(raw) // decoded here, outside the cache
	if err != nil {
		t.Fatal(err)
	}
	first, err := decodeSchedule(blob) // a copy of what the cache keeps
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Weeks) == 0 || len(first.Weeks[0].Sessions) == 0 {
		t.Fatal("the test needs a schedule with a session in its first week")
	}
	first.Weeks[0].Sessions[0].Hours += 1
	first.Warnings = append(first.Warnings[:0:0], "changed")
	again, err := decodeSchedule(blob)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, want) {
		t.Fatalf("a change to one read of a schedule shows in the next read: first session %v h, want %v h",
			again.Weeks[0].Sessions[0].Hours, want.Weeks[0].Sessions[0].Hours)
	}
}
