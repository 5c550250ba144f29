package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// owner is this process's claim on a data folder: the locked lock file.
// The lock file also marks an open session: it says "open PID" from open
// to a clean close, when it says "closed". A killed or crashed certplan
// leaves "open" behind, which the next start takes as an unclean exit.
type owner struct {
	dir      string
	lock     *os.File // nil when a read-only folder has no lock file
	unclean  bool     // the previous session did not close cleanly
	readOnly bool     // the session only reads: it writes no marks

	mu     sync.Mutex
	synced bool // the open mark is on disk
}

// msgAlreadyOpen is what a second instance says.
const msgAlreadyOpen = "certplan is already open: switch to the open window (or close it) and try again; nothing was changed."

// claim locks dir's lock file or fails with CodeAlreadyOpen.
func claim(dir string) (*owner, error) {
	f, err := openLock(dir, os.O_CREATE|os.O_RDWR)
	if err != nil {
		return nil, err
	}
	return lockOwner(dir, f)
}

// claimToRead locks dir's lock file for a session that only reads a folder
// it cannot write: the lock is opened read-only, and when there is none
// (it cannot be created) nobody can be writing there.
func claimToRead(dir string) (*owner, error) {
	f, err := openLock(dir, os.O_RDONLY)
	if errors.Is(err, fs.ErrNotExist) {
		return &owner{dir: dir, readOnly: true}, nil
	}
	if err != nil {
		return nil, err
	}
	o, err := lockOwner(dir, f)
	if o != nil {
		o.readOnly = true
	}
	return o, err
}

// openLock opens the lock file without following a link: a link planted
// there must never make certplan truncate the file it points to.
func openLock(dir string, flag int) (*os.File, error) {
	path := filepath.Join(dir, lockName)
	if info, err := os.Lstat(path); err == nil && !info.Mode().IsRegular() {
		return nil, unsafeLink(path)
	}
	f, err := os.OpenFile(path, flag|noFollow, 0o600)
	if isLinkError(err) {
		return nil, unsafeLink(path)
	}
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, classify(fmt.Errorf("open lock file: %w", err))
	}
	return f, err
}

// lockOwner locks f or fails with CodeAlreadyOpen, and reads the last
// session's mark.
func lockOwner(dir string, f *os.File) (*owner, error) {
	ok, err := lockFile(f)
	if err != nil {
		f.Close()
		return nil, classify(fmt.Errorf("lock %s: %w", f.Name(), err))
	}
	if !ok {
		f.Close()
		return nil, errorf(CodeAlreadyOpen, msgAlreadyOpen, nil)
	}
	prev := make([]byte, 64)
	n, _ := f.ReadAt(prev, 0)
	return &owner{dir: dir, lock: f, unclean: strings.HasPrefix(string(prev[:n]), "open")}, nil
}

// release drops the lock.
func (o *owner) release() error {
	if o.lock == nil {
		return nil
	}
	return o.lock.Close()
}

// uncleanExit reports whether the last owner left without closing.
func (o *owner) uncleanExit() bool { return o.unclean }

// markOpen marks the session open, so that a crash from now on is noticed
// at the next start. syncMarker makes the mark durable before the first
// write: a session that only reads cannot harm the file, so it needs no fsync.
func (o *owner) markOpen() error {
	return classify(o.write("open " + strconv.Itoa(os.Getpid()) + "\n"))
}

// markClosed marks a clean close. It is not synced: if a power cut undoes
// it, the next start only checks more.
func (o *owner) markClosed() error { return o.write("closed\n") }

func (o *owner) write(s string) error {
	if o.readOnly {
		return nil
	}
	if err := o.lock.Truncate(0); err != nil {
		return fmt.Errorf("write lock file: %w", err)
	}
	if _, err := o.lock.WriteAt([]byte(s), 0); err != nil {
		return fmt.Errorf("write lock file: %w", err)
	}
	return nil
}

// syncMarker makes the open mark durable, once per session.
func (o *owner) syncMarker() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.synced || o.readOnly {
		return nil
	}
	if err := o.lock.Sync(); err != nil {
		return classify(err)
	}
	if err := syncDir(o.dir); err != nil {
		return classify(err)
	}
	o.synced = true
	return nil
}
