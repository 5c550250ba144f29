package uitest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

func TestMustOpenDBOpensAndInvalidTellsARefusal(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC) }
	db := MustOpenDB(t, t.TempDir(), catalogtest.Load(t), now)
	_, err := db.CreatePlan(t.Context(), "", planner.Input{Exam: "NOPE-C01"})
	if !Invalid(err) {
		t.Errorf("a plan for an unknown exam: %v, want storage's refusal of bad input", err)
	}
	if Invalid(nil) {
		t.Error("no error counts as a refusal")
	}
}

// TestLinkDataLinksTheFolderAndTellsAChange: the home is the working
// directory, data/ in it reaches the data file, and DataChanged is false
// until the file is written.
func TestLinkDataLinksTheFolderAndTellsAChange(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "certplan.db"), []byte("data"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := LinkData(t, dir)
	wd, err := os.Getwd()
	if err != nil || !sameFile(wd, d.Home) {
		t.Errorf("working directory %s (%v), want the home %s", wd, err, d.Home)
	}
	if through, err := os.ReadFile(filepath.Join("data", "certplan.db")); err != nil || string(through) != "data" {
		t.Errorf("data/certplan.db from the home: %q, %v; want the data file through the link", through, err)
	}
	if d.DataChanged() {
		t.Error("the data file counts as changed before anything wrote to it")
	}
	if err := os.WriteFile(d.DB, []byte("other"), 0o600); err != nil {
		t.Fatal(err)
	}
	if !d.DataChanged() {
		t.Error("a written data file does not count as changed")
	}
}

// sameFile reports whether paths a and b name the same file.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}
