//go:build unix

package storage

import (
	"errors"
	"os"
	"syscall"
)

// lockFile takes a non-blocking lock on f: exclusive, or shared with other
// shared holders. It reports false when another process (or another open
// of the file) holds a conflicting lock. Asked on a file this open already
// locks, it converts the lock. The operating system drops the lock when
// the process ends, however it ends.
func lockFile(f *os.File, exclusive bool) (bool, error) {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}

// unlockFile drops this open's lock on f.
func unlockFile(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }

// noFollow makes opening a link fail instead of opening what it points to.
const noFollow = syscall.O_NOFOLLOW

// isLinkError reports whether an open failed because the name is a link.
func isLinkError(err error) bool { return errors.Is(err, syscall.ELOOP) }
