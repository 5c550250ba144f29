package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// WriteFile saves data at path all or nothing: it writes a temporary file in
// the same folder, flushes it to disk and renames it over path, so a crash or
// a full disk never leaves a partial file, and a reader sees either the old
// file or the new one. The new file is readable by everyone (0644), or keeps
// the mode of the file it replaces. The error says what to do next.
func WriteFile(path string, data []byte) (err error) {
	dir, name := filepath.Split(path)
	if name == "" || isDir(path) {
		return &SaveError{Path: path, Hint: "that is a folder: give a file name"}
	}
	if dir == "" {
		dir = "."
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
	if err = writeAndSync(tmp, data, modeFor(path)); err != nil {
		return saveError(path, err)
	}
	if err = tmp.Close(); err != nil {
		return saveError(path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return saveError(path, err)
	}
	syncDir(dir)
	return nil
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
	}
	return &SaveError{Path: path, Hint: hint, Err: err}
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
