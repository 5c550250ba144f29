package storage

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"certplan/planner"
)

// Contents counts what a copy of the data holds (plans, exam attempts,
// certifications); it is the planner's record, named here too for
// storage's callers.
type Contents = planner.Contents

// BackupInfos lists the backups newest first with what each holds. Each is
// read on a read-only, immutable connection, which writes nothing to the
// file or beside it; a file that cannot be read is listed with its Problem.
func (db *DB) BackupInfos(ctx context.Context) ([]planner.BackupFile, error) {
	all, err := db.Backups()
	if err != nil {
		return nil, err
	}
	out := make([]planner.BackupFile, 0, len(all))
	for _, b := range all {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out = append(out, describe(ctx, b))
	}
	return out, nil
}

// DescribeBackup says what the backup at file holds, or why it cannot be
// restored, as BackupInfos lists it, for a learner to confirm a restore
// of it: its kind and time when its name is a backup's (else Kind is ""),
// and its size. It refuses, as Restore does, a missing file, a folder,
// pipe or device, and certplan's own live files. It writes nothing.
func (db *DB) DescribeBackup(ctx context.Context, file string) (planner.BackupFile, error) {
	if err := db.checkRestoreSource(file); err != nil {
		return planner.BackupFile{Path: file}, err
	}
	b, ok := parseBackupName(filepath.Dir(file), filepath.Base(file))
	if !ok {
		b = Backup{Path: file}
	}
	if info, err := os.Stat(file); err == nil {
		b.Size = info.Size()
	}
	return describe(ctx, b), nil
}

// describe reads what backup b holds, or why it cannot be restored.
func describe(ctx context.Context, b Backup) planner.BackupFile {
	c, problem := readBackup(ctx, b.Path)
	return planner.BackupFile{Path: b.Path, Kind: string(b.Kind), Made: b.Taken, Size: b.Size, Holds: c, Problem: problem}
}

// Contents counts what the data holds now.
func (db *DB) Contents(ctx context.Context) (Contents, error) {
	c, err := readTx(ctx, db, func(tx *dbTx) (Contents, error) { return countContents(ctx, tx) })
	return c, classifyf(err, "count the data")
}

// readBackup counts what the backup at path holds, or says why it cannot
// be restored. It looks at the header before SQLite opens the file at all.
func readBackup(ctx context.Context, path string) (Contents, string) {
	h, err := readHeader(path)
	switch {
	case err != nil:
		return Contents{}, "it cannot be read: " + ErrorMessage(err)
	case h.missing:
		return Contents{}, "it is gone"
	case h.problem != "":
		return Contents{}, h.detail
	case h.version > latestVersion:
		return Contents{}, fmt.Sprintf("it was made by a newer certplan (%s)", newerVersion(h.version))
	}
	conn, err := sql.Open("sqlite3", fileURI(path, url.Values{"mode": {"ro"}, "immutable": {"1"}}))
	if err != nil {
		return Contents{}, "it cannot be read: " + err.Error()
	}
	defer conn.Close()
	return checkAndCount(ctx, conn)
}

// countFile counts what the certplan file at path holds, on a read-only,
// immutable connection, without checking it: for a file checked already.
func countFile(ctx context.Context, path string) (Contents, error) {
	conn, err := sql.Open("sqlite3", fileURI(path, url.Values{"mode": {"ro"}, "immutable": {"1"}}))
	if err != nil {
		return Contents{}, err
	}
	defer conn.Close()
	return countContents(ctx, conn)
}

// checkAndCount checks a backup through conn and counts what it holds.
func checkAndCount(ctx context.Context, conn *sql.DB) (Contents, string) {
	v, problem, detail, err := checkWith(ctx, conn, false)
	switch {
	case err != nil:
		return Contents{}, "it cannot be read: " + ErrorMessage(err)
	case problem != "":
		return Contents{}, "it is damaged: " + detail
	case v == 0:
		return Contents{}, "it holds no certplan data"
	case v > latestVersion:
		return Contents{}, fmt.Sprintf("it was made by a newer certplan (%s)", newerVersion(v))
	}
	c, err := countContents(ctx, conn)
	if err != nil {
		return Contents{}, "it is damaged: " + strings.TrimSpace(err.Error())
	}
	return c, ""
}

// countContents counts plans, attempts and certifications. A file from an
// older certplan may lack a table; it then holds none of those.
func countContents(ctx context.Context, q querier) (Contents, error) {
	tables, err := queryAll(ctx, q, scanValue[string], "SELECT name FROM sqlite_schema WHERE type = 'table'")
	if err != nil {
		return Contents{}, err
	}
	var c Contents
	counted := map[string]*int{"plans": &c.Plans, "attempts": &c.Attempts, "certifications": &c.Certifications}
	for _, t := range tables {
		n, ok := counted[t]
		if !ok {
			continue
		}
		counts, err := queryAll(ctx, q, scanValue[int], "SELECT count(*) FROM "+t)
		if err != nil {
			return c, err
		}
		*n = counts[0]
	}
	return c, nil
}
