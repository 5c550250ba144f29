package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
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
// It reads the line with the flag package's grammar ("-name", "--name",
// "--name=value", "--name value"; "--" ends the flags) and sets each flag
// through fs, so fs.Visit sees it; a mistake comes back as a typed
// *flagError, never as the flag package's English. A negative number
// ("tick -1 1.1") is an argument, not an unknown flag, unless it is a
// flag's value ("--hours -1"). A flag given twice is a mistake unless it
// repeats (--off): the flag package would keep the last value silently.
// The usage goes to stdout for --help only,
// never after a mistake: the mistake's one line on stderr is the whole
// answer.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	given := map[string]string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return append(positional, args[i+1:]...), nil
		case !isFlagArg(a):
			positional = append(positional, a)
			continue
		}
		last, err := setFlag(fs, args, i, given)
		if errors.Is(err, flag.ErrHelp) {
			fs.Usage()
			return nil, err
		}
		if err != nil {
			return nil, badInput("%s: %s", fs.Name(), err.Error())
		}
		i = last
	}
	return positional, nil
}

// isFlagArg reports whether a is a flag (or a mistaken one, such as
// "---x"), not an argument: it starts with "-", is more than "-" and is
// not a negative number.
func isFlagArg(a string) bool {
	if len(a) < 2 || a[0] != '-' {
		return false
	}
	_, err := strconv.ParseFloat(a, 64)
	return err != nil
}

// setFlag sets the flag at args[i], with its value from "=value" or from
// the next argument, and returns the index of the last argument it used.
// given holds the value of each flag set so far on the line, by name (nil
// to leave repeats unchecked); a flag that does not repeat is refused the
// second time.
func setFlag(fs *flag.FlagSet, args []string, i int, given map[string]string) (int, error) {
	a := args[i]
	name := strings.TrimPrefix(a[1:], "-")
	if name == "" || name[0] == '-' || name[0] == '=' {
		return i, &flagError{kind: badSyntax, arg: a}
	}
	name, value, hasValue := strings.Cut(name, "=")
	f, err := lookupFlag(fs, name)
	if err != nil {
		return i, err
	}
	kind := badValue
	switch {
	case isBoolFlag(f) && hasValue:
		kind = badBool
	case isBoolFlag(f):
		value = "true"
	case !hasValue && i+1 == len(args):
		return i, &flagError{kind: missingValue, name: name}
	case !hasValue:
		i, value = i+1, args[i+1]
	}
	if first, twice := given[f.Name]; twice && !repeats(f) {
		return i, &flagError{kind: givenTwice, name: name, value: value, first: first, isBool: isBoolFlag(f)}
	}
	if err := fs.Set(name, value); err != nil {
		return i, &flagError{kind: kind, name: name, value: value, err: err}
	}
	if given != nil {
		given[f.Name] = value
	}
	return i, nil
}

// repeats reports whether f may be given more than once, each value adding
// to the others (--off), rather than replacing them.
func repeats(f *flag.Flag) bool {
	_, ok := f.Value.(interface{ repeatable() })
	return ok
}

// lookupFlag is the flag of fs called name; flag.ErrHelp for an undefined
// help or h, as the flag package has it; a *flagError for any other name.
func lookupFlag(fs *flag.FlagSet, name string) (*flag.Flag, error) {
	f := fs.Lookup(name)
	switch {
	case f != nil:
		return f, nil
	case name == "help" || name == "h":
		return nil, flag.ErrHelp
	}
	return nil, &flagError{kind: unknownFlag, name: name}
}

// isBoolFlag reports whether f takes no value ("--json", "--json=false").
func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// flagErrorKind is what is wrong with a flag on the command line.
type flagErrorKind int

// The mistakes parse tells apart.
const (
	badSyntax    flagErrorKind = iota // "---x", "-=x": not a flag at all
	unknownFlag                       // a name the command does not take
	missingValue                      // a flag that takes a value, last on the line
	badValue                          // a value the flag's Set refused
	badBool                           // a value given to a flag that takes none
	givenTwice                        // a flag that does not repeat, given again
)

// flagError is a mistake in a command's flags: which flag, the value given
// and, for a refused value, the error its Set returned.
type flagError struct {
	kind        flagErrorKind
	arg         string // the whole argument, for badSyntax
	name, value string
	first       string // the value given the first time, for givenTwice
	isBool      bool   // the flag takes no value, for givenTwice
	err         error
}

// Error is the mistake in certplan's voice: "--exam \"2026-02-30\" is not a
// date: ..." rather than the flag package's "invalid value ... for flag
// -exam: ...".
func (e *flagError) Error() string {
	switch e.kind {
	case badSyntax:
		return fmt.Sprintf("%s is not a flag: write --name or --name=value", e.arg)
	case unknownFlag:
		return fmt.Sprintf("unknown flag -%s (see --help for the flags it takes)", e.name)
	case missingValue:
		return fmt.Sprintf("--%s needs a value (see --help)", e.name)
	case badBool:
		return fmt.Sprintf("--%s takes no value (or =true, =false), not %q", e.name, e.value)
	case givenTwice:
		return e.twice()
	}
	return fmt.Sprintf("--%s %v", e.name, e.err)
}

// twice is a givenTwice mistake, with both values when the flag takes one.
func (e *flagError) twice() string {
	if e.isBool {
		return fmt.Sprintf("--%s is given twice: give it once", e.name)
	}
	return fmt.Sprintf("--%s is given twice (%q, then %q): give it once", e.name, e.first, e.value)
}

// Unwrap returns the error the flag's Set returned, if any.
func (e *flagError) Unwrap() error { return e.err }

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

// replanDayVar defines --today, the day a command that re-plans a saved
// plan takes as today.
func replanDayVar(fs *flag.FlagSet, d *catalog.Date) {
	dateVar(fs, d, "today", "re-plan as if today were this date, YYYY-MM-DD")
}

// examCode resolves an exam code or fails with the closest matches.
func examCode(e *env, code string) (*catalog.Exam, error) {
	ex, ok := e.cat.Exam(code)
	if !ok {
		return nil, badInput("unknown exam code %q: did you mean %s? (certplan catalog lists them all)", code, strings.Join(e.cat.Closest(code, 3), ", "))
	}
	return ex, nil
}
