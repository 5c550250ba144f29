//go:build !ci && !android && !ios && !mobile && !tamago && !noos && !tinygo && !wasm && !test_web_driver

package ui

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// ScreenWorkArea measures the primary monitor less its task bars and panels, in
// the window system's coordinates, through GLFW, which Fyne's desktop
// driver runs on: Fyne v2 has no screen API of its own. It must run on the
// main goroutine once the driver started GLFW (its first window does); ok
// is false when GLFW cannot tell, and then the window keeps its size.
func ScreenWorkArea() (area fyne.Size, ok bool) {
	defer func() {
		if recover() != nil { // GLFW not started, or no monitor: keep the size
			area, ok = fyne.Size{}, false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}, false
	}
	_, _, w, h := m.GetWorkarea()
	area = fyne.NewSize(float32(w), float32(h))
	if glfw.GetPlatform() == glfw.PlatformWayland {
		// Wayland's work area is in the output's pixels, its windows in
		// logical ones: the monitor's scale between them.
		sx, sy := m.GetContentScale()
		area = fyne.NewSize(area.Width/max(sx, 1), area.Height/max(sy, 1))
	}
	return area, w > 0 && h > 0
}
