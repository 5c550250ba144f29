package storage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
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
	Path string
	Kind BackupKind
	// Taken is when it was made, to the microsecond. Each backup's stamp is
	// later than every earlier one's, even within one second or when the
	// clock went back, so the newest is always the last made.
	Taken time.Time
	Size  int64
	seq   int // the "-2" of an older certplan's same-second names
}

// backupStamp is the time format in backup file names (UTC); oldStamp is
// the whole-second one of older certplans, still read.
const (
	backupStamp = "20060102-150405.000000"
	oldStamp    = "20060102-150405"
)

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
	if db.readOnly {
		return Backup{}, errorf(CodeReadOnly, msgReadOnlyMode, nil)
	}
	dir := db.BackupDir()
	if err := makeSubdir(dir); err != nil {
		return Backup{}, backupFailed(dir, err)
	}
	// Another certplan on this folder backs up in turn, so the temporary
	// files dropped here are stale and the stamps keep increasing.
	unlock, err := db.lockBackups()
	if err != nil {
		return Backup{}, backupFailed(dir, err)
	}
	defer unlock()
	dropStaleTemps(dir)
	taken, err := nextStamp(dir, db.opts.Now())
	if err != nil {
		return Backup{}, backupFailed(dir, err)
	}
	name := fmt.Sprintf("certplan-%s-%s.db", taken.Format(backupStamp), kind)
	tmp := filepath.Join(dir, "."+name+".tmp")
	defer removeDBFiles(tmp)
	if err := db.writeBackup(ctx, tmp); err != nil {
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
	b := Backup{Path: final, Kind: kind, Taken: taken, Size: info.Size()}
	return b, db.prune(kind)
}

// lockBackups waits for other certplans' backups of this folder to end and
// keeps theirs waiting until the returned func is called.
func (db *DB) lockBackups() (func(), error) {
	f, err := openLock(db.dir, backupLockName, os.O_CREATE|os.O_RDWR)
	if err != nil {
		return nil, err
	}
	if err := waitLock(f, db.opts.BusyTimeout); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}

// writeBackup writes a verified, synced copy to tmp, created private first
// (VACUUM INTO fills an empty file and keeps its mode).
func (db *DB) writeBackup(ctx context.Context, tmp string) error {
	if err := createPrivate(tmp); err != nil {
		return err
	}
	if err := db.vacuumInto(ctx, tmp); err != nil {
		return err
	}
	return sealBackup(ctx, tmp)
}

// nextStamp returns now to the microsecond, or just after the newest
// backup's stamp when that is not earlier: stamps strictly increase.
func nextStamp(dir string, now time.Time) (time.Time, error) {
	t := now.UTC().Truncate(time.Microsecond)
	all, err := listBackups(dir)
	if err != nil {
		return t, err
	}
	if len(all) > 0 && !t.After(all[0].Taken) {
		t = all[0].Taken.Add(time.Microsecond)
	}
	return t, nil
}

// dropStaleTemps removes temporary files a kill in the middle of a backup
// left behind, so they never block a later backup.
func dropStaleTemps(dir string) {
	stale, _ := filepath.Glob(filepath.Join(dir, ".certplan-*.tmp*"))
	for _, f := range stale {
		os.Remove(f)
	}
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
	if info, err := os.Lstat(dir); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		return nil, unsafeLink(dir)
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, classify(err)
	}
	var out []Backup
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		if b, ok := parseBackupName(dir, e.Name()); ok {
			if info, err := e.Info(); err == nil {
				b.Size = info.Size()
			}
			out = append(out, b)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Taken.Equal(out[j].Taken) {
			return out[i].Taken.After(out[j].Taken)
		}
		return out[i].seq > out[j].seq
	})
	return out, nil
}

// parseBackupName reads "certplan-20260301-101500.123456-daily.db", or an
// older certplan's "certplan-20260301-101500-daily.db" (or "-daily-2.db").
func parseBackupName(dir, name string) (Backup, bool) {
	rest, ok := strings.CutPrefix(name, "certplan-")
	if !ok || !strings.HasSuffix(rest, ".db") {
		return Backup{}, false
	}
	layout := oldStamp
	if len(rest) > len(oldStamp) && rest[len(oldStamp)] == '.' {
		layout = backupStamp
	}
	if len(rest) < len(layout)+2 {
		return Backup{}, false
	}
	taken, err := time.Parse(layout, rest[:len(layout)])
	if err != nil {
		return Backup{}, false
	}
	b := Backup{Path: filepath.Join(dir, name), Taken: taken}
	kind := strings.TrimSuffix(rest[len(layout)+1:], ".db")
	if i := strings.LastIndexByte(kind, '-'); i > 0 && strings.Trim(kind[i+1:], "0123456789") == "" {
		b.seq, _ = strconv.Atoi(kind[i+1:])
		kind = kind[:i]
	}
	b.Kind = BackupKind(kind)
	return b, true
}

// prune keeps the newest KeepBackups backups of a kind and removes
// temporary files a crash in the middle of a backup left behind.
func (db *DB) prune(kind BackupKind) error {
	dropStaleTemps(db.BackupDir())
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
