//go:build !unix && !windows

package storage

import "os"

// lockFile cannot lock on this system; the folder is assumed private.
func lockFile(f *os.File, exclusive bool) (bool, error) { return true, nil }

// unlockFile has nothing to drop here.
func unlockFile(f *os.File) error { return nil }

// noFollow is not available here; openLock checks for links with Lstat.
const noFollow = 0

// isLinkError is false here: links are caught by Lstat first.
func isLinkError(err error) bool { return false }
