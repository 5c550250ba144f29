package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"certplan/planner"
)

// madeLayout is how the desktop shows when a backup was made, in local
// time to the minute: "3 Dec 2026 07:49".
const madeLayout = "2 Jan 2006 15:04"

// confirmRestore asks before restoring the backup p describes, saying what
// it holds and what the data holds now; a restore that would leave fewer
// plans, exam attempts or certifications says so and its button names what
// it replaces; one made before ticks or practice results says how many
// it loses. A file that cannot be restored is refused with its reason.
func (s *settingsScreen) confirmRestore(p planner.BackupRestore) {
	if p.Problem != "" {
		showFittedInfo("This file cannot be restored", restoreRefusal(p, s.data.BackupDir()), s.win)
		return
	}
	title, losing := "Restore this backup?", p.Holds.Lacks(p.Replaces)
	if losing {
		title = "Restore and lose data?"
	}
	c := dialog.NewConfirm(title, restoreQuestion(p), func(ok bool) {
		if ok {
			s.restore(p.Path, losing)
		}
	}, s.win)
	c.SetDismissText("Cancel")
	c.SetConfirmText("Restore")
	if losing {
		c.SetConfirmText(loseButton(p))
	}
	if losing || !p.Since.IsZero() {
		c.SetConfirmImportance(widget.DangerImportance)
	}
	showFitted(c, s.win)
}

// backupName names the backup a restore takes: "the backup made 3 Dec
// 2026 07:49 (daily)" when its name is a backup's, else its path.
func backupName(p planner.BackupRestore) string {
	if p.Kind == "" {
		return p.Path
	}
	return fmt.Sprintf("the backup made %s (%s)", p.Made.Local().Format(madeLayout), p.Kind)
}

// restoreQuestion asks to restore p with what it holds and replaces, and
// what the data would lose.
func restoreQuestion(p planner.BackupRestore) string {
	q := fmt.Sprintf("Restore %s? It holds %s; your data now has %s.", backupName(p), p.Holds.String(), p.Replaces.String())
	if lost := lostKinds(p); len(lost) > 0 {
		q += "\n\nRestoring it loses data: you would have " + joinAnd(lost) + "."
	}
	if !p.Since.IsZero() {
		q += "\n\nSince it was made you recorded " + p.Since.String() + ": restoring it loses them."
	}
	return q + "\n\nThe data it replaces is backed up first."
}

// lostKinds says, for each of plans, exam attempts and certifications the
// backup holds fewer of, how many there would be: "0 plans instead of 2".
func lostKinds(p planner.BackupRestore) []string {
	var out []string
	for _, k := range contentKinds(p) {
		if k.holds < k.now {
			out = append(out, fmt.Sprintf("%s instead of %d", countLabel(k.holds, k.one, k.one+"s"), k.now))
		}
	}
	return out
}

// loseButton is the confirm button of a restore that loses data: "Restore
// and replace 2 plans", naming what the data has of the first kind it
// loses (plans, then exam attempts, then certifications); the question
// names them all, and a button naming all is too wide for a small window.
func loseButton(p planner.BackupRestore) string {
	for _, k := range contentKinds(p) {
		if k.holds < k.now {
			return "Restore and replace " + countLabel(k.now, k.one, k.one+"s")
		}
	}
	return "Restore"
}

// contentKind is one kind of record a restore counts: what the backup
// holds of it and what the data has now.
type contentKind struct {
	one        string
	holds, now int
}

// contentKinds are plans, exam attempts and certifications, as p counts them.
func contentKinds(p planner.BackupRestore) []contentKind {
	return []contentKind{{"plan", p.Holds.Plans, p.Replaces.Plans},
		{"exam attempt", p.Holds.Attempts, p.Replaces.Attempts},
		{"certification", p.Holds.Certifications, p.Replaces.Certifications}}
}

// joinAnd joins parts as a list: "a", "a and b", "a, b and c".
func joinAnd(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// restoreRefusal says why the file p describes cannot be restored.
func restoreRefusal(p planner.BackupRestore, backupDir string) string {
	return fmt.Sprintf("%s is not a good certplan backup: %s. Nothing was restored: pick another backup, such as one in %s.",
		p.Path, p.Problem, backupDir)
}

// restoredText says what a restore restored and what it replaced, as the
// command line does.
func restoredText(r planner.BackupRestore) string {
	return fmt.Sprintf("Restored %s: %s.\n\nIt replaced %s, backed up at %s.",
		backupName(r), r.Holds.String(), r.Replaces.String(), r.SafetyBackup)
}

// importQuestion asks to import the export p describes, with what it holds
// and replaces, what the data would lose, and where the data it replaces
// is backed up first.
func importQuestion(p planner.BackupRestore, backupDir string) string {
	q := fmt.Sprintf("Import %s? It holds %s; your data now has %s.", p.Path, p.Holds.String(), p.Replaces.String())
	if lost := lostKinds(p); len(lost) > 0 {
		q += "\n\nImporting it loses data: you would have " + joinAnd(lost) + "."
	}
	return q + "\n\nAll your data is replaced by it. The data it replaces is backed up first, in " + backupDir + "."
}

// importedText says what an import brought and replaced, and the backup
// of the data it replaced.
func importedText(r planner.BackupRestore) string {
	return fmt.Sprintf("Imported %s: %s.\n\nIt replaced %s, backed up at %s.",
		r.Path, r.Holds.String(), r.Replaces.String(), r.SafetyBackup)
}
