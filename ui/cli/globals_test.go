package cli

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// globalCases are lines with global options and what parseGlobals makes
// of them.
var globalCases = []struct {
	name    string
	args    []string
	dataDir string
	verbose bool
	help    bool
	command string
	rest    []string
}{
	{"nothing", nil, "", false, false, "", nil},
	{"--data DIR before the command", []string{"--data", "/d", "show", "1"}, "/d", false, false, "show", []string{"1"}},
	{"--data=DIR before the command", []string{"--data=/d", "show", "1"}, "/d", false, false, "show", []string{"1"}},
	{"--data DIR after the command", []string{"show", "1", "--data", "/d", "--json"}, "/d", false, false, "show", []string{"1", "--json"}},
	{"--data=DIR after the command", []string{"show", "--data=/d", "1"}, "/d", false, false, "show", []string{"1"}},
	{"one dash", []string{"-data", "/d", "-verbose", "plans"}, "/d", true, false, "plans", []string{}},
	{"--verbose after the command", []string{"tick", "1", "1.2", "--verbose"}, "", true, false, "tick", []string{"1", "1.2"}},
	{"--verbose=VALUE is the command's", []string{"plans", "--verbose=1"}, "", false, false, "plans", []string{"--verbose=1"}},
	{"after -- nothing is global", []string{"tick", "--", "--data", "/d"}, "", false, false, "tick", []string{"--", "--data", "/d"}},
	{"--help before the command", []string{"--data", "/d", "--help", "plan"}, "/d", false, true, "", nil},
	{"help", []string{"help"}, "", false, true, "", nil},
	{"--help after the command is the command's", []string{"plan", "--help"}, "", false, false, "plan", []string{"--help"}},
}

// TestParseGlobals: --data and --verbose are read anywhere before "--", in
// either spelling, and leave the command and its arguments in order.
func TestParseGlobals(t *testing.T) {
	for _, c := range globalCases {
		t.Run(c.name, func(t *testing.T) {
			g, err := parseGlobals(c.args)
			if err != nil {
				t.Fatal(err)
			}
			if g.dataDir != c.dataDir {
				t.Errorf("data folder %q, want %q", g.dataDir, c.dataDir)
			}
			if g.verbose != c.verbose {
				t.Errorf("verbose %v, want %v", g.verbose, c.verbose)
			}
			if g.help != c.help {
				t.Errorf("help %v, want %v", g.help, c.help)
			}
			if g.command != c.command {
				t.Errorf("command %q, want %q", g.command, c.command)
			}
			if !slices.Equal(g.args, c.rest) {
				t.Errorf("command arguments %q, want %q", g.args, c.rest)
			}
		})
	}
}

// TestParseGlobalsRefuses: a --data without a folder and an unknown option
// before the command are bad input.
func TestParseGlobalsRefuses(t *testing.T) {
	cases := []struct {
		name string
		args []string
		msg  string
	}{
		{"--data last", []string{"plans", "--data"}, "--data needs a folder"},
		{"--data=", []string{"--data=", "plans"}, "--data needs a folder"},
		{"--data blank", []string{"--data", " ", "plans"}, "--data needs a folder"},
		{"unknown option", []string{"--bogus", "plans"}, "unknown option --bogus: the options before a command are --data DIR, --verbose and --help"},
		{"-help", []string{"-help"}, "unknown option -help"},
		{"-- alone", []string{"--"}, "unknown option --"},
		{"--data twice", []string{"--data", "/a", "plans", "--data=/b"}, "--data is given twice (/a and /b): give --data once"},
		{"--data twice, the same folder", []string{"--data=/a", "--data", "/a"}, "--data is given twice (/a and /a): give --data once"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parseGlobals(c.args)
			var usage *UsageError
			if !errors.As(err, &usage) {
				t.Fatalf("error %v, want a UsageError", err)
			}
			if !strings.HasPrefix(usage.Msg, c.msg) {
				t.Errorf("message %q, want it to start %q", usage.Msg, c.msg)
			}
		})
	}
}

// TestDataGivenTwiceIsOneLine: --data twice on one line exits 2 with one
// line asking for it once, touches neither folder, and does not open the
// desktop app; before, the last one won silently.
func TestDataGivenTwiceIsOneLine(t *testing.T) {
	first, second := t.TempDir(), t.TempDir()
	for _, args := range [][]string{{"--data", first, "--data", second}, {"--data", first, "plans", "--data=" + second}} {
		wantBadInput(t, cliRun(t, args...), "give --data once")
		if _, desktop := DesktopDataDir(args); desktop {
			t.Errorf("%q opens the desktop app", args)
		}
	}
	for _, dir := range []string{first, second} {
		if entries, err := os.ReadDir(dir); err != nil || len(entries) > 0 {
			t.Errorf("%s holds %d files (%v), want none", dir, len(entries), err)
		}
	}
}

// TestMissingDataFolderIsOneLine: --data without a folder, first or last
// on the line, exits 2 with one line and does not open the desktop app.
func TestMissingDataFolderIsOneLine(t *testing.T) {
	for _, args := range [][]string{{"--data"}, {"plans", "--data"}, {"--data="}} {
		wantBadInput(t, cliRun(t, args...), "--data needs a folder")
		if _, desktop := DesktopDataDir(args); desktop {
			t.Errorf("%q opens the desktop app", args)
		}
	}
}

// FuzzParseGlobals: any line is read without a crash, and what it leaves
// for the command is the line's other arguments, in order.
func FuzzParseGlobals(f *testing.F) {
	for _, c := range globalCases {
		f.Add(strings.Join(c.args, "\x00"))
	}
	f.Fuzz(func(t *testing.T, joined string) {
		line := strings.Split(joined, "\x00")
		g, err := parseGlobals(line)
		if err != nil {
			return
		}
		if g.dataDir != "" && strings.TrimSpace(g.dataDir) == "" {
			t.Errorf("%q: blank data folder %q accepted", line, g.dataDir)
		}
		if g.command == "" {
			return
		}
		rest := line
		for _, a := range append([]string{g.command}, g.args...) {
			i := slices.Index(rest, a)
			if i < 0 {
				t.Fatalf("%q: command %q and arguments %q are not the line's, in order", line, g.command, g.args)
			}
			rest = rest[i+1:]
		}
	})
}
