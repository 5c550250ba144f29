//go:build linux

package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// makeUnwritable makes dir unwritable for certplan and says how: a
// read-only bind mount when the test runs as root and may mount, mode 0500
// for other users (root ignores modes), else an injected EROFS.
func makeUnwritable(tb testing.TB, dir string) string {
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o500); err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { os.Chmod(dir, 0o700) })
		return "mode 0500"
	}
	if syscall.Mount(dir, dir, "", syscall.MS_BIND, "") == nil {
		if syscall.Mount("", dir, "", syscall.MS_BIND|syscall.MS_REMOUNT|syscall.MS_RDONLY, "") == nil {
			tb.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
			return "read-only bind mount"
		}
		syscall.Unmount(dir, syscall.MNT_DETACH)
	}
	return inject(tb, syscall.EROFS)
}

// inject makes every writable open fail with errno, for systems where the
// real condition cannot be made.
func inject(tb testing.TB, errno syscall.Errno) string {
	failWritable = func() error { return classify(errno) }
	tb.Cleanup(func() { failWritable = nil })
	return "injected " + errno.Error()
}

// smallDisk returns a folder on a file system of 2 MB (a tmpfs, when the
// test may mount), and fill, which then fills that file system.
func smallDisk(tb testing.TB) (dir string, fill func() string) {
	mnt := tb.TempDir()
	if os.Geteuid() != 0 || syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=2m,mode=0700") != nil {
		return mnt, func() string { return inject(tb, syscall.ENOSPC) }
	}
	tb.Cleanup(func() { syscall.Unmount(mnt, syscall.MNT_DETACH) })
	return filepath.Join(mnt, "certplan"), func() string {
		f, err := os.Create(filepath.Join(mnt, "filler"))
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		chunk := make([]byte, 4096)
		for {
			if _, err := f.Write(chunk); err != nil {
				if !errors.Is(err, syscall.ENOSPC) {
					tb.Fatal(err)
				}
				return "a full 2 MB tmpfs"
			}
		}
	}
}

func TestReadingNeedsNoWriting(t *testing.T) {
	for _, c := range []struct {
		name       string
		unwritable func(tb testing.TB, dir string) string
		disk       bool
	}{
		{"read-only folder", makeUnwritable, false},
		{"full disk", nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := t.Context()
			dir := t.TempDir()
			var fill func() string
			if c.disk {
				dir, fill = smallDisk(t)
			}
			db := MustOpenDir(t, dir)
			p := MustCreatePlan(t, db, "SAA-C03")
			if err := db.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 0); err != nil {
				t.Fatal(err)
			}
			MustClose(t, db)
			before := fileSum(t, filepath.Join(dir, dbName))
			how := ""
			if c.disk {
				how = fill()
			} else {
				how = c.unwritable(t, dir)
			}
			t.Logf("simulated with %s", how)
			opts := testOptions()
			opts.ReadOnlyFallback = true
			ro, err := Open(dir, opts)
			if err != nil {
				t.Fatalf("reading a %s: %v (%s)", c.name, err, ErrorDetail(err))
			}
			defer ro.Close()
			got, err := ro.Plan(ctx, p.ID)
			if err != nil || !got.Progress[p.Schedule.Topics[0].ID].Done {
				t.Fatalf("the plan and its tick read back: %v", err)
			}
			if n := strings.Count(strings.Join(ro.Startup().Notices(), "\n"), "changes cannot be saved"); !ro.ReadOnly() || n != 1 {
				t.Fatalf("read-only %t, told %d times: %q", ro.ReadOnly(), n, ro.Startup().Notices())
			}
			err = ro.Tick(ctx, p.ID, p.Schedule.Topics[1].ID, 0, 0)
			wantCode(t, err, CodeReadOnly)
			if _, err := ro.Backup(ctx); ErrorCode(err) != CodeReadOnly {
				t.Fatalf("backup while read-only: %v", err)
			}
			ro.Close()
			if fileSum(t, filepath.Join(dir, dbName)) != before {
				t.Fatal("a read-only session changed the data file")
			}
		})
	}
}

func TestReadOnlyOptionWritesNothing(t *testing.T) {
	ctx := t.Context()
	dir := MustSavedDir(t, "SAA-C03")
	lock := fileSum(t, filepath.Join(dir, lockName))
	data := fileSum(t, filepath.Join(dir, dbName))
	ro := MustOpenReadOnly(t, dir)
	if len(plansIn(t, ro)) != 1 {
		t.Fatal("read-only open lost the plan")
	}
	// Readers share the folder (a writer may join too: see sessions_test.go).
	if again := MustOpenReadOnly(t, dir); len(plansIn(t, again)) != 1 {
		t.Fatal("a second read-only session lost the plan")
	}
	_, err := ro.CreatePlan(ctx, "", testInput("DVA-C02"))
	wantCode(t, err, CodeReadOnly)
	if !strings.Contains(ErrorMessage(err), "open read-only") {
		t.Fatalf("message %q", ErrorMessage(err))
	}
	MustClose(t, ro)
	if fileSum(t, filepath.Join(dir, lockName)) != lock || fileSum(t, filepath.Join(dir, dbName)) != data {
		t.Fatal("a read-only session wrote to the folder")
	}
}

func TestWritingOpenStillFailsOnAReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	MustClose(t, MustOpenDir(t, dir))
	makeUnwritable(t, dir)
	_, err := Open(dir, testOptions()) // no ReadOnlyFallback: a command that writes
	wantCode(t, err, CodeReadOnly)
}
