package storage

import (
	"errors"
	"strings"
	"testing"
)

// TestRestoreOfANewerBackupSaysToUpdate: a backup a newer certplan made is
// refused as the learner's choice of file (ErrNotABackup), in a sentence
// that names it and says to update certplan, and nothing changes.
func TestRestoreOfANewerBackupSaysToUpdate(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	b := MustBackup(t, db)
	raw := rawDB(t, b.Path)
	if _, err := raw.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	before := fileSum(t, db.Path())
	_, err := db.Restore(ctx, b.Path)
	wantCode(t, err, CodeNewerVersion)
	if !errors.Is(err, ErrNotABackup) {
		t.Errorf("restore of a newer backup: %v is not ErrNotABackup", err)
	}
	msg := ErrorMessage(err)
	for _, want := range []string{b.Path + " was made by a newer certplan (data version 99;", "update certplan to restore it"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	if _, err := db.Plan(ctx, p.ID); err != nil || fileSum(t, db.Path()) != before {
		t.Fatalf("a refused restore changed the data: %v", err)
	}
}
