package storage

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/planner"
)

// TestDescribeBackupSaysWhatOneFileHolds: one backup is described as the
// listing describes it (kind, time, size, counts), a copy named otherwise
// has no kind, and reading them writes nothing in the folder.
func TestDescribeBackupSaysWhatOneFileHolds(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	MustCreatePlan(t, db, "SAA-C03")
	mustPass(t, db)
	b := MustBackup(t, db)
	renamed := filepath.Join(t.TempDir(), "my copy.db")
	writeFile(t, renamed, mustRead(t, b.Path))
	before := folderState(t, db.BackupDir())

	got, err := db.DescribeBackup(ctx, b.Path)
	if err != nil {
		t.Fatal(err)
	}
	want := planner.BackupFile{Path: b.Path, Kind: string(BackupManual), Made: b.Taken, Size: b.Size,
		Holds: Contents{Plans: 1, Attempts: 1, Certifications: 1}}
	if got.Path != want.Path || got.Kind != want.Kind || !got.Made.Equal(b.Taken) || got.Size != b.Size ||
		got.Holds != want.Holds || got.Problem != "" {
		t.Errorf("described %+v, want %+v", got, want)
	}
	other, err := db.DescribeBackup(ctx, renamed)
	if err != nil || other.Kind != "" || !other.Made.IsZero() || other.Holds != want.Holds || other.Problem != "" {
		t.Errorf("a copy named otherwise: %+v, %v; want no kind or time, the same counts", other, err)
	}
	if after := folderState(t, db.BackupDir()); !maps.Equal(before, after) {
		t.Error("describing a backup changed the backups folder")
	}
}

// TestDescribeBackupSaysWhyAFileCannotBeRestored: a damaged or foreign
// file is described with its problem and no counts; a missing file, a
// folder and the live data are refused as a restore refuses them.
func TestDescribeBackupSaysWhyAFileCannotBeRestored(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	MustCreatePlan(t, db, "SAA-C03")
	b := MustBackup(t, db)
	dir := t.TempDir()
	good := mustRead(t, b.Path)
	damaged := filepath.Join(dir, "certplan-20250102-000000.000000-daily.db")
	writeFile(t, damaged, good[:len(good)/2])
	foreign := filepath.Join(dir, "list.db")
	writeFile(t, foreign, []byte("my shopping list, not a backup"))
	for file, problem := range map[string]string{damaged: "damaged", foreign: "not a SQLite database"} {
		got, err := db.DescribeBackup(ctx, file)
		if err != nil || !strings.Contains(got.Problem, problem) || got.Holds != (Contents{}) {
			t.Errorf("%s: %+v, %v; want the problem %q and no counts", filepath.Base(file), got, err, problem)
		}
	}
	if got, _ := db.DescribeBackup(ctx, damaged); got.Kind != string(BackupDaily) {
		t.Errorf("a damaged backup's kind %q, want it read from its name", got.Kind)
	}
	for file, code := range map[string]Code{filepath.Join(dir, "gone.db"): CodeNotFound, dir: CodeInvalid, db.Path(): CodeInvalid} {
		_, err := db.DescribeBackup(ctx, file)
		wantCode(t, err, code)
	}
}

// TestPreviewThenRestoreBackup: the preview counts the backup and the data
// and changes nothing; RestoreBackup refuses a loss unless told, and says
// what it restored and replaced.
func TestPreviewThenRestoreBackup(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	b := MustBackup(t, db)
	MustCreatePlan(t, db, "SAA-C03")
	mustPass(t, db)
	now := Contents{Plans: 1, Attempts: 1, Certifications: 1}
	before, backups := fileSum(t, db.Path()), len(mustBackups(t, db))
	p, err := db.PreviewRestore(ctx, b.Path)
	want := planner.BackupRestore{BackupFile: planner.BackupFile{Path: b.Path, Kind: "manual", Made: b.Taken, Size: b.Size}, Replaces: now}
	if err != nil || p != want {
		t.Fatalf("preview %+v, %v; want %+v", p, err, want)
	}
	if fileSum(t, db.Path()) != before || len(mustBackups(t, db)) != backups {
		t.Fatal("a preview changed the data or made a backup")
	}
	if _, err := db.RestoreBackup(ctx, b.Path, false); !errors.Is(err, ErrWouldLose) {
		t.Fatalf("restoring a loss not confirmed: %v, want ErrWouldLose", err)
	}
	r, err := db.RestoreBackup(ctx, b.Path, true)
	if err != nil || r.Holds != (Contents{}) || r.Replaces != now || r.Kind != "manual" || r.SafetyBackup == "" {
		t.Fatalf("restored %+v, %v", r, err)
	}
	if c, err := db.Contents(ctx); err != nil || c != (Contents{}) {
		t.Errorf("after the restore the data holds %+v, %v; want nothing", c, err)
	}
}

// mustRead reads file or fails the test.
func mustRead(tb testing.TB, file string) []byte {
	tb.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
