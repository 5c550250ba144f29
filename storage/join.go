package storage

import (
	"context"
	"fmt"
	"path/filepath"
)

// Sessions share the data folder: the desktop app and the command line
// (or two commands) use the data at once, as SQLite's WAL mode allows. The
// session that opens the folder alone does what changes the file under
// everyone (finishing a restore, restoring a backup over damage, rolling
// back a hot journal, upgrading the schema); a session that joins others
// only checks the file they already use, and refuses, with one sentence,
// what would need the folder alone.

// join opens data that other sessions have open. It writes nothing but
// the open mark (in case the others only read).
func (db *DB) join(ctx context.Context) error {
	h, err := readKnownHeader(db.path)
	switch {
	case err != nil:
		return err
	case fileExists(filepath.Join(db.dir, swapName)):
		return notAlone("a restore that was stopped must be finished first")
	case h.missing:
		return notAlone("its data file is missing and must be restored from a backup")
	case h.problem != "":
		return notAlone("its data file must be repaired first")
	case fileExists(db.path + "-journal"):
		return notAlone("an unfinished change to its data file must be undone first")
	}
	if err := db.own.markOpen(); err != nil {
		return err
	}
	version, problem, _, err := db.attach(ctx, false)
	switch {
	case err != nil:
		return err
	case problem != "":
		return notAlone("its data file must be repaired first")
	case version > latestVersion:
		return newerError(version)
	case version < latestVersion:
		return notAlone("its data must first be upgraded for this certplan")
	}
	return nil
}

// notAlone refuses a step that needs the folder alone, saying why (what).
func notAlone(what string) error {
	return errorf(CodeAlreadyOpen, fmt.Sprintf(msgNotAlone, what), nil)
}
