package storage

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// applicationID marks a SQLite file as certplan's ("CPLN").
const applicationID = 0x43504c4e

// migration is one embedded schema step; version is the user_version it leaves.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded steps in order, numbered from 1 up.
// Numbers are reserved per change while several are made side by side, so
// a step may follow a gap (0005 before 0003 and 0004 arrive); a file
// takes the steps in order, each from the one before it.
func migrations() []migration {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		panic(err)
	}
	var out []migration
	for _, e := range entries {
		num, _, _ := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			panic("migration without a number: " + e.Name())
		}
		b, _ := migrationFiles.ReadFile("migrations/" + e.Name())
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if (i == 0 && m.version != 1) || (i > 0 && m.version <= out[i-1].version) {
			panic("migrations are not numbered 1, 2, 3...: " + m.name)
		}
	}
	return out
}

// latestVersion is the schema version this certplan writes.
var latestVersion = lastVersion(migrations())

// lastVersion is the version the last step leaves.
func lastVersion(ms []migration) int { return ms[len(ms)-1].version }

// SchemaVersion returns the schema version this certplan writes (PRAGMA
// user_version); files with a higher one come from a newer certplan.
func SchemaVersion() int { return latestVersion }

// userVersion reads PRAGMA user_version.
func userVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// migrate applies the steps after the file's version up to and including
// upTo, each in its own transaction together with its user_version.
func migrate(ctx context.Context, db *sql.DB, upTo int) error {
	prev := 0
	for _, m := range migrations() {
		if m.version > upTo {
			break
		}
		err := applyMigration(ctx, db, m, prev)
		prev = m.version
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// applyMigration runs one step unless the file already has it; the file
// must be at prev, the step before it.
func applyMigration(ctx context.Context, db *sql.DB, m migration, prev int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	v, err := userVersion(ctx, tx)
	if err != nil || v >= m.version {
		return err
	}
	if v != prev {
		return fmt.Errorf("schema version %d cannot take step %d", v, m.version)
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if m.version == 1 {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}
