package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"certplan/ui/export/exporttest"
)

// TestWriteFileRefusesWhatIsNotAFile: a device, a named pipe and a folder
// at the path (or at the end of a link) are refused with one line naming
// what is there, and are still there afterwards, unchanged in kind.
func TestWriteFileRefusesWhatIsNotAFile(t *testing.T) {
	n := exporttest.MakeNotFiles(t)
	toPipe := filepath.Join(n.Dir, "to-pipe")
	if err := os.Symlink(n.Pipe, toPipe); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, path, kind string }{
		{"a device", n.Device, "a device"},
		{"a named pipe", n.Pipe, "a named pipe"},
		{"a link to a named pipe", toPipe, "a named pipe"},
		{"a directory", n.Folder, "a directory"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before, _ := os.Lstat(c.path)
			for _, write := range []func(string, []byte) error{WriteFile, WritePrivateFile} {
				err := write(c.path, []byte("data"))
				want := "save " + c.path + ": it is " + c.kind + "; choose a file path"
				if err == nil || err.Error() != want {
					t.Errorf("error %v, want %q", err, want)
				}
			}
			after, err := os.Lstat(c.path)
			if err != nil || after.Mode().Type() != before.Mode().Type() {
				t.Errorf("%s is now %v (%v), want it left a %v", c.path, after, err, before.Mode().Type())
			}
		})
	}
}

// TestWriteFileWritesThroughALink: a save to a symbolic link replaces its
// target's content and keeps the target's mode, and the link stays a link;
// a link to a file not there yet creates that file.
func TestWriteFileWritesThroughALink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.ics")
	if err := os.WriteFile(target, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "sub", "plan.ics")
	os.Mkdir(filepath.Dir(link), 0o755)
	if err := os.Symlink("../real.ics", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("target holds %q, want the new content", got)
	}
	if err := exporttest.CheckSavedThroughLink(link, target, 0o640); err != nil {
		t.Error(err)
	}
	if n := names(t, filepath.Dir(link)); len(n) != 1 {
		t.Errorf("the link's folder holds %q, want only the link", n)
	}
	dangling := filepath.Join(dir, "later.csv")
	if err := os.Symlink(filepath.Join(dir, "made.csv"), dangling); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(dangling, []byte("made")); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(filepath.Join(dir, "made.csv")); err != nil || string(got) != "made" {
		t.Errorf("a dangling link's target holds %q (%v), want it created", got, err)
	}
}

// TestWritePrivateFileIsTheOwnersOnly: a data export is 0600, new or
// replacing a file everyone could read.
func TestWritePrivateFileIsTheOwnersOnly(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.json")
	if err := os.WriteFile(old, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{old, filepath.Join(dir, "new.json")} {
		if err := WritePrivateFile(path, []byte("{}")); err != nil {
			t.Fatal(err)
		}
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", path, fi.Mode().Perm())
		}
	}
}

// TestSameTarget: two names of one file, through a link, a relative path
// or a hard link, are one target; two files are two.
func TestSameTarget(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile("a.csv", nil, 0o644)
	os.Symlink("a.csv", "link.csv")
	os.Link("a.csv", "hard.csv")
	cases := []struct {
		a, b string
		want bool
	}{
		{"a.csv", filepath.Join(dir, "a.csv"), true},
		{"a.csv", "link.csv", true},
		{"hard.csv", "a.csv", true},
		{"new.ics", "./new.ics", true},
		{"a.csv", "b.csv", false},
	}
	for _, c := range cases {
		if got := SameTarget(c.a, c.b); got != c.want {
			t.Errorf("SameTarget(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if err := WriteFile(strings.Repeat("x", 1), nil); err != nil {
		t.Errorf("a plain relative name: %v", err)
	}
}
