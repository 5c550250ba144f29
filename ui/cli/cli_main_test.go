package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// fixedToday is the day every command-line test runs on: the day the
// catalog's facts were compiled.
var fixedToday = time.Date(2026, time.November, 23, 9, 0, 0, 0, time.UTC)

// fixedClock is the clock of every command-line test: always fixedToday.
func fixedClock() time.Time { return fixedToday }

// cliResult is what one run of the command line printed and returned.
type cliResult struct {
	status         int
	stdout, stderr string
}

// cliRun runs the command line in-process on fixedToday.
func cliRun(t testing.TB, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	status := Main(args, &out, &errb, fixedClock)
	return cliResult{status: status, stdout: out.String(), stderr: errb.String()}
}

// wantBadInput checks the contract for bad input: status 2, exactly one
// line on stderr that names the input, nothing like a crash.
func wantBadInput(t *testing.T, r cliResult, names string) {
	t.Helper()
	if r.status != exitUsage {
		t.Errorf("status = %d, want %d; stderr %q", r.status, exitUsage, r.stderr)
	}
	if n := strings.Count(r.stderr, "\n"); n != 1 || !strings.HasSuffix(r.stderr, "\n") {
		t.Errorf("stderr has %d lines, want exactly one: %q", n, r.stderr)
	}
	if !strings.Contains(r.stderr, names) {
		t.Errorf("stderr %q does not name %q", r.stderr, names)
	}
	wantNoCrash(t, r)
}

// wantNoCrash fails when the output looks like a panic or a stack trace.
func wantNoCrash(t testing.TB, r cliResult) {
	t.Helper()
	for _, bad := range []string{"goroutine", "panic", "internal error"} {
		if strings.Contains(r.stdout+r.stderr, bad) {
			t.Errorf("output mentions %q:\nstdout %s\nstderr %s", bad, r.stdout, r.stderr)
		}
	}
}

func TestHelpListsTheCommands(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {}} {
		r := cliRun(t, args...)
		if r.status != exitOK || r.stderr != "" {
			t.Errorf("%v: status %d, stderr %q; want 0 and nothing", args, r.status, r.stderr)
		}
		for _, cmd := range []string{"certplan plan --cert CODE", "certplan catalog"} {
			if !strings.Contains(r.stdout, cmd) {
				t.Errorf("%v: help does not show %q:\n%s", args, cmd, r.stdout)
			}
		}
	}
}

func TestCommandHelpGoesToStdoutOnce(t *testing.T) {
	r := cliRun(t, "plan", "--help")
	if r.status != exitOK || r.stderr != "" {
		t.Fatalf("status %d, stderr %q; want 0 and nothing", r.status, r.stderr)
	}
	if n := strings.Count(r.stdout, "usage: certplan plan"); n != 1 {
		t.Errorf("usage printed %d times, want once:\n%s", n, r.stdout)
	}
	for _, flag := range []string{"-cert", "-weekdays", "-held", "-off", "-done", "-json"} {
		if !strings.Contains(r.stdout, flag) {
			t.Errorf("plan --help does not mention %s", flag)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	r := cliRun(t, "frobnicate")
	wantBadInput(t, r, `"frobnicate"`)
	if !strings.Contains(r.stderr, "plan") {
		t.Errorf("stderr %q does not list the commands", r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}
}

func TestUnknownFlagPrintsNoUsage(t *testing.T) {
	r := cliRun(t, "catalog", "--bogus")
	wantBadInput(t, r, "-bogus")
	if r.stdout != "" {
		t.Errorf("a mistake printed the usage to stdout:\n%s", r.stdout)
	}
}
