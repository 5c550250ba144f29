package planner

import (
	"fmt"
	"strings"
	"time"
)

// Contents counts what a copy of the learner's data holds, so a learner
// can tell backups apart and see what a restore would replace. Storage
// counts it; the desktop and the command line say it.
type Contents struct {
	Plans          int `json:"plans"`          // saved plans, archived ones too
	Attempts       int `json:"exam_attempts"`  // exam attempts
	Certifications int `json:"certifications"` // held certifications
}

// String says what c holds as every place says it: "2 plans, 1 exam
// attempt, 0 certifications".
func (c Contents) String() string {
	return fmt.Sprintf("%s, %s, %s", countOf(c.Plans, "plan"), countOf(c.Attempts, "exam attempt"),
		countOf(c.Certifications, "certification"))
}

// countOf is n and the noun, plural unless n is 1.
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Lacks reports whether c holds fewer plans, exam attempts or
// certifications than current: restoring c over current would lose them.
func (c Contents) Lacks(current Contents) bool {
	return c.Plans < current.Plans || c.Attempts < current.Attempts || c.Certifications < current.Certifications
}

// BackupFile is one copy of the learner's data, in the backups folder or
// chosen to restore: where it is, which backup it is, and what it holds or
// why it cannot be restored. Storage reads it; the desktop and the command
// line say it (backups --json writes it as it is).
type BackupFile struct {
	Path string `json:"path"`
	// Kind ("daily", "manual", …) and Made say which backup Path is, when
	// its name is a backup's; Kind is empty for a file named otherwise.
	Kind string    `json:"kind"`
	Made time.Time `json:"made"`
	Size int64     `json:"size"`
	// Holds is what the file holds, counted only when Problem is empty.
	Holds Contents `json:"holds"`
	// Problem says why the file cannot be restored (damaged, another
	// program's file, made by a newer certplan); empty for a good backup.
	Problem string `json:"problem,omitempty"`
}

// BackupRestore is a restore of one backup file, as the learner confirms
// it and as it was done: the file with what it holds, what the data holds
// (Replaces), both counted before anything changes, and once restored
// where the data it replaced went.
type BackupRestore struct {
	BackupFile
	Replaces Contents
	// SafetyBackup is, once restored, the verified backup of the data it
	// replaced, and MovedAside where the replaced file itself was moved.
	SafetyBackup, MovedAside string
	// MigratedFrom is the schema version the restored file was upgraded
	// from; 0 when it was current.
	MigratedFrom int
	// Since is the work recorded after the backup was made, which
	// restoring it loses even when it holds as many plans; zero when
	// Made is not known.
	Since WorkSince
}

// WorkSince counts the learner's work recorded after a moment (a
// backup's): topics ticked and practice results logged.
type WorkSince struct {
	Ticks  int `json:"ticks"`
	Scores int `json:"practice_results"`
}

// IsZero reports whether no work was recorded.
func (w WorkSince) IsZero() bool { return w == WorkSince{} }

// String says what w counts as every place says it: "3 ticks and 1
// practice result"; "" when nothing.
func (w WorkSince) String() string {
	var parts []string
	if w.Ticks > 0 {
		parts = append(parts, countOf(w.Ticks, "tick"))
	}
	if w.Scores > 0 {
		parts = append(parts, countOf(w.Scores, "practice result"))
	}
	return strings.Join(parts, " and ")
}
