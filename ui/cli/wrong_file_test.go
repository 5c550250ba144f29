package cli

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRestoreOfANonBackupIsBadInput: restoring a text file, an export or
// a PDF is the learner's wrong choice of file: one line, exit 2, and the
// data stays as it was.
func TestRestoreOfANonBackupIsBadInput(t *testing.T) {
	dir := newSavedPlan(t)
	files := map[string]string{"notes.txt": "hello", "x.db": `{"format":"certplan-data","version":1}`,
		"y.db": "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"}
	for name, body := range files {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			wantBadInput(t, storeRun(t, dir, "restore", file), "is not a certplan backup")
		})
	}
	if out := mustStore(t, dir, "plans"); !strings.Contains(out, "Architect") {
		t.Fatal("a refused restore changed the data")
	}
}

// TestDataThatIsAFileIsBadInput: --data naming a file is refused in one
// line that says to give a folder, and the file is left alone.
func TestDataThatIsAFileIsBadInput(t *testing.T) {
	file := filepath.Join(t.TempDir(), "afile")
	if err := os.WriteFile(file, []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"plans"}, {"new", "--cert", "SAA-C03"}} {
		wantBadInput(t, storeRun(t, file, args...), file+" is a file, not a folder: give a folder")
	}
	if b, _ := os.ReadFile(file); string(b) != "mine" {
		t.Fatalf("the file now holds %q", b)
	}
}

// TestRestoreOfANewerBackupIsBadInput: a backup a newer certplan made is a
// file this one cannot read: one line, exit 2, saying to update certplan,
// and the data stays as it was.
func TestRestoreOfANewerBackupIsBadInput(t *testing.T) {
	dir := newSavedPlan(t)
	backup := strings.TrimSpace(strings.TrimPrefix(mustStore(t, dir, "backup"), "Backed up and verified: "))
	b, err := os.ReadFile(backup)
	if err != nil {
		t.Fatal(err)
	}
	binary.BigEndian.PutUint32(b[60:64], 99) // SQLite's user_version: certplan's data version
	newer := filepath.Join(t.TempDir(), "newer.db")
	if err := os.WriteFile(newer, b, 0o600); err != nil {
		t.Fatal(err)
	}
	wantBadInput(t, storeRun(t, dir, "restore", newer), "was made by a newer certplan (data version 99;")
	if r := storeRun(t, dir, "restore", newer); !strings.Contains(r.stderr, "update certplan to restore it") {
		t.Errorf("restore of a newer backup said %q", r.stderr)
	}
	if out := mustStore(t, dir, "plans"); !strings.Contains(out, "Architect") {
		t.Fatal("a refused restore changed the data")
	}
}
