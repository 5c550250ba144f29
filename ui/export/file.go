package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// WriteFile saves data at path all or nothing, as every export of a plan
// (PDF, calendar, CSV) is saved, from the command line and the desktop
// alike: see SaveTarget for what path may be. It writes a temporary file in
// the target's folder, flushes it to disk and renames it over the target,
// so a crash or a full disk never leaves a partial file, and a reader sees
// either the old file or the new one. A new file is readable by everyone
// (0644); a file replaced keeps its mode. The error says what to do next.
func WriteFile(path string, data []byte) error {
	return save(path, data, false)
}

// WritePrivateFile saves data at path as WriteFile does, but readable by
// its owner only (0600) whatever the file it replaces allowed: a copy of
// the learner's data is theirs alone.
func WritePrivateFile(path string, data []byte) error {
	return save(path, data, true)
}

// save writes data over the target of path; private gives it mode 0600.
func save(path string, data []byte, private bool) (err error) {
	target, err := SaveTarget(path)
	if err != nil {
		return err
	}
	dir, name := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	mode := modeFor(target)
	if private {
		mode = 0o600
	}
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return saveError(path, err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err = writeAndSync(tmp, data, mode); err != nil {
		return saveError(path, err)
	}
	if err = tmp.Close(); err != nil {
		return saveError(path, err)
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return saveError(path, err)
	}
	syncDir(dir)
	return nil
}

// maxLinks is how many symbolic links SaveTarget follows before it calls
// the path a loop, as the system does.
const maxLinks = 40

// SaveTarget is the file a save to path replaces or creates: path itself,
// or, when path is a symbolic link, the file the link leads to, so that the
// link stays a link and its target gets the new content. The target must be
// a regular file or absent: a folder, a device, a named pipe or a socket is
// refused with a SaveError saying so, before anything is written.
func SaveTarget(path string) (string, error) {
	if path == "" || os.IsPathSeparator(path[len(path)-1]) {
		return "", &SaveError{Path: path, Hint: "it is a directory; choose a file path"}
	}
	target := path
	for range maxLinks {
		fi, err := os.Lstat(target)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return target, nil
		case err != nil:
			return "", saveError(path, err)
		case fi.Mode()&fs.ModeSymlink != 0:
			link, err := os.Readlink(target)
			if err != nil {
				return "", saveError(path, err)
			}
			if !filepath.IsAbs(link) {
				link = filepath.Join(filepath.Dir(target), link)
			}
			target = link
		case fi.Mode().IsRegular():
			return target, nil
		default:
			return "", &SaveError{Path: path, Hint: fmt.Sprintf("it is %s; choose a file path", kindOf(fi.Mode()))}
		}
	}
	return "", &SaveError{Path: path, Hint: "its links lead round in a loop; choose a file path"}
}

// kindOf names a file that is not a regular one, as a learner would.
func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a regular file"
}

// SameTarget reports whether saves to a and b would land in one file:
// the same path once links are followed, or one file under two names.
func SameTarget(a, b string) bool {
	ta, errA := SaveTarget(a)
	tb, errB := SaveTarget(b)
	if errA != nil || errB != nil {
		return false
	}
	if absA, err := filepath.Abs(ta); err == nil {
		if absB, err := filepath.Abs(tb); err == nil && absA == absB {
			return true
		}
	}
	fa, errA := os.Stat(ta)
	fb, errB := os.Stat(tb)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}

// writeAndSync writes data to f, sets its mode and flushes it to disk.
func writeAndSync(f *os.File, data []byte, mode fs.FileMode) error {
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(mode); err != nil {
		return err
	}
	return f.Sync()
}

// modeFor keeps the permissions of an existing file, or gives 0644.
func modeFor(path string) fs.FileMode {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		return fi.Mode().Perm()
	}
	return 0o644
}

// syncDir flushes the folder entry of the renamed file; where a system
// cannot sync folders the file is saved all the same, so errors are ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}

// SaveError is a file WriteFile could not save: which, why in the system's
// words, and what the person can do about it.
type SaveError struct {
	Path string
	Hint string
	Err  error
}

// Error reads "save PATH: HINT (CAUSE)", without the temporary file's name.
func (e *SaveError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("save %s: %s", e.Path, e.Hint)
	}
	cause := e.Err
	for {
		next := errors.Unwrap(cause)
		if next == nil {
			break
		}
		cause = next
	}
	return fmt.Sprintf("save %s: %s (%v)", e.Path, e.Hint, cause)
}

// Unwrap gives the system's error, for errors.Is and errors.As.
func (e *SaveError) Unwrap() error { return e.Err }

// saveError says why path could not be saved and what to do about it.
func saveError(path string, err error) error {
	hint := "choose another folder or free some disk space, then save again"
	switch {
	case errors.Is(err, fs.ErrNotExist):
		hint = fmt.Sprintf("the folder %s does not exist: choose an existing folder", filepath.Dir(path))
	case errors.Is(err, fs.ErrPermission):
		hint = "you may not write there: choose a folder you own, such as your Documents"
	case errors.Is(err, syscall.ENOTDIR):
		hint = "part of the path is a file, not a folder: choose an existing folder"
	case errors.Is(err, syscall.ELOOP):
		hint = "its links lead round in a loop; choose a file path"
	}
	return &SaveError{Path: path, Hint: hint, Err: err}
}
