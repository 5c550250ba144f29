package cli

import (
	"context"
	"fmt"
	"io"
	"time"

	"certplan/planner"
	"certplan/storage"
)

// madeLayout is how a backup's time is shown: local time, to the minute.
const madeLayout = "2006-01-02 15:04"

// runBackups lists the backups newest first with what each holds.
func runBackups(e *env, c *command, args []string) error {
	return listing[backupList]{
		fetch: func(db *storage.DB, ctx context.Context) (backupList, error) {
			all, err := db.BackupInfos(ctx)
			return backupList{dir: db.BackupDir(), all: all, loc: e.now().Location()}, err
		},
		text:     writeBackups,
		json:     func(l backupList) any { return shownBackups(l) },
		jsonHelp: "print the backups as JSON"}.run(e, c, args)
}

// backupList is the backups folder and what is in it, with the time zone
// to show their times in.
type backupList struct {
	dir string
	all []planner.BackupFile
	loc *time.Location
}

func writeBackups(w io.Writer, l backupList) error {
	if len(l.all) == 0 {
		_, err := fmt.Fprintf(w, "No backups yet in %s: certplan makes a daily one while you use it, and certplan backup makes one now.\n", l.dir)
		return err
	}
	fmt.Fprintf(w, "Backups in %s, newest first:\n", l.dir)
	for _, b := range l.all {
		holds := b.Holds.String()
		if b.Problem != "" {
			holds = "cannot be restored: " + oneLine(b.Problem)
		}
		fmt.Fprintf(w, "  %s  %s %s\n      %s\n", b.Made.In(l.loc).Format(madeLayout), column(string(b.Kind), 15), holds, b.Path)
	}
	_, err := fmt.Fprintln(w, "Restore one with certplan restore FILE; the data it replaces is backed up first.")
	return err
}

// shownBackup is a backup in backups --json: the record as it is, in the
// local time, with no "holds" when it cannot be restored.
type shownBackup struct {
	planner.BackupFile
	Holds *planner.Contents `json:"holds,omitempty"` // absent when it cannot be restored
}

func shownBackups(l backupList) []shownBackup {
	out := []shownBackup{}
	for _, b := range l.all {
		b.Made = b.Made.In(l.loc)
		s := shownBackup{BackupFile: b}
		if b.Problem == "" {
			s.Holds = &b.Holds
		}
		out = append(out, s)
	}
	return out
}
