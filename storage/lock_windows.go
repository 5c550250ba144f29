//go:build windows

package storage

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockOffset is where the locked byte lies: far past what the lock file
// holds, because Windows locks are mandatory and a lock on the mark's
// bytes would stop the other sessions from writing it.
const lockOffset = 1 << 30

// lockFile takes a non-blocking lock on f: exclusive, or shared with other
// shared holders. It reports false when another process holds a
// conflicting lock. Windows cannot convert a lock, so a held one is
// dropped first. Windows drops the lock when the process ends.
func lockFile(f *os.File, exclusive bool) (bool, error) {
	unlockFile(f)
	flags := uint32(windows.LOCKFILE_FAIL_IMMEDIATELY)
	if exclusive {
		flags |= windows.LOCKFILE_EXCLUSIVE_LOCK
	}
	ol := windows.Overlapped{Offset: lockOffset}
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, &ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
		return false, nil
	}
	return err == nil, err
}

// unlockFile drops this handle's lock on f.
func unlockFile(f *os.File) error {
	ol := windows.Overlapped{Offset: lockOffset}
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &ol)
}

// noFollow is not available here; openLock checks for links with Lstat.
const noFollow = 0

// isLinkError is false here: links are caught by Lstat first.
func isLinkError(err error) bool { return false }
