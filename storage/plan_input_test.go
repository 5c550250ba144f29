package storage

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"testing"

	"certplan/planner/plannertest"
)

// freshGzip is raw gzipped by a writer made for it, as compress did before
// it reused its writers.
func freshGzip(t *testing.T, raw []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	z, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if _, err := z.Write(raw); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// longScheduleJSON is the JSON of a whole SAA-C03 schedule: a large
// schedule, as the plans table stores it before compressing.
func longScheduleJSON(t *testing.T) []byte {
	t.Helper()
	raw, err := json.Marshal(plannertest.MustBuild(t, testCat, testInput("SAA-C03")))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestAReusedWriterStoresTheSameBytes: schedules compressed one after
// another, a large one before small ones, are stored byte for byte as a
// new writer would store each, and read back whole.
func TestAReusedWriterStoresTheSameBytes(t *testing.T) {
	raw := longScheduleJSON(t)
	for i, s := range [][]byte{raw, []byte(`{"exam":"DVA-C03"}`), nil, raw[:len(raw)/3], raw} {
		got, err := compress(s)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, freshGzip(t, s)) {
			t.Errorf("schedule %d (%d bytes) is stored as other bytes than a new writer's", i, len(s))
		}
		if back, err := scheduleJSON(got); err != nil || !bytes.Equal(back, s) {
			t.Errorf("schedule %d reads back as %d bytes (%v), want its %d", i, len(back), err, len(s))
		}
	}
}

// TestAReusedReaderReadsEachSchedule: schedules are unzipped by reused
// readers into a buffer sized by the size the gzip trailer states; a
// damaged schedule (cut short, or stating a size of 4 GB) is an error and
// leaves the next ones read whole.
func TestAReusedReaderReadsEachSchedule(t *testing.T) {
	raw := longScheduleJSON(t)
	good := freshGzip(t, raw)
	lying := bytes.Clone(good)
	copy(lying[len(lying)-4:], []byte{0xff, 0xff, 0xff, 0xff})
	small := []byte(`{"exam":"DVA-C03"}`)
	for i, c := range []struct {
		blob, want []byte
	}{{good, raw}, {good[:len(good)/2], nil}, {lying, nil}, {freshGzip(t, small), small}, {good, raw}} {
		back, err := scheduleJSON(c.blob)
		if c.want == nil && err == nil {
			t.Errorf("damaged schedule %d read as %d bytes, want an error", i, len(back))
		}
		if c.want != nil && (err != nil || !bytes.Equal(back, c.want)) {
			t.Errorf("schedule %d reads back as %d bytes (%v), want its %d", i, len(back), err, len(c.want))
		}
	}
}
