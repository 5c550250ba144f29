package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildCertplan builds the real certplan binary (main.go at the module root,
// Fyne included) into a temporary folder and returns its path.
func buildCertplan(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH, so the certplan binary cannot be built")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "main.go")); errors.Is(err, os.ErrNotExist) {
		t.Skip("main.go is not written yet, so there is no certplan binary to run")
	}
	bin := filepath.Join(t.TempDir(), "certplan")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build -o %s . failed: %v\n%s", bin, err, out)
	}
	return bin
}

// runProcess runs the binary with args and returns its exit status and output.
func runProcess(t *testing.T, bin string, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr, cmd.Stdin = &out, &errb, strings.NewReader("")
	err := cmd.Run()
	var exit *exec.ExitError
	status := 0
	if errors.As(err, &exit) {
		status = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("run %s: %v", bin, err)
	}
	return cliResult{status: status, stdout: out.String(), stderr: errb.String()}
}

// TestBinaryExitStatuses runs certplan as a whole process, as a shell would.
func TestBinaryExitStatuses(t *testing.T) {
	bin := buildCertplan(t)
	r := runProcess(t, bin, "plan", "--cert", "SAA-C03", "--json")
	var plan map[string]any
	if r.status != exitOK || json.Unmarshal([]byte(r.stdout), &plan) != nil || plan["cert"] != "SAA-C03" {
		t.Errorf("plan --cert SAA-C03 --json: status %d, stderr %q, stdout starts %q", r.status, r.stderr, head(r.stdout))
	}
	r = runProcess(t, bin, "plan", "--cert", "NOPE")
	if r.status != exitUsage || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "NOPE") {
		t.Errorf("plan --cert NOPE: status %d, stderr %q; want 2 and one line naming NOPE", r.status, r.stderr)
	}
	wantNoCrash(t, r)
	r = runProcess(t, bin, "--help")
	if r.status != exitOK || !strings.Contains(r.stdout, "certplan plan") {
		t.Errorf("--help: status %d, stdout %q", r.status, head(r.stdout))
	}
}

// head is the start of s, for failure messages.
func head(s string) string {
	if len(s) > 200 {
		return s[:200]
	}
	return s
}

// BenchmarkPlanJSON measures `certplan plan --cert SAA-C03 --json` in-process:
// catalog load, flags, planning and JSON.
func BenchmarkPlanJSON(b *testing.B) {
	args := []string{"plan", "--cert", "SAA-C03", "--json"}
	for b.Loop() {
		if status := Main(args, io.Discard, io.Discard, fixedClock); status != exitOK {
			b.Fatalf("status %d", status)
		}
	}
}
