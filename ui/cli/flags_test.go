package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

// testFlags is a flag set with one flag of each shape parse meets: a
// string, a number, a switch and a list that repeats.
type testFlags struct {
	fs    *flag.FlagSet
	name  *string
	count *int
	json  *bool
	off   *spanList
}

func newTestFlags() testFlags {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := testFlags{fs: fs, name: fs.String("name", "", ""), count: fs.Int("count", 0, ""), json: fs.Bool("json", false, ""), off: &spanList{}}
	fs.Var(f.off, "off", "")
	return f
}

// values is what the flags were set to, and which were given.
func (f testFlags) values() string {
	var given []string
	f.fs.Visit(func(fl *flag.Flag) { given = append(given, fl.Name) })
	return fmt.Sprintf("name=%q count=%d json=%v off=%v given=%v", *f.name, *f.count, *f.json, f.off.spans, given)
}

// flagLines are lines of flags only, good and bad, that parse must read
// as the flag package does.
var flagLines = [][]string{
	{"--name", "x"}, {"-name=x"}, {"--name=a=b"}, {"--name", "--"}, {"--name", "-x"}, {"--name="},
	{"--json"}, {"-json=false"}, {"--json=true", "--count", "-3"}, {"--count=7"},
	{"--off", "2026-12-24", "--off=2026-12-31"}, {"--json", "--"},
	{"--name"}, {"--count"}, {"--nope"}, {"-nope=1"}, {"---name"}, {"-=x"}, {"--=x"},
	{"--json=maybe"}, {"--count", "abc"}, {"--count=99999999999999999999"}, {"--off", "2026-02-30"},
}

// TestParseReadsFlagsAsTheFlagPackageDoes: on lines of flags only, parse
// sets the same values as flag.Parse and refuses the same lines, so its own
// reading of the line cannot drift from Go's grammar unnoticed.
func TestParseReadsFlagsAsTheFlagPackageDoes(t *testing.T) {
	for _, line := range flagLines {
		t.Run(strings.Join(line, " "), func(t *testing.T) {
			want, got := newTestFlags(), newTestFlags()
			wantErr := want.fs.Parse(line)
			pos, gotErr := parse(got.fs, line)
			if (wantErr == nil) != (gotErr == nil) {
				t.Fatalf("flag.Parse error %v, parse error %v; want both or neither", wantErr, gotErr)
			}
			if gotErr != nil {
				return
			}
			if len(pos) != 0 {
				t.Errorf("positional %q, want none", pos)
			}
			if got.values() != want.values() {
				t.Errorf("values %q, want flag.Parse's %q", got.values(), want.values())
			}
		})
	}
}

// TestParseNamesEachMistake: each kind of mistake is told apart by type and
// said in certplan's words, not the flag package's.
func TestParseNamesEachMistake(t *testing.T) {
	cases := []struct {
		name string
		args []string
		kind flagErrorKind
		msg  string
	}{
		{"unknown flag", []string{"--nope"}, unknownFlag, "unknown flag -nope (see --help for the flags it takes)"},
		{"no value", []string{"--name"}, missingValue, "--name needs a value (see --help)"},
		{"bad value", []string{"--count", "abc"}, badValue, "--count parse error"},
		{"value of a switch", []string{"--json=maybe"}, badBool, `--json takes no value (or =true, =false), not "maybe"`},
		{"three dashes", []string{"---name"}, badSyntax, "---name is not a flag: write --name or --name=value"},
		{"no name", []string{"-=x"}, badSyntax, "-=x is not a flag: write --name or --name=value"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newTestFlags()
			_, err := setFlag(f.fs, c.args, 0, nil)
			var fe *flagError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v, want a *flagError", err)
			}
			if fe.kind != c.kind {
				t.Errorf("kind %d, want %d", fe.kind, c.kind)
			}
			if fe.Error() != c.msg {
				t.Errorf("message %q, want %q", fe.Error(), c.msg)
			}
			_, err = parse(f.fs, c.args)
			if err == nil || err.Error() != "test: "+c.msg {
				t.Errorf("parse error %v, want %q", err, "test: "+c.msg)
			}
		})
	}
}

