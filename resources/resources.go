// Package resources holds certplan's embedded assets, such as the application
// icon, so that the binary needs no files beside it at run time.
package resources

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

// IconPNG is the application icon as a 512x512 PNG, for callers that need the
// raw bytes (window icons outside Fyne, exports, packaging checks).
//
//go:embed icon.png
var IconPNG []byte

// Icon is the application icon as a Fyne resource, for the app and its windows.
var Icon = fyne.NewStaticResource("icon.png", IconPNG)
