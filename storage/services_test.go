package storage

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"certplan/planner"
)

// The desktop's services are *DB's own methods; these tests hold the few
// that exist only to give a service its shape.

func TestEarlierSchedulesAreTheVersionsBeforeTheCurrent(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	if got, err := db.EarlierSchedules(ctx, p.ID); err != nil || len(got) != 0 {
		t.Fatalf("a new plan has %d earlier schedules (%v), want none", len(got), err)
	}
	if _, _, err := db.Replan(ctx, p.ID, testToday.AddDays(14)); err != nil {
		t.Fatal(err)
	}
	got, err := db.EarlierSchedules(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Exam != p.Schedule.Exam || len(got[0].Weeks) != len(p.Schedule.Weeks) {
		t.Errorf("after one re-plan: %d earlier schedules, want 1, the first version's", len(got))
	}
	if _, err := db.EarlierSchedules(ctx, p.ID+99); ErrorCode(err) != CodeNotFound {
		t.Errorf("earlier schedules of a missing plan: %v, want not found", err)
	}
}

func TestBackupFileRestoreBackupAndImportAll(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	file, err := db.BackupFile(ctx)
	if err != nil || filepath.Dir(file) != db.BackupDir() {
		t.Fatalf("backup file %q (%v), want one in %s", file, err, db.BackupDir())
	}
	var export bytes.Buffer
	if err := db.Export(ctx, &export); err != nil {
		t.Fatal(err)
	}
	if err := db.DeletePlan(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.RestoreBackup(ctx, file, false); err != nil { // it loses nothing: the backup holds the plan deleted since
		t.Fatalf("restore %s: %v", file, err)
	}
	if _, err := db.Plan(ctx, p.ID); err != nil {
		t.Errorf("plan after the restore: %v, want it back", err)
	}
	if err := db.DeletePlan(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	raw := export.Bytes()
	preview, err := db.PreviewImport(ctx, "export.json", bytes.NewReader(raw))
	if err != nil || preview.Holds != (Contents{Plans: 1}) || preview.Replaces != (Contents{}) || preview.Path != "export.json" {
		t.Fatalf("import preview %+v (%v), want 1 plan over none", preview, err)
	}
	imported, err := db.ImportAll(ctx, bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	if imported.Holds != preview.Holds || filepath.Dir(imported.SafetyBackup) != db.BackupDir() {
		t.Errorf("imported %+v, want 1 plan and a safety backup in %s", imported, db.BackupDir())
	}
	if plans, _ := db.Plans(ctx); len(plans) != 1 || plans[0].Exam != "SAA-C03" {
		t.Errorf("plans after the import: %+v, want the SAA-C03 plan", plans)
	}
	if _, err := db.ImportAll(ctx, strings.NewReader("{")); ErrorCode(err) != CodeInvalid {
		t.Errorf("import of a broken file: %v, want invalid", err)
	}
}

func TestCheckOutputRefusesTheDataFile(t *testing.T) {
	db := MustOpenDB(t)
	if err := db.CheckOutput(db.Path()); err == nil {
		t.Error("saving over the data file was allowed")
	}
	if err := db.CheckOutput(filepath.Join(t.TempDir(), "plan.pdf")); err != nil {
		t.Errorf("saving a PDF elsewhere refused: %v", err)
	}
}

func TestAlreadyOpenIsAskedThroughTheError(t *testing.T) {
	dir := t.TempDir()
	MustOpenDesktop(t, dir)
	_, err := Open(dir, desktopOptions())
	var e interface{ AlreadyOpen() bool }
	if !errors.As(err, &e) || !e.AlreadyOpen() {
		t.Fatalf("second open: %v, want an error that says the folder is already open", err)
	}
	if (&Error{Code: CodeInvalid}).AlreadyOpen() {
		t.Error("an invalid-input error says the folder is already open")
	}
}

func TestOpenDesktopUsesTheDefaultFolder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", home)
	db, err := OpenDesktop("", testCat)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if want := filepath.Join(home, "certplan"); db.Dir() != want {
		t.Errorf("desktop data in %s, want the command line's %s", db.Dir(), want)
	}
	other := t.TempDir()
	db2, err := OpenDesktop(other, testCat)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if db2.Dir() != other {
		t.Errorf("desktop data in %s, want the folder given, %s", db2.Dir(), other)
	}
}

func TestStartupNoticeSaysWhereTheUpgradeBackupIs(t *testing.T) {
	if got := (Startup{}).Notice(); got != "" {
		t.Errorf("a clean start says %q, want nothing", got)
	}
	s := Startup{MigratedFrom: 1, MigrationBackup: "/data/backups/before-upgrade.db"}
	if got := s.Notice(); !strings.Contains(got, "upgraded") || !strings.Contains(got, s.MigrationBackup) {
		t.Errorf("after an upgrade the notice is %q, want it to name the backup %s", got, s.MigrationBackup)
	}
}

func TestSaveAttemptAddsThenUpdates(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	booked, err := db.SaveAttempt(ctx, planner.Attempt{Exam: "CLF-C02", Date: testToday.AddDays(10), Status: planner.Booked})
	if err != nil || booked.Attempt.ID == 0 {
		t.Fatalf("booking: %+v, %v; want a saved attempt", booked.Attempt, err)
	}
	a := booked.Attempt
	a.Date, a.Status, a.Score = testToday.AddDays(-1), planner.Passed, 800
	passed, err := db.SaveAttempt(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if passed.Attempt.ID != a.ID || len(passed.Earned) != 1 {
		t.Errorf("passing the booking: attempt %d, %d certifications earned; want attempt %d and one", passed.Attempt.ID,
			len(passed.Earned), a.ID)
	}
	if all, _ := db.Attempts(ctx); len(all) != 1 {
		t.Errorf("%d attempts, want the one updated", len(all))
	}
}

func TestAddHeldCertification(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	if err := db.AddHeldCertification(ctx, "SAA-C03", testToday.AddDays(-100)); err != nil {
		t.Fatal(err)
	}
	certs, err := db.Certifications(ctx)
	if err != nil || len(certs) != 1 || certs[0].Exam != "SAA-C03" {
		t.Errorf("certifications %+v (%v), want SAA-C03", certs, err)
	}
}
