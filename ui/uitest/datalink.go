package uitest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// LinkedData is a data folder reached from a temporary home, for the tests
// that aim an output at certplan's own files by every way of naming them:
// an absolute path, a relative one and a symlinked folder. It keeps the
// data file's bytes, to tell whether anything wrote to it.
type LinkedData struct {
	DB     string // the data file, certplan.db, in the data folder
	Home   string // the temporary home, the test's working directory
	Link   string // Home/data, a symlink to the data folder
	before []byte
}

// LinkData reads the data file in dir, makes a temporary home holding a
// symlink "data" to dir, and makes that home the working directory until
// the test ends. It fails the test when any of that fails.
func LinkData(t testing.TB, dir string) *LinkedData {
	t.Helper()
	d := &LinkedData{DB: filepath.Join(dir, "certplan.db"), Home: t.TempDir()}
	d.Link = filepath.Join(d.Home, "data")
	var err error
	if d.before, err = os.ReadFile(d.DB); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, d.Link); err != nil {
		t.Fatal(err)
	}
	t.Chdir(d.Home)
	return d
}

// DataChanged reports whether the data file is no longer byte-for-byte
// what LinkData read (or can no longer be read).
func (d *LinkedData) DataChanged() bool {
	after, err := os.ReadFile(d.DB)
	return err != nil || !bytes.Equal(d.before, after)
}
