package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"certplan/catalog"
)

// newFlags makes a flag set whose errors come back as UsageErrors and whose
// --help prints the command's usage to stdout.
func newFlags(e *env, c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "usage: certplan %s\n%s\n", c.usage, c.summary)
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parse reads flags and positional arguments in any order ("show SAA-C03
// --json" as well as "show --json SAA-C03") and returns the positional ones.
// A negative number ("tick -1 1.1") is an argument, not an unknown flag,
// unless it is a flag's value ("--hours -1"). The usage goes to stdout for
// --help only, never after a mistake: the mistake's one line on stderr is
// the whole answer.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	usage := fs.Usage
	fs.Usage = func() {}
	defer func() { fs.Usage = usage }()
	var positional []string
	for len(args) > 0 {
		cut := negativeArgAt(fs, args)
		if err := fs.Parse(args[:cut]); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage()
				return nil, err
			}
			return nil, badInput("%s: %s", fs.Name(), flagMessage(err))
		}
		rest := append(append([]string(nil), fs.Args()...), args[cut:]...)
		if i := slices.Index(args[:cut], "--"); i >= 0 && len(fs.Args()) == cut-i-1 {
			return append(positional, rest...), nil // everything after "--" is an argument
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional, args = append(positional, rest[0]), rest[1:]
	}
	return positional, nil
}

// negativeArgAt is the index of the first argument that is a negative
// number and not the value of the flag before it, or len(args).
func negativeArgAt(fs *flag.FlagSet, args []string) int {
	for i, a := range args {
		if a == "--" {
			break
		}
		if _, err := strconv.ParseFloat(a, 64); err == nil && strings.HasPrefix(a, "-") && (i == 0 || !takesValue(fs, args[i-1])) {
			return i
		}
	}
	return len(args)
}

// takesValue reports whether arg is a flag of fs that takes the next
// argument as its value ("--hours", not "--json" or "--hours=2").
func takesValue(fs *flag.FlagSet, arg string) bool {
	name, ok := strings.CutPrefix(arg, "-")
	name = strings.TrimPrefix(name, "-")
	if !ok || strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, isBool := f.Value.(interface{ IsBoolFlag() bool })
	return !isBool || !b.IsBoolFlag()
}

// flagMessage rewrites the flag package's errors into certplan's voice:
// "--exam \"2026-02-30\" is not a date: ..." rather than "invalid value
// \"2026-02-30\" for flag -exam: \"2026-02-30\" is not a date: ...".
func flagMessage(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return fmt.Sprintf("unknown flag %s (see --help for the flags it takes)", name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return fmt.Sprintf("--%s needs a value (see --help)", name)
	}
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		if i := strings.Index(rest, " for flag -"); i >= 0 {
			name, why, _ := strings.Cut(rest[i+len(" for flag -"):], ": ")
			return fmt.Sprintf("--%s %s", name, why)
		}
	}
	if rest, ok := strings.CutPrefix(msg, "invalid boolean value "); ok {
		if i := strings.Index(rest, " for -"); i >= 0 {
			name, _, _ := strings.Cut(rest[i+len(" for -"):], ":")
			return fmt.Sprintf("--%s takes no value (or =true, =false), not %s", name, rest[:i])
		}
	}
	if name, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return fmt.Sprintf("%s is not a flag: write --name or --name=value", name)
	}
	return msg
}

// dateFlag is a YYYY-MM-DD flag value.
type dateFlag struct {
	name string
	d    *catalog.Date
}

// String is the date as YYYY-MM-DD, or "" when unset.
func (f dateFlag) String() string {
	if f.d == nil {
		return ""
	}
	return f.d.String()
}

// Set reads a YYYY-MM-DD date.
func (f dateFlag) Set(s string) error {
	d, err := catalog.ParseDateInRange(s)
	if err != nil {
		return fmt.Errorf("%s", err.Error())
	}
	*f.d = d
	return nil
}

// dateVar defines a YYYY-MM-DD flag.
func dateVar(fs *flag.FlagSet, d *catalog.Date, name, usage string) {
	fs.Var(dateFlag{name: name, d: d}, name, usage)
}

// examCode resolves an exam code or fails with the closest matches.
func examCode(e *env, code string) (*catalog.Exam, error) {
	ex, ok := e.cat.Exam(code)
	if !ok {
		return nil, badInput("unknown exam code %q: did you mean %s? (certplan catalog lists them all)", code, strings.Join(e.cat.Closest(code, 3), ", "))
	}
	return ex, nil
}
