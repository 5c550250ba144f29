//go:build unix

package exporttest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckSavedThroughLinkSaysEachBreak: a link to a 0640 file passes; a
// link replaced by a file, a target of another mode and a target gone
// each fail with one line saying what is wrong.
func TestCheckSavedThroughLinkSaysEachBreak(t *testing.T) {
	cases := []struct {
		name  string
		spoil func(link, target string) error
		want  string // what the one line says; "" for none
	}{
		{"a kept link", func(string, string) error { return nil }, ""},
		{"a link made a file", func(link, _ string) error {
			if err := os.Remove(link); err != nil {
				return err
			}
			return os.WriteFile(link, nil, 0o640)
		}, "want a link still"},
		{"a target of another mode", func(_, target string) error { return os.Chmod(target, 0o600) },
			"mode -rw-------, want -rw-r-----"},
		{"a target gone", func(_, target string) error { return os.Remove(target) }, "the link's target: "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			target, link := filepath.Join(dir, "real.csv"), filepath.Join(dir, "plan.csv")
			if err := os.WriteFile(target, []byte("new"), 0o640); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(target, link); err != nil {
				t.Fatal(err)
			}
			if err := c.spoil(link, target); err != nil {
				t.Fatal(err)
			}
			err := CheckSavedThroughLink(link, target, 0o640)
			switch {
			case c.want == "" && err != nil:
				t.Errorf("a kept link: %v, want nil", err)
			case c.want != "" && (err == nil || strings.Count(err.Error(), "\n") != 0 || !strings.Contains(err.Error(), c.want)):
				t.Errorf("got %v, want one line saying %q", err, c.want)
			}
		})
	}
}
