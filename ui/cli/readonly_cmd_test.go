//go:build linux

package cli

import (
	"os"
	"strings"
	"syscall"
	"testing"
)

// readOnlyFolder remounts dir read-only (a bind mount: root ignores file
// modes, so nothing else makes a folder unwritable for the tests' user).
func readOnlyFolder(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o700) })
		return
	}
	if err := syscall.Mount(dir, dir, "", syscall.MS_BIND, ""); err != nil {
		t.Skipf("this machine lets root neither mount nor honour modes (%v); storage's read-only tests inject the error instead", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	if err := syscall.Mount("", dir, "", syscall.MS_BIND|syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("cannot remount read-only (%v)", err)
	}
}

// TestReadingCommandsWorkOnAReadOnlyFolder: show and plans read the data of
// a folder that cannot be written, say once that changes cannot be saved,
// and a change is refused with a sentence, not "unexpected problem".
func TestReadingCommandsWorkOnAReadOnlyFolder(t *testing.T) {
	dir := newSavedPlan(t)
	readOnlyFolder(t, dir)
	for _, args := range [][]string{{"show", "1"}, {"plans"}} {
		r := storeRun(t, dir, args...)
		if r.status != exitOK {
			t.Fatalf("%v on a read-only folder: status %d, stderr %q", args, r.status, r.stderr)
		}
		if !strings.Contains(r.stdout, "Architect") && !strings.Contains(r.stdout, "SAA-C03") {
			t.Errorf("%v shows no plan: %q", args, r.stdout)
		}
		if n := strings.Count(r.stderr, "changes cannot be saved"); n != 1 {
			t.Errorf("%v says %d times that changes cannot be saved: %q", args, n, r.stderr)
		}
	}
	r := storeRun(t, dir, "tick", "1", "1.1")
	if r.status == exitOK || strings.Contains(r.stderr, "unexpected") || !strings.Contains(r.stderr, "cannot") {
		t.Errorf("a tick on a read-only folder: status %d, stderr %q", r.status, r.stderr)
	}
}
