package export

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// names lists a folder's entries, to catch temporary files left behind.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestWriteFileSavesAndLeavesNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.pdf")
	if err := WriteFile(path, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("second")); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "second" {
		t.Errorf("file holds %q (%v), want the second write", got, err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	if n := names(t, dir); !slices.Equal(n, []string{"plan.pdf"}) {
		t.Errorf("folder holds %q, want only plan.pdf", n)
	}
}

func TestWriteFileKeepsTheModeOfTheFileItReplaces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.ics")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the old 0600", fi.Mode().Perm())
	}
}

func TestWriteFileFailsCleanly(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a-file"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "taken", "inside"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, path, hint string }{
		{"missing folder", filepath.Join(dir, "nope", "plan.pdf"), "does not exist"},
		{"parent is a file", filepath.Join(dir, "a-file", "plan.pdf"), "not a folder"},
		{"a folder has the name", filepath.Join(dir, "taken"), "it is a directory; choose a file path"},
		{"path ends in a slash", dir + string(filepath.Separator), "it is a directory; choose a file path"},
	}
	if runtime.GOOS == "linux" {
		// Nobody, root included, may create files in /proc.
		cases = append(cases, struct{ name, path, hint string }{"unwritable folder", "/proc/certplan-plan.pdf", "choose"})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := names(t, dir)
			err := WriteFile(c.path, []byte("data"))
			if err == nil || !strings.Contains(err.Error(), c.hint) || !strings.Contains(err.Error(), c.path) {
				t.Errorf("error %v, want one naming %s and saying %q", err, c.path, c.hint)
			}
			if after := names(t, dir); !slices.Equal(before, after) {
				t.Errorf("folder went from %q to %q, want it untouched", before, after)
			}
			if strings.Contains(err.Error(), ".tmp") {
				t.Errorf("error %q names the temporary file", err)
			}
			if fi, err := os.Stat(c.path); err == nil && !fi.IsDir() {
				t.Errorf("%s exists after a failed save", c.path)
			}
		})
	}
	if n := names(t, filepath.Join(dir, "taken")); !slices.Equal(n, []string{"inside"}) {
		t.Errorf("the folder in the way holds %q, want it untouched", n)
	}
}
