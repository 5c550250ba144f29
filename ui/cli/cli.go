// Package cli is certplan's command line: the same binary as the desktop
// app, run with arguments. Flags in, text or JSON out; no GUI. Bad input
// exits with status 2 and one line on stderr that names the input and what
// is allowed; nothing ever prints a stack trace.
//
// Main reads the global options (--data DIR, --verbose, --help) anywhere on
// the line with one parser (globals.go), finds the command in one explicit
// table (commands.go) and hands the command its environment: where to
// write, the catalog, and the clock main passes in. Each command parses its
// own flags with parse (flags.go), whose mistakes are typed, not read back
// from the flag package's English.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
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

// env is what every command gets: where to write, the catalog, the clock,
// today's date and the global options.
type env struct {
	stdout, stderr io.Writer
	cat            *catalog.Catalog
	now            func() time.Time // the time files are stamped with and storage reads
	today          catalog.Date     // the date of now, in local time
	dataDir        string
	verbose        bool // print the technical cause of a failure too
}

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

// Main runs the command line with args (without the program name) and
// returns the exit status. now is the clock "today" and the files' time
// stamps are read from: time.Now, or a fixed time in tests.
func Main(args []string, stdout, stderr io.Writer, now func() time.Time) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "certplan: internal error (%v); please report it\n", r)
			status = exitError
		}
	}()
	e := &env{stdout: stdout, stderr: stderr, now: now, today: catalog.DateFromTime(now()), verbose: verboseFromEnv()}
	err := dispatch(e, args)
	var usage *UsageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "certplan: %s\n", lowerFirst(oneLine(usage.Msg)))
		status = exitUsage
	default:
		fmt.Fprintf(stderr, "certplan: %s\n", lowerFirst(oneLine(err.Error())))
		status = exitError
	}
	if e.verbose {
		if cause := causeOf(err); cause != "" {
			fmt.Fprintf(stderr, "certplan: cause: %s\n", oneLine(cause))
		}
	}
	return status
}

// dispatch takes the global options out of args and runs the command
// they leave, or prints the help.
func dispatch(e *env, args []string) error {
	g, err := parseGlobals(args)
	e.dataDir, e.verbose = g.dataDir, e.verbose || g.verbose
	if err != nil {
		return err
	}
	if g.command == "" {
		printHelp(e.stdout)
		return nil
	}
	c, ok := findCommand(g.command)
	if !ok {
		return badInput("unknown command %q: use one of %s", g.command, strings.Join(commandNames(), ", "))
	}
	cat, err := loadCatalog()
	if err != nil {
		return fmt.Errorf("the built-in catalog is damaged: %w", err)
	}
	e.cat = cat
	return c.run(e, c, g.args)
}

// loadCatalog reads the catalog each command works on; tests swap in one
// with fixture study items.
var loadCatalog = catalog.Load

// printHelp prints the commands, in the order of the command table, and
// the global options.
func printHelp(w io.Writer) {
	fmt.Fprintln(w, "certplan: a study planner for AWS certifications.")
	fmt.Fprintln(w, "Run it with no arguments to open the desktop app, or with a command:")
	for _, c := range commandTable() {
		fmt.Fprintf(w, "  certplan %s\n      %s\n", c.usage, c.summary)
	}
	fmt.Fprintln(w, "Global options, anywhere on the line: --data DIR keeps certplan's data in DIR; --verbose also prints")
	fmt.Fprintln(w, "the technical cause of a failure (or set CERTPLAN_VERBOSE=1). Each command takes --help.")
}

// oneLine keeps an error message to a single line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

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
