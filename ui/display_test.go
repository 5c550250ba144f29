package ui

import (
	"net"
	"os"
	"path/filepath"
	"testing"
)

func TestX11Reachable(t *testing.T) {
	cases := []struct {
		name, display string
		want          bool
	}{
		{"empty", "", false},
		{"no number", "host:", false},
		{"no colon", "garbage", false},
		{"local server that is not running", ":987654", false},
		{"unix server that is not running", "unix:987654.0", false},
		{"remote display is left to the driver", "example.org:10.0", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := x11Reachable(c.display); got != c.want {
				t.Errorf("x11Reachable(%q) = %v, want %v", c.display, got, c.want)
			}
		})
	}
}

func TestWaylandReachable(t *testing.T) {
	dir := t.TempDir()
	sock := filepath.Join(dir, "wayland-test")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if !waylandReachable("wayland-test", dir) {
		t.Error("a Wayland socket in XDG_RUNTIME_DIR is not seen")
	}
	if !waylandReachable(sock, "") {
		t.Error("an absolute Wayland socket path is not seen")
	}
	if waylandReachable("wayland-gone", dir) || waylandReachable("", dir) {
		t.Error("a missing Wayland socket counts as a display")
	}
	_ = os.Remove(sock)
}