// TestParseKeepsArgumentsInOrder: arguments and flags mix in any order, a
// negative number is an argument unless a flag takes it, and "--" ends
// the flags.
func TestParseKeepsArgumentsInOrder(t *testing.T) {
	cases := []struct {
		name string
		args []string
		pos  []string
	}{
		{"flags after", []string{"1", "1.1", "--json"}, []string{"1", "1.1"}},
		{"flags between", []string{"1", "--name", "x", "1.1"}, []string{"1", "1.1"}},
		{"negative number", []string{"--json", "-1", "1.1"}, []string{"-1", "1.1"}},
		{"a flag's negative value", []string{"--count", "-1", "2"}, []string{"2"}},
		{"a lone dash", []string{"-", "--json"}, []string{"-"}},
		{"after --", []string{"1", "--", "--json", "--nope"}, []string{"1", "--json", "--nope"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pos, err := parse(newTestFlags().fs, c.args)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(pos, c.pos) {
				t.Errorf("positional %q, want %q", pos, c.pos)
			}
		})
	}
}

// TestParseHelpIsNotAMistake: --help and -h answer flag.ErrHelp and print
// the usage once.
func TestParseHelpIsNotAMistake(t *testing.T) {
	for _, arg := range []string{"--help", "-h", "-help=1"} {
		f := newTestFlags()
		printed := 0
		f.fs.Usage = func() { printed++ }
		if _, err := parse(f.fs, []string{"1", arg, "--nope"}); !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s: error %v, want flag.ErrHelp", arg, err)
		}
		if printed != 1 {
			t.Errorf("%s: usage printed %d times, want once", arg, printed)
		}
	}
}

// FuzzParseReadsFlagsAsTheFlagPackageDoes: wherever flag.Parse reads a
// whole line without a mistake, parse reads it too, to the same values,
// but for a flag given twice that does not repeat, which parse refuses by
// design where flag.Parse keeps the last value.
func FuzzParseReadsFlagsAsTheFlagPackageDoes(f *testing.F) {
	for _, line := range flagLines {
		f.Add(strings.Join(line, "\x00"))
	}
	f.Fuzz(func(t *testing.T, joined string) {
		line := strings.Split(joined, "\x00")
		want, got := newTestFlags(), newTestFlags()
		if err := want.fs.Parse(line); err != nil || want.fs.NArg() > 0 {
			return // a mistake, or arguments, where the two may differ by design
		}
		pos, err := parse(got.fs, line)
		if err != nil && strings.Contains(err.Error(), " is given twice") {
			return // refused by design; TestParseRefusesAFlagGivenTwice
		}
		if err != nil {
			t.Fatalf("%q: parse error %v; flag.Parse read it", line, err)
		}
		if len(pos) != 0 || got.values() != want.values() {
			t.Errorf("%q: positional %q values %q, want none and %q", line, pos, got.values(), want.values())
		}
	})
}

// TestParseRefusesAFlagGivenTwice (QA #21): a flag that takes one value,
// given twice, is a mistake that names both values (the flag package kept
// the last one silently: export --csv a.csv --csv b.csv wrote only b.csv);
// a switch given twice is too; --off repeats.
func TestParseRefusesAFlagGivenTwice(t *testing.T) {
	cases := []struct {
		name string
		args []string
		msg  string
	}{
		{"a string", []string{"--name", "a", "1", "--name=b"}, `test: --name is given twice ("a", then "b"): give it once`},
		{"the same value", []string{"--count=2", "--count", "2"}, `test: --count is given twice ("2", then "2"): give it once`},
		{"a switch", []string{"--json", "--json=false"}, "test: --json is given twice: give it once"},
		{"one dash then two", []string{"-name=a", "--name", "b"}, `test: --name is given twice ("a", then "b"): give it once`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parse(newTestFlags().fs, c.args)
			if err == nil || err.Error() != c.msg {
				t.Errorf("error %v, want %q", err, c.msg)
			}
		})
	}
	f := newTestFlags()
	if _, err := parse(f.fs, []string{"--off", "2026-12-24", "--off=2026-12-31"}); err != nil || len(f.off.spans) != 2 {
		t.Errorf("--off twice: error %v, spans %v; want both spans", err, f.off.spans)
	}
}
