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
	"time"
)

// owner is this session's claim on a data folder. Every open session
// holds a shared lock on the lock file, so certplan's desktop app and its
// command line can use the data at once (SQLite's WAL mode and busy timeout
// keep their writes apart). What needs the folder alone (repairing or
// upgrading the file at start-up, replacing it in a restore) needs that
// lock exclusively, which only a session with no other beside it gets; the
// gate, held for a moment while a session opens, closes or takes the lock
// exclusively, keeps those steps from interleaving.
//
// The lock file also marks a session: it says "open PID" from the first
// writable open to the last clean close, when it says "closed". A killed
// or crashed certplan leaves "open" behind, which the next session to open
// the folder alone takes as an unclean exit.
type owner struct {
	dir      string
	lock     *os.File // nil when a read-only folder has no lock file
	gate     *os.File // held while this session opens, closes or is alone; nil when read-only
	desktop  *os.File // the desktop app's own lock, so only one window opens a folder
	alone    bool     // no other session had the folder when this one opened
	unclean  bool     // the previous session did not close cleanly
	readOnly bool     // the session only reads: it writes no marks
	wait     time.Duration

	mu     sync.Mutex
	synced bool // the open mark is on disk
}

// msgAlreadyOpen is what a second desktop window says.
const msgAlreadyOpen = "certplan is already open: switch to the open window (or close it) and try again; nothing was changed."

// msgFolderBusy is what a session says when another kept the folder to itself
// (starting up, restoring) for longer than it waits.
const msgFolderBusy = "certplan's data is busy (another certplan window or command is opening, repairing or restoring it): try again in a moment; nothing was changed."

// claim joins dir's sessions for reading and writing, waiting up to wait
// for a session that has the folder to itself. It reports in alone whether
// no other session was open; the gate stays held until settle. A desktop
// claim fails with CodeAlreadyOpen while another desktop window has dir.
func claim(dir string, wait time.Duration, desktop bool) (*owner, error) {
	o := &owner{dir: dir, wait: wait}
	if err := o.claim(desktop); err != nil {
		o.release()
		return nil, err
	}
	return o, nil
}

func (o *owner) claim(desktop bool) (err error) {
	if desktop {
		if o.desktop, err = openLock(o.dir, desktopName, os.O_CREATE|os.O_RDWR); err != nil {
			return err
		}
		if ok, err := lockFile(o.desktop, true); err != nil || !ok {
			return lockFailed(o.desktop, err, CodeAlreadyOpen, msgAlreadyOpen)
		}
	}
	if o.lock, err = openLock(o.dir, lockName, os.O_CREATE|os.O_RDWR); err != nil {
		return err
	}
	if o.gate, err = openLock(o.dir, gateName, os.O_CREATE|os.O_RDWR); err != nil {
		return err
	}
	if err := waitLock(o.gate, o.wait); err != nil {
		return err
	}
	if o.alone, err = lockFile(o.lock, true); err == nil && !o.alone {
		err = waitShared(o.lock, o.wait)
	}
	if err != nil {
		return err
	}
	o.unclean = o.alone && o.lastMark() == "open"
	return nil
}

// claimToRead joins dir's sessions for a session that only reads: the lock
// is opened read-only and shared (no gate: reading cannot disturb a
// repair's start), and when there is none (a read-only folder where it
// cannot be created) nobody can be writing there.
func claimToRead(dir string, wait time.Duration) (*owner, error) {
	o := &owner{dir: dir, readOnly: true, wait: wait}
	f, err := openLock(dir, lockName, os.O_RDONLY)
	if errors.Is(err, fs.ErrNotExist) {
		return o, nil
	}
	if err != nil {
		return nil, err
	}
	o.lock = f
	if err := waitShared(f, wait); err != nil {
		o.release()
		return nil, err
	}
	return o, nil
}

// lastMark is the first word of the lock file: "open", "closed" or "".
func (o *owner) lastMark() string {
	prev := make([]byte, 64)
	n, _ := o.lock.ReadAt(prev, 0)
	word, _, _ := strings.Cut(string(prev[:n]), " ")
	return strings.TrimSpace(word)
}

// openLock opens one of the lock files without following a link: a link
// planted there must never make certplan truncate the file it points to.
func openLock(dir, name string, flag int) (*os.File, error) {
	path := filepath.Join(dir, name)
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

// lockFailed is the error for a lock not taken: the system's error, or
// code with msg when another session holds it.
func lockFailed(f *os.File, err error, code Code, msg string) error {
	if err != nil {
		return classify(fmt.Errorf("lock %s: %w", f.Name(), err))
	}
	return errorf(code, msg, nil)
}

// lockPoll is how often a waiting session tries a lock again.
const lockPoll = 10 * time.Millisecond

// waitLock takes f exclusively, trying until wait has passed.
func waitLock(f *os.File, wait time.Duration) error { return pollLock(f, true, wait) }

// waitShared takes a shared lock on f, trying until wait has passed.
func waitShared(f *os.File, wait time.Duration) error { return pollLock(f, false, wait) }

func pollLock(f *os.File, exclusive bool, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for {
		ok, err := lockFile(f, exclusive)
		if err != nil {
			return lockFailed(f, err, "", "")
		}
		if ok {
			return nil
		}
		if time.Now().After(deadline) {
			return errorf(CodeBusy, msgFolderBusy, nil)
		}
		time.Sleep(lockPoll)
	}
}

// settle ends the opening: a session that was alone now shares the lock,
// and the gate opens for the next session.
func (o *owner) settle() error {
	if o.gate == nil {
		return nil
	}
	defer unlockFile(o.gate)
	if !o.alone {
		return nil
	}
	if err := unlockFile(o.lock); err != nil {
		return classify(err)
	}
	return waitShared(o.lock, o.wait)
}

// msgNotAlone is what a step that needs the folder alone says while
// another session has it open.
const msgNotAlone = "certplan is open in another window or command, and %s: close every other certplan (the desktop window too) and try again; nothing was changed."

// exclusive runs fn while this session has the folder alone, or fails with
// CodeAlreadyOpen saying (in what) why fn needs that. It waits for the
// gate, so no session opens or closes meanwhile.
func (o *owner) exclusive(what string, fn func() error) error {
	if o.gate == nil {
		return fn()
	}
	if err := waitLock(o.gate, o.wait); err != nil {
		return err
	}
	defer unlockFile(o.gate)
	unlockFile(o.lock)
	alone, err := lockFile(o.lock, true)
	if err == nil && alone {
		err = fn()
	} else if err == nil {
		err = notAlone(what)
	}
	unlockFile(o.lock)
	if serr := waitShared(o.lock, o.wait); err == nil {
		err = serr
	}
	return err
}

// leave ends the session: the last one to close, when clean, marks the
// folder closed. It waits for the gate (and leaves the mark as it is when
// it cannot get it, which costs only a longer check at the next start).
func (o *owner) leave(clean bool) error {
	var err error
	if o.gate != nil && waitLock(o.gate, o.wait) == nil {
		unlockFile(o.lock)
		if last, lerr := lockFile(o.lock, true); lerr == nil && last && clean {
			err = o.markClosed()
		}
	}
	return errors.Join(classify(err), o.release())
}

// release drops the locks, marking nothing.
func (o *owner) release() error {
	var errs []error
	for _, f := range []*os.File{o.lock, o.gate, o.desktop} {
		if f != nil {
			errs = append(errs, f.Close())
		}
	}
	return errors.Join(errs...)
}

// uncleanExit reports whether the last session left without closing; a
// session that joined others never says so.
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
