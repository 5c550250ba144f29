//go:build ci || android || ios || mobile || tamago || noos || tinygo || wasm || test_web_driver

package main

import "fyne.io/fyne/v2"

// workArea cannot measure the screen without Fyne's desktop (GLFW) driver:
// the window keeps its size, which a phone or a browser sets anyway.
func workArea() (fyne.Size, bool) { return fyne.Size{}, false }
