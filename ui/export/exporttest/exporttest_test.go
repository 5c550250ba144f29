//go:build unix

package exporttest

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMakeNotFilesMakesEachKind: the device, the pipe and the folder are
// what their names say, the pipe and the folder in Dir, and Kinds names
// each of the three once.
func TestMakeNotFilesMakesEachKind(t *testing.T) {
	n := MakeNotFiles(t)
	cases := []struct {
		name, path string
		want       os.FileMode
	}{
		{"device", n.Device, os.ModeDevice},
		{"pipe", n.Pipe, os.ModeNamedPipe},
		{"folder", n.Folder, os.ModeDir},
	}
	for _, c := range cases {
		fi, err := os.Lstat(c.path)
		if err != nil || fi.Mode().Type()&c.want == 0 {
			t.Errorf("%s %s is %v (%v), want mode type %v", c.name, c.path, fi, err, c.want)
		}
	}
	for _, p := range []string{n.Pipe, n.Folder} {
		if filepath.Dir(p) != n.Dir {
			t.Errorf("%s is not in Dir %s", p, n.Dir)
		}
	}
	want := map[string]string{os.DevNull: "a device", n.Pipe: "a named pipe", n.Folder: "a directory"}
	got := n.Kinds()
	if len(got) != len(want) {
		t.Errorf("Kinds() = %v, want %v", got, want)
	}
	for path, kind := range want {
		if got[path] != kind {
			t.Errorf("Kinds()[%s] = %q, want %q", path, got[path], kind)
		}
	}
}
