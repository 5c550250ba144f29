package storage

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// BackupKind says why a backup was made; each kind keeps its own bounded set.
type BackupKind string

// The kinds of backup.
const (
	BackupDaily   BackupKind = "daily"          // automatic, while certplan is in use
	BackupManual  BackupKind = "manual"         // the learner asked for it
	BackupUpgrade BackupKind = "before-upgrade" // before a schema migration
	BackupRestore BackupKind = "before-restore" // the data a restore replaced
	BackupImport  BackupKind = "before-import"  // the data an import replaced
)

// Backup is one verified copy of the data in the backups folder.
type Backup struct {
	Path  string
	Kind  BackupKind
	Taken time.Time
	Size  int64
}

// backupStamp is the time format in backup file names (UTC).
const backupStamp = "20060102-150405"

// Backup makes a verified manual backup now.
func (db *DB) Backup(ctx context.Context) (Backup, error) { return db.backup(ctx, BackupManual) }

// LastBackupError returns the error of the latest automatic backup, or nil
// when it succeeded (or none has run).
func (db *DB) LastBackupError() error {
	db.backupMu.Lock()
	defer db.backupMu.Unlock()
	return db.lastBackup
}

// Backups lists the backups in the backups folder, newest first.
func (db *DB) Backups() ([]Backup, error) { return listBackups(db.BackupDir()) }

// backup copies the database with VACUUM INTO to a temporary file, syncs
// and verifies it, renames it into the backups folder and prunes old ones.
func (db *DB) backup(ctx context.Context, kind BackupKind) (Backup, error) {
	db.backupMu.Lock()
	defer db.backupMu.Unlock()
	dir := db.BackupDir()
	if err := makeDir(dir); err != nil {
		return Backup{}, backupFailed(dir, err)
	}
	now := db.opts.Now().UTC()
	name := uniqueName(dir, fmt.Sprintf("certplan-%s-%s", now.Format(backupStamp), kind), ".db")
	tmp := filepath.Join(dir, "."+name+".tmp")
	defer removeDBFiles(tmp)
	if err := db.vacuumInto(ctx, tmp); err != nil {
		return Backup{}, backupFailed(dir, err)
	}
	if err := sealBackup(ctx, tmp); err != nil {
		return Backup{}, backupFailed(dir, err)
	}
	final := filepath.Join(dir, name)
	if err := os.Rename(tmp, final); err != nil {
		return Backup{}, backupFailed(dir, err)
	}
	if err := syncDir(dir); err != nil {
		return Backup{}, backupFailed(dir, err)
	}
	info, _ := os.Stat(final)
	b := Backup{Path: final, Kind: kind, Taken: now.Truncate(time.Second), Size: info.Size()}
	return b, db.prune(kind)
}

// vacuumInto writes a compact copy of the database to path.
func (db *DB) vacuumInto(ctx context.Context, path string) error {
	db.mu.RLock()
	defer db.mu.RUnlock()
	if db.rw == nil {
		return errorf(CodeClosed, msgClosed, nil)
	}
	_, err := db.rw.ExecContext(ctx, "VACUUM INTO ?", path)
	return err
}

// backupFailed says a backup into dir failed; the data itself is untouched.
func backupFailed(dir string, err error) error {
	err = classify(err)
	msg := fmt.Sprintf("The backup could not be made in %s: check that the folder can be written; your data itself is intact.", dir)
	if ErrorCode(err) == CodeDiskFull {
		msg = "The backup could not be made because the disk is full: free some space; your data itself is intact."
	}
	return errorf(ErrorCode(err), msg, err)
}

// sealBackup checks a fresh copy (VACUUM INTO writes a self-contained
// rollback-journal file) and syncs it to disk.
func sealBackup(ctx context.Context, path string) error {
	if _, err := verifyFile(ctx, path); err != nil {
		return err
	}
	return syncFile(path)
}

// verifyFile checks that path is a healthy certplan database this certplan
// can read, without writing to it, and returns its schema version.
func verifyFile(ctx context.Context, path string) (int, error) {
	h, err := readHeader(path)
	switch {
	case err != nil:
		return 0, err
	case h.missing:
		return 0, errorf(CodeNotFound, fmt.Sprintf("There is no file %s.", path), nil)
	case h.problem != "":
		return 0, errorf(CodeDamaged, fmt.Sprintf("%s is not a certplan backup: %s.", path, h.detail), nil)
	case h.version > latestVersion:
		return 0, newerError(h.version)
	}
	v, problem, detail, err := checkFile(ctx, path, false)
	switch {
	case err != nil:
		return 0, err
	case problem != "":
		return 0, errorf(CodeDamaged, fmt.Sprintf("%s is not a good certplan backup: %s.", path, detail), nil)
	case v > latestVersion:
		return 0, newerError(v)
	case v == 0:
		return 0, errorf(CodeDamaged, fmt.Sprintf("%s is not a certplan backup: it holds no certplan data.", path), nil)
	}
	return v, nil
}

// listBackups reads the backups folder, newest first; other files are ignored.
func listBackups(dir string) ([]Backup, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, classify(err)
	}
	var out []Backup
	for _, e := range entries {
		if b, ok := parseBackupName(dir, e.Name()); ok {
			if info, err := e.Info(); err == nil {
				b.Size = info.Size()
			}
			out = append(out, b)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Taken.After(out[j].Taken) })
	return out, nil
}

// parseBackupName reads "certplan-20260301-101500-daily.db" (or "-daily-2.db").
func parseBackupName(dir, name string) (Backup, bool) {
	rest, ok := strings.CutPrefix(name, "certplan-")
	if !ok || !strings.HasSuffix(rest, ".db") || len(rest) < len(backupStamp)+2 {
		return Backup{}, false
	}
	taken, err := time.Parse(backupStamp, rest[:len(backupStamp)])
	if err != nil {
		return Backup{}, false
	}
	kind := strings.TrimSuffix(rest[len(backupStamp)+1:], ".db")
	if i := strings.LastIndexByte(kind, '-'); i > 0 && strings.Trim(kind[i+1:], "0123456789") == "" {
		kind = kind[:i]
	}
	return Backup{Path: filepath.Join(dir, name), Kind: BackupKind(kind), Taken: taken}, true
}

// prune keeps the newest KeepBackups backups of a kind and removes
// temporary files a crash in the middle of a backup left behind.
func (db *DB) prune(kind BackupKind) error {
	stale, _ := filepath.Glob(filepath.Join(db.BackupDir(), ".certplan-*.tmp*"))
	for _, f := range stale {
		os.Remove(f)
	}
	all, err := listBackups(db.BackupDir())
	if err != nil {
		return err
	}
	kept := 0
	for _, b := range all {
		if b.Kind != kind {
			continue
		}
		if kept++; kept > db.opts.KeepBackups {
			if err := os.Remove(b.Path); err != nil {
				return classify(err)
			}
		}
	}
	return nil
}

// newestGoodBackup returns the newest backup that verifies.
func (db *DB) newestGoodBackup(ctx context.Context) (Backup, bool) {
	all, _ := listBackups(db.BackupDir())
	for _, b := range all {
		if _, err := verifyFile(ctx, b.Path); err == nil {
			return b, true
		}
	}
	return Backup{}, false
}
