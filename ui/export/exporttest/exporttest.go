//go:build unix

// Package exporttest sets up, for the tests of ui/export and of the layers
// that save through it (ui/cli, ui), the things at an output path that are
// not files: a device, a named pipe and a directory, which every save must
// refuse in one line naming what is there; and it checks that a save
// through a symbolic link kept the link. It imports only the standard
// library, so ui/export's tests stay free of storage and Fyne; it is for
// tests only, like catalog/catalogtest.
package exporttest

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// NotFiles are the three kinds of thing a save must refuse: the device
// os.DevNull, and a named pipe and a directory made in a fresh folder.
type NotFiles struct {
	Dir    string // the fresh folder that holds Pipe and Folder
	Device string // os.DevNull
	Pipe   string // a named pipe in Dir
	Folder string // a directory in Dir
}

// MakeNotFiles makes a named pipe and a directory in a fresh folder; it
// skips the test where named pipes cannot be made, and fails it when the
// directory cannot.
func MakeNotFiles(tb testing.TB) NotFiles {
	tb.Helper()
	dir := tb.TempDir()
	n := NotFiles{Dir: dir, Device: os.DevNull, Pipe: filepath.Join(dir, "pipe"), Folder: filepath.Join(dir, "folder")}
	if err := syscall.Mkfifo(n.Pipe, 0o600); err != nil {
		tb.Skipf("no named pipes here: %v", err)
	}
	if err := os.Mkdir(n.Folder, 0o755); err != nil {
		tb.Fatal(err)
	}
	return n
}

// Kinds maps each path to what a refusal calls it: "a device", "a named
// pipe" or "a directory".
func (n NotFiles) Kinds() map[string]string {
	return map[string]string{n.Device: "a device", n.Pipe: "a named pipe", n.Folder: "a directory"}
}
