//go:build unix

package storage

import (
	"errors"
	"os"
	"syscall"
)

// lockFile takes an exclusive, non-blocking lock on f. It reports false
// when another process (or another open of the file) holds it. The
// operating system drops the lock when the process ends, however it ends.
func lockFile(f *os.File) (bool, error) {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}

// noFollow makes opening a link fail instead of opening what it points to.
const noFollow = syscall.O_NOFOLLOW

// isLinkError reports whether an open failed because the name is a link.
func isLinkError(err error) bool { return errors.Is(err, syscall.ELOOP) }
