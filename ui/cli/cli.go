// Package cli is certplan's command line: the same binary as the desktop
// app, run with arguments. Flags in, text or JSON out; no GUI. Bad input
// exits with status 2 and one line on stderr that names the input and what
// is allowed; nothing ever prints a stack trace.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"certplan/catalog"
	"certplan/storage"
)

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1 // something failed that is not the user's input
	exitUsage = 2 // bad input: unknown flag, malformed date, unknown code...
)

// env is what every command gets: where to write, the catalog, today's date
// and the global options.
type env struct {
	stdout, stderr io.Writer
	cat            *catalog.Catalog
	today          catalog.Date
	dataDir        string
	verbose        bool // print the technical cause of a failure too
}

// command is one subcommand of certplan.
type command struct {
	name    string
	usage   string // "plan --cert CODE [...]"
	summary string
	run     func(e *env, args []string) error
}

var commands = map[string]*command{}

// register adds a subcommand; each command's file calls it from init.
func register(c *command) { commands[c.name] = c }

// UsageError is bad input from the person at the keyboard: exit status 2.
// Cause, when set, is the technical error behind it, for --verbose.
type UsageError struct {
	Msg   string
	Cause error
}

func (e *UsageError) Error() string { return e.Msg }

// Unwrap returns the technical cause, if any.
func (e *UsageError) Unwrap() error { return e.Cause }

// badInput makes a UsageError with a formatted message.
func badInput(format string, a ...any) error { return &UsageError{Msg: fmt.Sprintf(format, a...)} }

// Now is the clock the command line reads "today" from; tests replace it.
var Now = time.Now

// Main runs the command line with args (without the program name) and
// returns the exit status.
func Main(args []string, stdout, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "certplan: internal error (%v); please report it\n", r)
			status = exitError
		}
	}()
	e := &env{stdout: stdout, stderr: stderr, today: catalog.DateFromTime(Now()), verbose: verboseFromEnv()}
	err := dispatch(e, args)
	var usage *UsageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "certplan: %s\n", oneLine(usage.Msg))
		status = exitUsage
	default:
		fmt.Fprintf(stderr, "certplan: %s\n", oneLine(err.Error()))
		status = exitError
	}
	if e.verbose {
		if cause := causeOf(err); cause != "" {
			fmt.Fprintf(stderr, "certplan: cause: %s\n", oneLine(cause))
		}
	}
	return status
}

func dispatch(e *env, args []string) error {
	args, err := e.globalFlags(args)
	if err != nil {
		return err
	}
	if len(args) > 0 && strings.HasPrefix(args[0], "-") {
		if a := args[0]; a != "-h" && a != "--help" {
			return badInput("unknown option %s: the options before a command are --data DIR, --verbose and --help", a)
		}
		printHelp(e.stdout)
		return nil
	}
	if len(args) == 0 {
		printHelp(e.stdout)
		return nil
	}
	if args[0] == "help" {
		printHelp(e.stdout)
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		return badInput("unknown command %q: use one of %s", args[0], strings.Join(commandNames(), ", "))
	}
	cat, err := loadCatalog()
	if err != nil {
		return fmt.Errorf("the built-in catalog is damaged: %w", err)
	}
	e.cat = cat
	return c.run(e, args[1:])
}

// loadCatalog reads the catalog each command works on; tests swap in one
// with fixture study items.
var loadCatalog = catalog.Load

func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "certplan: a study planner for AWS certifications.")
	fmt.Fprintln(w, "Run it with no arguments to open the desktop app, or with a command:")
	for _, n := range commandNames() {
		c := commands[n]
		fmt.Fprintf(w, "  certplan %s\n      %s\n", c.usage, c.summary)
	}
	fmt.Fprintln(w, "Global options, anywhere on the line: --data DIR keeps certplan's data in DIR; --verbose also prints")
	fmt.Fprintln(w, "the technical cause of a failure (or set CERTPLAN_VERBOSE=1). Each command takes --help.")
}

// oneLine keeps an error message to a single line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// DesktopDataDir reports whether args ask for the desktop app rather than a
// command: none at all, or only the global --data DIR option. It returns the
// data folder given, if any.
func DesktopDataDir(args []string) (dir string, desktop bool) {
	switch {
	case len(args) == 0:
		return "", true
	case len(args) == 2 && (args[0] == "--data" || args[0] == "-data") && args[1] != "":
		return args[1], true
	case len(args) == 1 && strings.HasPrefix(args[0], "--data=") && len(args[0]) > len("--data="):
		return strings.TrimPrefix(args[0], "--data="), true
	}
	return "", false
}

// globalFlags takes the global options (--data DIR, --verbose) from
// anywhere before "--" and returns the other arguments in order.
func (e *env) globalFlags(args []string) ([]string, error) {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		flagName, isFlag := strings.CutPrefix(a, "-")
		name, value, hasValue := strings.Cut(flagName, "=")
		switch {
		case a == "--":
			return append(out, args[i:]...), nil
		case !isFlag:
			out = append(out, a)
		case name == "-data" || name == "data":
			if !hasValue && i+1 < len(args) {
				i, value, hasValue = i+1, args[i+1], true
			}
			if !hasValue || strings.TrimSpace(value) == "" {
				return nil, badInput("--data needs a folder, such as certplan --data ~/certplan COMMAND (leave --data out for the usual folder)")
			}
			e.dataDir = value
		case (name == "-verbose" || name == "verbose") && !hasValue:
			e.verbose = true
		default:
			out = append(out, a)
		}
	}
	return out, nil
}

// verboseFromEnv reports whether CERTPLAN_VERBOSE asks for causes too.
func verboseFromEnv() bool {
	v := os.Getenv("CERTPLAN_VERBOSE")
	return v != "" && v != "0" && !strings.EqualFold(v, "false")
}

// causeOf is the technical cause behind a failure's sentence: the error a
// storage.Error keeps, or what err wraps; "" when there is none.
func causeOf(err error) string {
	var se *storage.Error
	if errors.As(err, &se) {
		if se.Err == nil {
			return ""
		}
		return se.Err.Error()
	}
	if u := errors.Unwrap(err); u != nil {
		return u.Error()
	}
	return ""
}
