package main

import (
	"strconv"
	"strings"
	"testing"
)

// TestRealWindowFitsTheScreen starts the built binary, on fresh
// preferences, under Xvfb screens of two sizes: on one smaller than
// 1100x720 its window fits inside the screen (it opened at 1100x720,
// partly off-screen), and on a larger one it keeps 1100x720. TestFitWindow
// in ui holds the sizes in between.
func TestRealWindowFitsTheScreen(t *testing.T) {
	needRealWindow(t, "Xvfb", "xdotool")
	bin := buildBinary(t, t.TempDir())
	cases := []struct {
		screen     string
		maxW, maxH int
		keeps      bool // the window keeps the default 1100x720
	}{
		{"800x600", 800, 600, false},
		{"1280x800", 1280, 800, true},
	}
	for _, c := range cases {
		t.Run(c.screen, func(t *testing.T) {
			g := windowGeometry(t, bin, startXvfb(t, c.screen))
			if g["X"]+g["WIDTH"] > c.maxW || g["Y"]+g["HEIGHT"] > c.maxH || g["X"] < 0 || g["Y"] < 0 {
				t.Errorf("on a %s screen the window is %dx%d at %d,%d: partly off-screen",
					c.screen, g["WIDTH"], g["HEIGHT"], g["X"], g["Y"])
			}
			if c.keeps && (g["WIDTH"] != 1100 || g["HEIGHT"] != 720) {
				t.Errorf("on a %s screen the window is %dx%d, want the default 1100x720", c.screen, g["WIDTH"], g["HEIGHT"])
			}
		})
	}
}

// windowGeometry runs bin on display with fresh preferences and data,
// waits for its window to settle and returns its X, Y, WIDTH and HEIGHT
// as xdotool reports them, then quits it with Ctrl+Q.
func windowGeometry(t *testing.T, bin, display string) map[string]int {
	t.Helper()
	app := startDesktopApp(t, bin, display, t.TempDir())
	out, err := xdo(display, "getwindowgeometry", "--shell", app.win)
	if err != nil {
		t.Fatal(err)
	}
	g := map[string]int{}
	for _, line := range strings.Fields(out) {
		if k, v, ok := strings.Cut(line, "="); ok {
			g[k], _ = strconv.Atoi(v)
		}
	}
	if exited, _ := app.quit(); !exited {
		t.Errorf("the app was still running 15 s after Ctrl+Q\n%s", app.logs.String())
	}
	return g
}
