package storage

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"

	"certplan/catalog"
	"certplan/planner"
)

// storedInput is in as a plan keeps it: its exam code normalised and
// without what is given only when planning (holidays, progress, today, the
// hours other plans take, readiness).
func storedInput(in planner.Input) planner.Input {
	in.Exam = catalog.NormalizeCode(in.Exam)
	in.Holidays, in.Progress, in.Today, in.Taken, in.Readiness = nil, nil, 0, nil, nil
	return in
}

// plannerInput is a stored input ready to plan from: with the given
// progress and today, its country checked (the planner builds the holidays
// from it).
func plannerInput(in planner.Input, progress map[string]planner.Progress, today catalog.Date) (planner.Input, error) {
	in.Progress, in.Today = progress, today
	if _, err := planner.CountryHolidays(in.Country); err != nil {
		return in, invalid("Country %q has no public-holiday calendar: choose another, or none.", in.Country)
	}
	return in, nil
}

// validateInput checks a stored input against the catalog in the planner's words.
func validateInput(cat *catalog.Catalog, stored planner.Input) error {
	in, err := plannerInput(stored, nil, 0)
	if err != nil {
		return err
	}
	if err := in.Validate(cat); err != nil {
		return errorf(CodeInvalid, capitalise(err.Error())+".", err)
	}
	if err := in.Week().Check(); err != nil {
		return errorf(CodeInvalid, capitalise(err.Error())+".", err)
	}
	return nil
}

// capitalise starts a planner message with a capital letter.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// encodeSchedule stores a schedule as gzip-compressed JSON (a tenth of the
// size, which keeps years of re-plans quick to open and check).
func encodeSchedule(p planner.Plan) ([]byte, error) {
	raw, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	return compress(raw)
}

// gzipWriters keeps gzip writers for compress to reuse: a new one allocates
// about a megabyte of state, which cost a re-fit of twenty plans a tenth
// of its time. A writer Reset writes what a new one would.
var gzipWriters = sync.Pool{New: func() any {
	z, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return z
}}

// compress gzips a schedule's JSON for storing.
func compress(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	z := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(z)
	z.Reset(&buf)
	if _, err := z.Write(raw); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// gzipReaders keeps gzip readers for scheduleJSON to reuse: a new one
// allocates its window and tables, once per schedule read.
var gzipReaders sync.Pool

// scheduleJSON returns a stored schedule's JSON; plain JSON is read as is.
func scheduleJSON(blob []byte) ([]byte, error) {
	if len(blob) > 0 && blob[0] == '{' {
		return blob, nil
	}
	z, _ := gzipReaders.Get().(*gzip.Reader)
	var err error
	if z == nil {
		z, err = gzip.NewReader(bytes.NewReader(blob))
	} else {
		err = z.Reset(bytes.NewReader(blob))
	}
	if err != nil {
		return nil, fmt.Errorf("stored schedule: %w", err)
	}
	defer gzipReaders.Put(z)
	buf := bytes.NewBuffer(make([]byte, 0, gzipSize(blob)))
	_, err = buf.ReadFrom(z)
	return buf.Bytes(), err
}

// gzipSize is the size a gzipped schedule says its JSON has (its last four
// bytes), a hint for the buffer it is read into: at most a few megabytes,
// so damaged data cannot make it allocate more.
func gzipSize(blob []byte) int {
	const most = 4 << 20
	if len(blob) < 4 {
		return 0
	}
	return int(min(binary.LittleEndian.Uint32(blob[len(blob)-4:]), most)) + bytes.MinRead
}

// schedulesRead counts the stored schedules decodeSchedule has read, so
// that tests can hold a re-fit to one read of each plan's.
var schedulesRead atomic.Int64

// decodeSchedule reads a stored schedule. A schedule is never changed
// once stored (a change is a new version), so each is decoded once and
// kept by its bytes' digest (decoded); every read gets its own copy.
func decodeSchedule(blob []byte) (planner.Plan, error) {
	schedulesRead.Add(1)
	key := sha256.Sum256(blob)
	if p, ok := decoded.get(key); ok {
		return p, nil
	}
	raw, err := scheduleJSON(blob)
	if err != nil {
		return planner.Plan{}, fmt.Errorf("stored schedule: %w", err)
	}
	p, err := readSchedule(raw)
	if err == nil {
		decoded.put(key, p.Clone())
	}
	return p, err
}

// readSchedule reads a schedule's JSON, as decodeSchedule does once it is
// unzipped.
func readSchedule(raw []byte) (planner.Plan, error) {
	var p planner.Plan
	if err := json.Unmarshal(raw, &p); err != nil {
		return p, fmt.Errorf("stored schedule: %w", err)
	}
	return p, nil
}
