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
	"sort"
	"strings"
	"time"

	"certplan/catalog"
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
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

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
	e := &env{stdout: stdout, stderr: stderr, today: catalog.DateFromTime(Now())}
	err := dispatch(e, args)
	var usage *UsageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "certplan: %s\n", oneLine(usage.Msg))
		return exitUsage
	default:
		fmt.Fprintf(stderr, "certplan: %s\n", oneLine(err.Error()))
		return exitError
	}
}

func dispatch(e *env, args []string) error {
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch a := args[0]; {
		case a == "-h" || a == "--help" || a == "help":
			printHelp(e.stdout)
			return nil
		case a == "--data" || a == "-data":
			if len(args) < 2 {
				return badInput("--data needs a folder: certplan --data DIR COMMAND")
			}
			e.dataDir, args = args[1], args[2:]
		case strings.HasPrefix(a, "--data="):
			e.dataDir, args = strings.TrimPrefix(a, "--data="), args[1:]
		default:
			return badInput("unknown option %s: the options before a command are --data DIR and --help", a)
		}
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
	fmt.Fprintln(w, "Global option: --data DIR keeps certplan's data in DIR. Each command takes --help.")
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
