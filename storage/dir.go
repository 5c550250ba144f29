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
	dbName      = "certplan.db"   // the database
	lockName    = "certplan.lock" // held (flock) by the owning process; says "open" until a clean close
	backupsDir  = "backups"       // rotating and manual backups
	damagedDir  = "damaged"       // damaged or foreign files, moved aside byte-for-byte
	replacedDir = "replaced"      // files a restore or import replaced
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

// makeDir creates a private folder (0700) and its parents.
func makeDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return errorf(CodeReadOnly, fmt.Sprintf("certplan cannot create its data folder %s: choose another with --data DIR or fix its permissions.", dir), err)
	}
	return nil
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

// copyFileSynced copies src to dst (created 0600, replaced if present) and
// syncs it, so that a rename of dst afterwards is durable.
func copyFileSynced(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
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
	if err := makeDir(folder); err != nil {
		return "", err
	}
	base := uniqueName(folder, "certplan-"+now.UTC().Format("20060102-150405"), ".db")
	dst := filepath.Join(folder, base)
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		err := os.Rename(path+suffix, dst+suffix)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("move %s aside: %w", path+suffix, err)
		}
	}
	if err := syncDir(folder); err != nil {
		return "", err
	}
	return dst, syncDir(filepath.Dir(path))
}

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
