//go:build ci || android || ios || mobile || tamago || noos || tinygo || wasm || test_web_driver

package ui

import "fyne.io/fyne/v2"

// ScreenWorkArea cannot measure the screen without Fyne's desktop (GLFW) driver:
// the window keeps its size, which a phone or a browser sets anyway.
func ScreenWorkArea() (fyne.Size, bool) { return fyne.Size{}, false }
