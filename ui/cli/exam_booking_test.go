package cli

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"
)

// TestImportKeepsABookingWhoseDayHasPassed: an export holding a plan for
// an exam booked for 2026-12-01, imported on 2026-12-02 or later, brings
// everything back, the booking as it was, and the learner then records
// the result; on 2026-12-01 it imports too. (It was refused whole before:
// an export made before the exam could not be restored after it.)
func TestImportKeepsABookingWhoseDayHasPassed(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--exam", "2026-12-01", "--hours", "20")
	mustStore(t, dir, "tick", "1", "1.1")
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-12-01", "--status", "booked")
	file := filepath.Join(t.TempDir(), "data.json")
	mustStore(t, dir, "export-data", file)
	importOn := func(to string, y, m, d int) cliResult {
		var out, errb bytes.Buffer
		now := func() time.Time { return time.Date(y, time.Month(m), d, 9, 0, 0, 0, time.UTC) }
		status := Main([]string{"--data", to, "import-data", file}, &out, &errb, now)
		return cliResult{status: status, stdout: out.String(), stderr: errb.String()}
	}
	if r := importOn(t.TempDir(), 2026, 12, 1); r.status != exitOK {
		t.Fatalf("import on the booked day: status %d, stderr %q", r.status, r.stderr)
	}
	to := t.TempDir()
	if r := importOn(to, 2027, 1, 10); r.status != exitOK {
		t.Fatalf("import after the booked day: status %d, stderr %q", r.status, r.stderr)
	}
	at := time.Date(2027, 1, 10, 9, 0, 0, 0, time.UTC)
	show := cliRunAt(t, at, "--data", to, "show", "1")
	wantIn(t, "show after the import", show.stdout, "Exam on 2026-12-01. 1 of ")
	exams := cliRunAt(t, at, "--data", to, "exams")
	wantIn(t, "exams after the import", exams.stdout, "2026-12-01", "booked")
	if r := cliRunAt(t, at, "--data", to, "exam", "set", "1", "--status", "passed", "--score", "800"); r.status != exitOK {
		t.Errorf("recording the result of the imported booking: status %d, stderr %q", r.status, r.stderr)
	}
}
