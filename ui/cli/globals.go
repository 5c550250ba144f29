package cli

import "strings"

// globals are the options certplan takes anywhere on the line, and what
// the line asks for once they are taken out of it.
type globals struct {
	dataDir string   // --data DIR: "" for the usual folder
	verbose bool     // --verbose: print the technical cause of a failure too
	help    bool     // --help, -h or help before any command
	command string   // the command's name; "" for none
	args    []string // the command's own arguments, in order
}

// parseGlobals is the one reader of the global options, for the desktop
// app and the command line alike: it takes --data DIR and --verbose from
// anywhere before "--", then reads what is left: help, a command and its
// arguments, or nothing. --data given twice is bad input, not the last one
// silently winning: one of the two folders is a mistake.
func parseGlobals(args []string) (globals, error) {
	var g globals
	rest, err := g.take(args)
	if err != nil {
		return g, err
	}
	switch {
	case len(rest) == 0:
	case rest[0] == "-h" || rest[0] == "--help" || rest[0] == "help":
		g.help = true
	case strings.HasPrefix(rest[0], "-"):
		return g, badInput("unknown option %s: the options before a command are --data DIR, --verbose and --help", rest[0])
	default:
		g.command, g.args = rest[0], rest[1:]
	}
	return g, nil
}

// take sets g's options from args, before any "--", and returns the other
// arguments in order. --verbose=VALUE is not the global option: it goes to
// the command, which refuses it.
func (g *globals) take(args []string) ([]string, error) {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		name, value, hasValue := optionParts(args[i])
		switch {
		case args[i] == "--":
			return append(out, args[i:]...), nil
		case name == "data":
			if !hasValue && i+1 < len(args) {
				i, value, hasValue = i+1, args[i+1], true
			}
			if !hasValue || strings.TrimSpace(value) == "" {
				return nil, badInput("--data needs a folder, such as certplan --data ~/certplan COMMAND (leave --data out for the usual folder)")
			}
			if g.dataDir != "" {
				return nil, badInput("--data is given twice (%s and %s): give --data once", g.dataDir, value)
			}
			g.dataDir = value
		case name == "verbose" && !hasValue:
			g.verbose = true
		default:
			out = append(out, args[i])
		}
	}
	return out, nil
}

// optionParts splits "--name=value" or "-name" into name and value; name
// is "" for an argument that is not an option.
func optionParts(arg string) (name, value string, hasValue bool) {
	s, ok := strings.CutPrefix(arg, "-")
	if !ok {
		return "", "", false
	}
	return strings.Cut(strings.TrimPrefix(s, "-"), "=")
}

// DesktopDataDir reports whether args ask for the desktop app rather than a
// command: none at all, or only the global --data DIR option. It returns the
// data folder given, if any.
func DesktopDataDir(args []string) (dir string, desktop bool) {
	g, err := parseGlobals(args)
	if err != nil || g.help || g.verbose || g.command != "" {
		return "", false
	}
	return g.dataDir, true
}
