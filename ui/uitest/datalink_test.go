package uitest

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// stopped is a testing.TB whose Fatal keeps its message and ends the
// calling goroutine, as testing.T's does, without failing the real test.
// TempDir returns home when it is set.
type stopped struct {
	testing.TB
	home string
	said string
}

// Helper does nothing: stopped marks no call stack.
func (s *stopped) Helper() {}

// Fatal keeps the message and ends the goroutine.
func (s *stopped) Fatal(args ...any) {
	for _, a := range args {
		if err, ok := a.(error); ok {
			s.said += err.Error()
		}
	}
	runtime.Goexit()
}

// TempDir is home when set, else the real test's temporary folder.
func (s *stopped) TempDir() string {
	if s.home != "" {
		return s.home
	}
	return s.TB.TempDir()
}

// linkDataFails runs LinkData on dir with s and returns what it failed with.
func linkDataFails(t *testing.T, s *stopped, dir string) string {
	done := make(chan bool)
	go func() {
		defer close(done)
		LinkData(s, dir)
		t.Error("LinkData returned, want it to fail the test")
	}()
	<-done
	return s.said
}

// TestLinkDataFailsOnEachStep: a folder with no data file, and a home where
// the link cannot be made, each fail the test naming the path.
func TestLinkDataFailsOnEachStep(t *testing.T) {
	empty := t.TempDir()
	if said := linkDataFails(t, &stopped{TB: t}, empty); !strings.Contains(said, "certplan.db") {
		t.Errorf("no data file: failed with %q, want the data file named", said)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "certplan.db"), []byte("data"), 0o600); err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(t.TempDir(), "no-such-home")
	if said := linkDataFails(t, &stopped{TB: t, home: gone}, dir); !strings.Contains(said, gone) {
		t.Errorf("home missing: failed with %q, want the link's path named", said)
	}
}
