package storage

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
)

// Problem is what was wrong with a data file that certplan moved aside.
type Problem string

// The problems a data file can have.
const (
	ProblemEmpty   Problem = "empty"   // zero bytes long
	ProblemForeign Problem = "foreign" // not a certplan database (another program's file, text)
	ProblemDamaged Problem = "damaged" // a certplan database that fails its checks
	ProblemMissing Problem = "missing" // no data file, though backups (or its -wal, -shm) were there
	// ProblemInterrupted is a restore that a kill interrupted and the next start finished.
	ProblemInterrupted Problem = "interrupted-restore"
)

// header is what the first 100 bytes of a file say about it.
type header struct {
	missing bool
	problem Problem
	detail  string
	version int  // PRAGMA user_version
	wal     bool // the file is in WAL mode
}

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// readHeader looks at a data file without opening it with SQLite, so that
// nothing is written to a file certplan will refuse or move aside.
func readHeader(path string) (header, error) {
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return header{problem: ProblemForeign, detail: "it is not a regular file"}, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return header{missing: true}, nil
	}
	if err != nil {
		return header{}, classify(err)
	}
	defer f.Close()
	buf := make([]byte, 100)
	n, err := io.ReadFull(f, buf)
	switch {
	case n == 0 && (err == io.EOF):
		return header{problem: ProblemEmpty, detail: "the file is empty (zero bytes)"}, nil
	case errors.Is(err, io.ErrUnexpectedEOF) || string(buf[:16]) != sqliteMagic:
		return header{problem: ProblemForeign, detail: "the file is not a SQLite database"}, nil
	case err != nil:
		return header{}, classify(err)
	}
	h := header{version: int(binary.BigEndian.Uint32(buf[60:64])), wal: buf[18] == 2}
	if app := binary.BigEndian.Uint32(buf[68:72]); app != 0 && app != applicationID {
		h.problem, h.detail = ProblemForeign, fmt.Sprintf("the file is another program's SQLite database (application id %#x)", app)
	}
	return h, nil
}

// checkFile checks the database at path on its own read-only connection,
// which never writes to the file, and returns its schema version and the
// problem found, if any.
func checkFile(ctx context.Context, path string, thorough bool) (int, Problem, string, error) {
	conn, err := openReaders(path, 5*time.Second)
	if err != nil {
		return 0, "", "", classify(err)
	}
	defer conn.Close()
	return checkWith(ctx, conn, thorough)
}

// checkWith checks a database through a reader and returns its schema
// version and the problem found, if any.
func checkWith(ctx context.Context, conn *sql.DB, thorough bool) (int, Problem, string, error) {
	problem, detail, err := checkDB(ctx, conn, thorough)
	if err != nil || problem != "" {
		return 0, problem, detail, classify(err)
	}
	v, err := userVersion(ctx, conn)
	return v, "", "", classify(err)
}

// checkDB runs quick_check, or the full integrity_check when thorough, and
// checks the file is certplan's. It returns the problem found, if any.
func checkDB(ctx context.Context, db *sql.DB, thorough bool) (Problem, string, error) {
	pragma := "PRAGMA quick_check"
	if thorough {
		pragma = "PRAGMA integrity_check"
	}
	msgs, err := checkRows(ctx, db, pragma)
	if err != nil {
		if ErrorCode(classify(err)) == CodeDamaged {
			return ProblemDamaged, err.Error(), nil
		}
		return "", "", err
	}
	if len(msgs) != 1 || msgs[0] != "ok" {
		return ProblemDamaged, strings.Join(msgs, "; "), nil
	}
	return identify(ctx, db)
}

// checkRows returns the messages of a check pragma.
func checkRows(ctx context.Context, db *sql.DB, pragma string) ([]string, error) {
	return queryAll(ctx, db, scanValue[string], pragma)
}

// identify tells certplan's databases (or empty ones) from other programs'.
func identify(ctx context.Context, db *sql.DB) (Problem, string, error) {
	var app, tables int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		return "", "", err
	}
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return "", "", err
	}
	if app != applicationID && tables > 0 {
		return ProblemForeign, "the file is another program's SQLite database", nil
	}
	return "", "", nil
}
