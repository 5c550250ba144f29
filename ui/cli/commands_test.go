package cli

import (
	"slices"
	"strings"
	"testing"
)

// helpOrder is every command of certplan, in the order help lists them.
var helpOrder = []string{"advise", "archive", "backup", "backups", "catalog", "certs", "edit", "exam", "exams", "export",
	"export-data", "import-data", "new", "plan", "plans", "prioritize", "replan", "restore", "score", "scores",
	"show", "tick", "today", "unarchive", "week"}

// TestCommandTableHasEveryCommandOnce: the table holds each command once,
// in help order, each with a usage that starts with its name, a summary and
// a run function.
func TestCommandTableHasEveryCommandOnce(t *testing.T) {
	if names := commandNames(); !slices.Equal(names, helpOrder) {
		t.Errorf("commands %q, want %q", names, helpOrder)
	}
	for _, c := range commandTable() {
		if c.usage != c.name && !strings.HasPrefix(c.usage, c.name+" ") {
			t.Errorf("%s: usage %q does not start with the command's name", c.name, c.usage)
		}
		if strings.TrimSpace(c.summary) == "" {
			t.Errorf("%s: no summary", c.name)
		}
		if c.run == nil {
			t.Errorf("%s: no run function", c.name)
		}
		if found, ok := findCommand(c.name); !ok || found.name != c.name {
			t.Errorf("findCommand(%q) = %v, %v", c.name, found, ok)
		}
	}
}

// TestHelpListsEachCommandOnceInTableOrder: certplan --help shows every
// command's usage and summary once, in the table's order.
func TestHelpListsEachCommandOnceInTableOrder(t *testing.T) {
	help := cliRun(t, "--help").stdout
	at := 0
	for _, c := range commandTable() {
		entry := "  certplan " + c.usage + "\n      " + c.summary + "\n"
		if n := strings.Count(help, entry); n != 1 {
			t.Errorf("%s: help shows its usage and summary %d times, want once", c.name, n)
			continue
		}
		i := strings.Index(help, entry)
		if i < at {
			t.Errorf("%s: help lists it before the command ahead of it in the table", c.name)
		}
		at = i
	}
}

// TestEveryCommandAnswersHelp: each command's --help prints its own usage
// and summary to stdout and exits 0, touching no data.
func TestEveryCommandAnswersHelp(t *testing.T) {
	dir := t.TempDir()
	for _, c := range commandTable() {
		r := cliRun(t, "--data", dir, c.name, "--help")
		if r.status != exitOK || r.stderr != "" {
			t.Errorf("%s --help: status %d, stderr %q; want 0 and nothing", c.name, r.status, r.stderr)
		}
		if want := "usage: certplan " + c.usage + "\n" + c.summary + "\n"; !strings.HasPrefix(r.stdout, want) {
			t.Errorf("%s --help: stdout starts %q, want %q", c.name, head(r.stdout), want)
		}
	}
}
