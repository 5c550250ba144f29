package resources

import (
	"bytes"
	"image/png"
	"testing"

	"fyne.io/fyne/v2"
)

// Icon goes to Fyne's SetIcon as it is, so it must stay a fyne.Resource.
var _ fyne.Resource = Icon

func TestIconIsTheEmbeddedPNG(t *testing.T) {
	if Icon.Name() != "icon.png" {
		t.Errorf("Icon.Name() = %q, want icon.png", Icon.Name())
	}
	if !bytes.Equal(Icon.Content(), IconPNG) {
		t.Error("Icon.Content() differs from IconPNG")
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(Icon.Content()))
	if err != nil {
		t.Fatalf("icon does not decode as PNG: %v", err)
	}
	if cfg.Width != 512 || cfg.Height != 512 {
		t.Errorf("icon is %dx%d, want 512x512", cfg.Width, cfg.Height)
	}
}
