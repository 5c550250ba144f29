//go:build unix

package storage

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// assertPrivate fails unless every folder under dir is 0700 and every file
// 0600 (links are reported too: certplan makes none).
func assertPrivate(tb testing.TB, dir, after string) {
	tb.Helper()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		want := fs.FileMode(0o600)
		if d.IsDir() {
			want = 0o700
		}
		if !d.IsDir() && !info.Mode().IsRegular() {
			tb.Errorf("after %s: %s is not a regular file (%v)", after, path, info.Mode())
		}
		if info.Mode().Perm() != want {
			tb.Errorf("after %s: %s has mode %v, want %v", after, path, info.Mode().Perm(), want)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// withUmask runs the test under umask 022, the usual one, which would
// leave files SQLite creates 0644 unless certplan sees to it.
func withUmask(tb testing.TB) {
	old := syscall.Umask(0o022)
	tb.Cleanup(func() { syscall.Umask(old) })
}

func TestEveryFileIsPrivateAfterEachStep(t *testing.T) {
	withUmask(t)
	ctx := t.Context()
	dir := t.TempDir()
	db := MustOpenDir(t, dir)
	p := MustCreatePlan(t, db, "SAA-C03")
	assertPrivate(t, dir, "create")
	b := MustBackup(t, db)
	assertPrivate(t, dir, "backup")
	if _, err := db.Restore(ctx, b.Path); err != nil {
		t.Fatal(err)
	}
	assertPrivate(t, dir, "restore")
	if _, err := db.Import(ctx, mustExportFile(t, db)); err != nil {
		t.Fatal(err)
	}
	assertPrivate(t, dir, "import")
	MustClose(t, db)
	writeFile(t, filepath.Join(dir, dbName), []byte("not a database"))
	again := MustOpenDir(t, dir)
	if r := again.Startup().Recovery; r == nil || r.RestoredFrom == "" {
		t.Fatalf("recovery %+v", r)
	}
	if _, err := again.Plan(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	assertPrivate(t, dir, "recovery")
}

func TestExistingFolderAndFilesAreMadePrivate(t *testing.T) {
	withUmask(t)
	dir := t.TempDir()
	db := MustOpenDir(t, dir)
	MustCreatePlan(t, db, "SAA-C03")
	MustBackup(t, db)
	MustClose(t, db)
	// As an older certplan left them: a 0755 folder, 0644 files.
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if d.IsDir() {
			return os.Chmod(path, 0o755)
		}
		return os.Chmod(path, 0o644)
	})
	again := MustOpenDir(t, dir)
	assertPrivate(t, dir, "opening an older folder")
	if len(again.Startup().Warnings) != 0 {
		t.Fatalf("warnings %q after making the folder private", again.Startup().Warnings)
	}
}

func TestSymlinkedLockIsRefusedAndItsTargetUntouched(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "thesis.txt")
	writeFile(t, target, []byte("three years of work"))
	if err := os.Symlink(target, filepath.Join(dir, lockName)); err != nil {
		t.Fatal(err)
	}
	_, err := Open(dir, testOptions())
	wantCode(t, err, CodeUnsafe)
	if !strings.Contains(ErrorMessage(err), "remove the link") {
		t.Fatalf("message %q", ErrorMessage(err))
	}
	if b, _ := os.ReadFile(target); string(b) != "three years of work" {
		t.Fatalf("the lock's target was changed to %q", b)
	}
}

func TestSymlinkedFoldersAreNotFollowed(t *testing.T) {
	for _, sub := range []string{backupsDir, damagedDir, replacedDir} {
		t.Run(sub, func(t *testing.T) {
			ctx := t.Context()
			dir := t.TempDir()
			db := MustOpenDir(t, dir)
			MustCreatePlan(t, db, "SAA-C03")
			outside := t.TempDir()
			if err := os.Symlink(outside, filepath.Join(dir, sub)); err != nil {
				t.Fatal(err)
			}
			var err error
			switch sub {
			case backupsDir:
				_, err = db.Backup(ctx)
			case replacedDir:
				_, err = db.Restore(ctx, fixturePath(1))
			case damagedDir:
				MustClose(t, db)
				writeFile(t, filepath.Join(dir, dbName), nil)
				_, err = Open(dir, testOptions())
			}
			wantCode(t, err, CodeUnsafe)
			if entries, _ := os.ReadDir(outside); len(entries) != 0 {
				t.Fatalf("certplan wrote through the link into %s: %v", outside, entries)
			}
		})
	}
}
