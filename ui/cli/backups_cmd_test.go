package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/storage"
)

// backupOf makes a manual backup of dir's data and returns its path.
func backupOf(t *testing.T, dir string) string {
	t.Helper()
	return strings.TrimSpace(strings.TrimPrefix(mustStore(t, dir, "backup"), "Backed up and verified: "))
}

// TestBackupsSayWhatEachHolds: backups lists, newest first, when each
// backup was made, its kind, what it holds and its path; a damaged file is
// listed as one that cannot be restored and is left as it was; --json
// gives the same.
func TestBackupsSayWhatEachHolds(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-11-02", "--status", "passed")
	manual := backupOf(t, dir)
	damaged := filepath.Join(dir, "backups", "certplan-20250101-000000.000000-daily.db")
	junk := []byte("SQLite format 3\x00 and then nothing a database has")
	if err := os.WriteFile(damaged, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	out := mustStore(t, dir, "backups")
	entry := "  2026-11-23 09:00  manual          1 plan, 1 exam attempt, 1 certification\n      " + manual + "\n"
	if !strings.Contains(out, entry) {
		t.Errorf("backups lacks %q:\n%s", entry, out)
	}
	bad := strings.Index(out, "cannot be restored: ")
	if bad < 0 || !strings.Contains(out[bad:], damaged) || bad < strings.Index(out, manual) {
		t.Errorf("backups does not list the damaged 2025 file after the newer backup:\n%s", out)
	}
	var shown []shownBackup
	if err := json.Unmarshal([]byte(mustStore(t, dir, "backups", "--json")), &shown); err != nil {
		t.Fatal(err)
	}
	for _, b := range shown {
		switch b.Path {
		case manual:
			if b.Kind != "manual" || b.Holds == nil || *b.Holds != (storage.Contents{Plans: 1, Attempts: 1, Certifications: 1}) {
				t.Errorf("--json: manual backup %+v", b)
			}
		case damaged:
			if b.Holds != nil || b.Problem == "" {
				t.Errorf("--json: damaged file %+v, want a problem and no contents", b)
			}
		}
	}
	if now, err := os.ReadFile(damaged); err != nil || string(now) != string(junk) {
		t.Errorf("listing changed the damaged file: %q, %v", now, err)
	}
}

// TestRestoreSaysWhatItHoldsAndAsksBeforeALoss: restoring a backup with
// fewer plans, attempts or certifications than the data is refused in one
// line that says both and how to confirm, and changes nothing; with --yes
// it is restored and says what it holds and what it replaced.
func TestRestoreSaysWhatItHoldsAndAsksBeforeALoss(t *testing.T) {
	dir := newSavedPlan(t)
	backup := backupOf(t, dir)
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--hours", "4")
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-11-02", "--status", "passed")
	r := storeRun(t, dir, "restore", backup)
	wantBadInput(t, r, "the backup made 2026-11-23 09:00 (manual) holds 1 plan, 0 exam attempts, 0 certifications, fewer than your data's 2 plans, 1 exam attempt, 1 certification")
	if !strings.Contains(r.stderr, "run certplan restore --yes "+backup) {
		t.Errorf("the refusal does not say how to confirm: %q", r.stderr)
	}
	if out := mustStore(t, dir, "plans"); !strings.Contains(out, "CLF-C02") {
		t.Fatalf("a refused restore changed the data:\n%s", out)
	}
	out := mustStore(t, dir, "restore", backup, "--yes")
	for _, want := range []string{"Restored the backup made 2026-11-23 09:00 (manual): 1 plan, 0 exam attempts, 0 certifications.\n",
		"It replaced 2 plans, 1 exam attempt, 1 certification, backed up at " + filepath.Join(dir, "backups", "certplan-")} {
		if !strings.Contains(out, want) {
			t.Errorf("restore --yes printed %q, lacking %q", out, want)
		}
	}
	if out := mustStore(t, dir, "plans"); strings.Contains(out, "CLF-C02") {
		t.Fatalf("restore --yes left the newer plan:\n%s", out)
	}
}
