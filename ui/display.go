package ui

import (
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// DisplayAvailable reports whether a desktop session can show a window. On
// Linux and the BSDs that needs a reachable X11 or Wayland display: a
// DISPLAY variable naming an X server that is not running counts as none, so
// the app says so in one line instead of failing inside the graphics driver.
// Other systems always have one.
func DisplayAvailable() bool {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return waylandReachable(os.Getenv("WAYLAND_DISPLAY"), os.Getenv("XDG_RUNTIME_DIR")) ||
			x11Reachable(os.Getenv("DISPLAY"))
	default:
		return true
	}
}

// waylandReachable reports whether the Wayland socket named by display exists.
func waylandReachable(display, runtimeDir string) bool {
	if display == "" {
		return false
	}
	if !filepath.IsAbs(display) {
		display = filepath.Join(runtimeDir, display)
	}
	_, err := os.Stat(display)
	return err == nil
}

// x11Reachable reports whether the X server named by display (":0",
// "unix:1.0", "host:10.0") accepts a connection.
func x11Reachable(display string) bool {
	host, rest, ok := strings.Cut(display, ":")
	if !ok || rest == "" {
		return false
	}
	number, _, _ := strings.Cut(rest, ".")
	if host == "" || host == "unix" {
		return dialable("unix", "/tmp/.X11-unix/X"+number) || dialable("unix", "@/tmp/.X11-unix/X"+number)
	}
	return true // a remote or forwarded display: let the driver try it
}

func dialable(network, addr string) bool {
	c, err := net.DialTimeout(network, addr, time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}
