package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Everything certplan keeps is the learner's alone: folders are 0700 and
// files 0600, and certplan never follows a link inside its data folder, so
// a link planted there cannot make it write (or truncate) another file.

// makeDir creates the data folder (0700) and its parents, and brings an
// existing one to 0700. It returns a sentence for the learner when the
// folder is open to others and cannot be changed.
func makeDir(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", errorf(CodeReadOnly, fmt.Sprintf("certplan cannot create its data folder %s: choose another with --data DIR or fix its permissions.", dir), err)
	}
	info, err := os.Stat(dir)
	if err != nil {
		return "", classify(err)
	}
	if !info.IsDir() {
		return "", errorf(CodeInvalid, fmt.Sprintf("certplan's data folder %s is a file, not a folder: choose another with --data DIR.", dir), nil)
	}
	if info.Mode().Perm() == 0o700 {
		return "", nil
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Sprintf("Other people's accounts may read certplan's data folder %s and certplan could not change that: make it readable by you only (chmod 700).", dir), nil
	}
	return "", nil
}

// makeSubdir creates a private folder inside the data folder (backups,
// damaged, replaced) and refuses one that is a link or a file.
func makeSubdir(path string) error {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.Mkdir(path, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
			return err
		}
		return makeSubdir(path)
	case err != nil:
		return err
	case info.Mode()&fs.ModeSymlink != 0:
		return unsafeLink(path)
	case !info.IsDir():
		return errorf(CodeUnsafe, fmt.Sprintf("%s should be certplan's folder but is a file: move that file elsewhere and try again.", path), nil)
	case info.Mode().Perm() != 0o700:
		return os.Chmod(path, 0o700)
	}
	return nil
}

// unsafeLink refuses a link where certplan keeps its own file or folder.
func unsafeLink(path string) error {
	return errorf(CodeUnsafe, fmt.Sprintf("%s is a link to somewhere else, which certplan does not follow: remove the link and try again.", path), nil)
}

// createPrivate creates an empty file readable by the learner only. It
// replaces a leftover file (or link) of that name, never following a link.
func createPrivate(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	return f.Close()
}

// privatize brings the files certplan keeps (its own names in the data
// folder and everything in backups, damaged and replaced) to 0600, for folders made by an
// older certplan. Links are left alone; failures only leave a mode as it was.
func privatize(dir string) {
	for _, name := range []string{dbName, dbName + "-wal", dbName + "-shm", dbName + "-journal", lockName, gateName, desktopName, backupLockName, swapName} {
		if info, err := os.Lstat(filepath.Join(dir, name)); err == nil && info.Mode().IsRegular() && info.Mode().Perm()&0o077 != 0 {
			os.Chmod(filepath.Join(dir, name), 0o600)
		}
	}
	for _, sub := range []string{backupsDir, damagedDir, replacedDir} {
		path := filepath.Join(dir, sub)
		if info, err := os.Lstat(path); err == nil && info.IsDir() {
			if info.Mode().Perm() != 0o700 {
				os.Chmod(path, 0o700)
			}
			privatizeFiles(path)
		}
	}
}

// privatizeFiles sets the regular files directly in dir to 0600.
func privatizeFiles(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && info.Mode().Perm()&0o077 != 0 {
			os.Chmod(filepath.Join(dir, e.Name()), 0o600)
		}
	}
}
