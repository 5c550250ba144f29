//go:build unix

package exporttest

import (
	"maps"
	"os"
	"path/filepath"
	"testing"
)

// TestMakeNotFilesMakesEachKind: Kinds names the device, the pipe and the
// folder, each is on disk what Kinds calls it, and the pipe and the folder
// are in Dir.
func TestMakeNotFilesMakesEachKind(t *testing.T) {
	n := MakeNotFiles(t)
	want := map[string]string{os.DevNull: "a device", n.Pipe: "a named pipe", n.Folder: "a directory"}
	if got := n.Kinds(); !maps.Equal(got, want) {
		t.Errorf("Kinds() = %v, want %v", got, want)
	}
	modes := map[string]os.FileMode{"a device": os.ModeDevice, "a named pipe": os.ModeNamedPipe, "a directory": os.ModeDir}
	for path, kind := range want {
		if fi, err := os.Lstat(path); err != nil || fi.Mode().Type()&modes[kind] == 0 {
			t.Errorf("%s is %v (%v), want %s", path, fi, err, kind)
		}
	}
	for _, path := range []string{n.Pipe, n.Folder} {
		if filepath.Dir(path) != n.Dir {
			t.Errorf("%s is not in Dir %s", path, n.Dir)
		}
	}
}
