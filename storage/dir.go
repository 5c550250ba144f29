package storage

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// The names of the files and folders in the data folder.
const (
	dbName         = "certplan.db"         // the database
	lockName       = "certplan.lock"       // shared by every open session (see owner); says "open" until the last clean close
	gateName       = lockName + "-gate"    // held while a session opens, closes or needs the folder alone
	desktopName    = lockName + "-desktop" // held by the desktop app, one window per folder
	backupLockName = lockName + "-backup"  // held while a backup is made and old ones pruned
	backupsDir     = "backups"             // rotating and manual backups
	damagedDir     = "damaged"             // damaged or foreign files, moved aside byte-for-byte
	replacedDir    = "replaced"            // files a restore or import replaced
)

// DefaultDir returns the data folder used when none is chosen: the
// command line's --data and the desktop app's settings override it.
// $XDG_DATA_HOME/certplan when that is set; otherwise
// ~/.local/share/certplan on Linux and the BSDs, ~/Library/Application
// Support/certplan on macOS and %LocalAppData%\certplan on Windows.
func DefaultDir() (string, error) {
	if x := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, "certplan"), nil
	}
	if l := os.Getenv("LocalAppData"); runtime.GOOS == "windows" && l != "" {
		return filepath.Join(l, "certplan"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", errorf(CodeInvalid, "certplan cannot find your home folder: give a data folder with --data DIR.", err)
	}
	if runtime.GOOS == "darwin" {
		return filepath.Join(home, "Library", "Application Support", "certplan"), nil
	}
	return filepath.Join(home, ".local", "share", "certplan"), nil
}

// syncDir flushes a folder's entries (new, renamed and removed files) to disk.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, fs.ErrInvalid) {
		return err
	}
	return nil
}

// copyFileSynced copies src to dst (created 0600, replaced if present,
// never through a link) and syncs it, so that a rename of dst afterwards is
// durable.
func copyFileSynced(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	if err := os.Remove(dst); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	return writeSynced(out, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// writeSynced fills f with write, syncs it and closes it, whatever fails:
// when it returns nil what write wrote is on disk.
func writeSynced(f *os.File, write func(io.Writer) error) error {
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncFile flushes a file's contents to disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// moveAside renames the database at path, with its -wal and -shm files when
// present, into folder under dir, stamped with now. It returns the new path
// of the database file. Renaming keeps every byte as it was.
func moveAside(path, folder string, now time.Time) (string, error) {
	dst, err := asideName(folder, now)
	if err != nil {
		return "", err
	}
	return dst, moveFiles(path, dst)
}

// asideName makes the private folder and returns a free name in it for a
// file moved aside at now.
func asideName(folder string, now time.Time) (string, error) {
	if err := makeSubdir(folder); err != nil {
		return "", err
	}
	return filepath.Join(folder, uniqueName(folder, "certplan-"+now.UTC().Format("20060102-150405"), ".db")), nil
}

// moveFiles renames the database at path and its companions to dst (and
// dst-wal, ...), makes them private and syncs both folders.
func moveFiles(path, dst string) error {
	for _, suffix := range dbSuffixes {
		if err := renameAside(path+suffix, dst+suffix); err != nil {
			return err
		}
	}
	if err := syncDir(filepath.Dir(dst)); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// renameAside moves one file aside, kept byte for byte and readable by the
// learner only; a file that is not there (or already moved) is skipped.
func renameAside(from, to string) error {
	err := os.Rename(from, to)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("move %s aside: %w", from, err)
	}
	return os.Chmod(to, 0o600)
}

// dbSuffixes are a database file's name and its companions'.
var dbSuffixes = []string{"", "-wal", "-shm", "-journal"}

// uniqueName returns stem+ext, or stem-2+ext and so on, whichever is free in dir.
func uniqueName(dir, stem, ext string) string {
	name := stem + ext
	for i := 2; fileExists(filepath.Join(dir, name)); i++ {
		name = fmt.Sprintf("%s-%d%s", stem, i, ext)
	}
	return name
}

func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// HasData reports whether dir holds certplan's data, so that a command
// that only reads it (plan) can leave a folder without any untouched.
func HasData(dir string) bool { return fileExists(filepath.Join(dir, dbName)) }
