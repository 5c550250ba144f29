package cli

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"
)

// TestImportRefusesABookingWhoseDayHasPassed: an export holding a booking
// for 2026-12-01, imported on 2026-12-02, is refused whole (the learner
// records what happened that day); on 2026-12-01 it imports.
func TestImportRefusesABookingWhoseDayHasPassed(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-12-01", "--status", "booked")
	file := filepath.Join(t.TempDir(), "data.json")
	mustStore(t, dir, "export-data", file)
	importOn := func(y, m, d int) cliResult {
		var out, errb bytes.Buffer
		now := func() time.Time { return time.Date(y, time.Month(m), d, 9, 0, 0, 0, time.UTC) }
		status := Main([]string{"--data", t.TempDir(), "import-data", file}, &out, &errb, now)
		return cliResult{status: status, stdout: out.String(), stderr: errb.String()}
	}
	wantBadInput(t, importOn(2026, 12, 2), "exam attempt 1 is wrong: A booking is for today or later, not 2026-12-01")
	if r := importOn(2026, 12, 1); r.status != exitOK {
		t.Fatalf("import on the booked day: status %d, stderr %q", r.status, r.stderr)
	}
}
