package main

import (
	"bufio"
	"bytes"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRealWindow starts the built binary under Xvfb with a temporary data
// folder, waits for its window, takes a screenshot of it, checks that the
// picture is not blank, and closes the app with Ctrl+Q, expecting a clean exit.
func TestRealWindow(t *testing.T) {
	needRealWindow(t, "Xvfb", "xdotool", "import")
	tmp := t.TempDir()
	bin := buildBinary(t, tmp)
	display := startXvfb(t, "1280x800")
	app := startDesktopApp(t, bin, display, tmp)
	checkNotBlank(t, display, app.win, filepath.Join(tmp, "window.png"))
	exited, exitErr := app.quit()
	if !exited {
		t.Fatalf("the app was still running 15 s after Ctrl+Q\n%s", app.logs.String())
	}
	if exitErr != nil {
		t.Fatalf("the app did not exit cleanly after Ctrl+Q: %v\n%s", exitErr, app.logs.String())
	}
	if logs := app.logs.String(); strings.Contains(logs, "panic") || strings.Contains(logs, "goroutine ") {
		t.Errorf("the app printed a stack trace:\n%s", logs)
	}
}

func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "certplan")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// desktopApp is the built binary running on an X display, its window shown.
type desktopApp struct {
	display, win string
	done         <-chan error // the app's exit
	logs         *bytes.Buffer
}

// startDesktopApp runs bin on display with fresh preferences and data in
// dir, opening on the catalog screen, waits for its window and lets the
// first frame, the data load and the fit to the screen settle. The app is
// killed when t ends if it still runs.
func startDesktopApp(t *testing.T, bin, display, dir string) *desktopApp {
	t.Helper()
	cmd := exec.Command(bin, "--data", filepath.Join(dir, "data"))
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+dir, "XDG_RUNTIME_DIR="+dir, "CERTPLAN_SCREEN=catalog")
	logs := new(bytes.Buffer)
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill() })
	win := waitForWindow(t, display, done, logs)
	time.Sleep(2 * time.Second)
	return &desktopApp{display: display, win: win, done: done, logs: logs}
}

// quit presses Ctrl+Q in the app's window and waits up to 15 s for it to
// exit: exited says whether it did, exitErr how.
func (a *desktopApp) quit() (exited bool, exitErr error) {
	xdo(a.display, "key", "--window", a.win, "ctrl+q")
	select {
	case err := <-a.done:
		return true, err
	case <-time.After(15 * time.Second):
		return false, nil
	}
}

// startXvfb runs a private X server with a screen of size (WxH) on a free
// display and returns its name. The server never resets (-noreset): by
// default an X server resets when its last client leaves, and while the app
// starts, each xdotool call of waitForWindow is that last client; a reset
// drops a connection it has accepted and not yet set up, so the app's
// XOpenDisplay failed now and then, GLFW did not start and Fyne panicked in
// window.Show (NotInitialized).
func startXvfb(t *testing.T, size string) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", size+"x24", "-nolisten", "tcp", "-noreset")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	w.Close()
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb did not report its display: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}

// TestRealWindowDisplayOutlivesItsClients holds startXvfb's server to what
// the real-window tests need of it: it keeps its state when a client such
// as xdotool leaves, as a reset would drop the app's connection while it
// opens. A reset puts the pointer back in the middle of the screen.
func TestRealWindowDisplayOutlivesItsClients(t *testing.T) {
	needRealWindow(t, "Xvfb", "xdotool")
	display := startXvfb(t, "800x600")
	if _, err := xdo(display, "mousemove", "5", "7"); err != nil {
		t.Fatal(err)
	}
	out, err := xdo(display, "getmouselocation", "--shell")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "X=5\n") || !strings.Contains(out, "Y=7\n") {
		t.Errorf("the X server reset when xdotool left: the pointer moved to 5,7 is now at\n%s", out)
	}
}

// waitForWindow returns the X window id of certplan's main window.
func waitForWindow(t *testing.T, display string, done <-chan error, logs *bytes.Buffer) string {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("the app quit before showing a window: %v\n%s", err, logs.String())
		default:
		}
		out, _ := xdo(display, "search", "--onlyvisible", "--name", "^certplan$")
		if id := strings.TrimSpace(strings.SplitN(out, "\n", 2)[0]); id != "" {
			return id
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("no certplan window within 60 s\n%s", logs.String())
	return ""
}

// checkNotBlank captures the window and requires more than a handful of colours.
func checkNotBlank(t *testing.T, display, win, file string) {
	t.Helper()
	cmd := exec.Command("import", "-window", win, file)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("screenshot: %v\n%s", err, out)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	colours := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			colours[[4]uint32{r, g, bl, a}] = true
		}
	}
	if len(colours) < 8 || b.Dx() < 400 {
		t.Fatalf("the window looks blank: %d colours in a %dx%d picture", len(colours), b.Dx(), b.Dy())
	}
}

func xdo(display string, args ...string) (string, error) {
	cmd := exec.Command("xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("xdotool %v: %w", args, err)
	}
	return string(out), nil
}

// needRealWindow skips t in -short runs, as it starts real X servers and
// the desktop app, and fails it when one of tools is missing.
func needRealWindow(t *testing.T, tools ...string) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a real X server and the desktop app; skipped in -short runs")
	}
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing: `make deps` installs it (xvfb, xdotool, imagemagick)", tool)
		}
	}
}
