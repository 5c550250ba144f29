package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// owner is this process's claim on a data folder: the locked lock file.
type owner struct {
	dir  string
	lock *os.File
}

// msgAlreadyOpen is what a second instance says.
const msgAlreadyOpen = "certplan is already open: switch to the open window (or close it) and try again; nothing was changed."

// claim locks dir's lock file or fails with CodeAlreadyOpen.
func claim(dir string) (*owner, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, classify(fmt.Errorf("open lock file: %w", err))
	}
	ok, err := lockFile(f)
	if err != nil {
		f.Close()
		return nil, classify(fmt.Errorf("lock %s: %w", f.Name(), err))
	}
	if !ok {
		f.Close()
		return nil, errorf(CodeAlreadyOpen, msgAlreadyOpen, nil)
	}
	// The pid is for people looking at the folder; the lock is what counts.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &owner{dir: dir, lock: f}, nil
}

// release drops the lock.
func (o *owner) release() error { return o.lock.Close() }

// uncleanExit reports whether the last owner left without closing.
func (o *owner) uncleanExit() bool { return fileExists(filepath.Join(o.dir, markerName)) }

// markOpen writes the open marker durably, so that a crash from now on is
// noticed at the next start.
func (o *owner) markOpen() error {
	path := filepath.Join(o.dir, markerName)
	if err := os.WriteFile(path, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o600); err != nil {
		return classify(fmt.Errorf("write open marker: %w", err))
	}
	if err := syncFile(path); err != nil {
		return classify(err)
	}
	return classify(syncDir(o.dir))
}

// markClosed removes the open marker after a clean close.
func (o *owner) markClosed() error {
	err := os.Remove(filepath.Join(o.dir, markerName))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return syncDir(o.dir)
}
