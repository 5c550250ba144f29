package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// withStore opens the learner's data (the --data folder, or the default
// one), runs fn on it and closes it. A recovered file and failed automatic
// backups are reported on stderr; the command still runs.
func withStore(e *env, fn func(ctx context.Context, db *storage.DB) error) error {
	dir, err := e.dataFolder()
	if err != nil {
		return err
	}
	var mu sync.Mutex
	var backupErrs []string
	db, err := storage.Open(dir, storage.Options{Catalog: e.cat, Now: e.now, ReadOnlyFallback: true, OnBackupError: func(err error) {
		mu.Lock()
		defer mu.Unlock()
		backupErrs = append(backupErrs, storage.ErrorMessage(err))
	}})
	if err != nil {
		return storeErr(err)
	}
	for _, notice := range db.Startup().Notices() {
		fmt.Fprintf(e.stderr, "certplan: %s\n", oneLine(notice))
	}
	err = fn(context.Background(), db)
	if cerr := db.Close(); err == nil {
		err = storeErr(cerr)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, msg := range backupErrs {
		fmt.Fprintf(e.stderr, "certplan: %s\n", oneLine(msg))
	}
	return err
}

// withStoreReport opens the learner's data as withStore does, runs op on it
// and prints the text op returns. op returns storage's errors as they are:
// an error, mapped by storeErr, is the command's instead, and the text is
// then not printed.
func withStoreReport(e *env, op func(ctx context.Context, db *storage.DB) (string, error)) error {
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		text, err := op(ctx, db)
		if err != nil {
			return storeErr(err)
		}
		_, err = fmt.Fprint(e.stdout, text)
		return err
	})
}

// withPlan opens the learner's data as withStore does, loads saved plan id
// and runs fn on it; an unknown plan is bad input, as storeErr has it.
func withPlan(e *env, id int64, fn func(ctx context.Context, db *storage.DB, p planner.StudyPlan) error) error {
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		p, err := loadPlan(ctx, db, id, e.today)
		if err != nil {
			return err
		}
		return fn(ctx, db, p)
	})
}

// loadPlan reads saved plan id as it stands on today beside the other
// active plans (storage.DB.PlanOn: its standing counts the hours they
// leave, as every command and the desktop say it), with its failure in the
// command line's terms (storeErr).
func loadPlan(ctx context.Context, db *storage.DB, id int64, today catalog.Date) (planner.StudyPlan, error) {
	p, err := db.PlanOn(ctx, id, today)
	return p, storeErr(err)
}

// storeErr turns a storage error into the command line's: invalid input
// and unknown plans, topics or attempts are bad input (status 2), and so is
// a file given to restore that is not a certplan backup.
func storeErr(err error) error {
	switch storage.ErrorCode(err) {
	case "":
		return nil
	case storage.CodeInvalid, storage.CodeNotFound:
		return &UsageError{Msg: storage.ErrorMessage(err), Cause: err}
	}
	if errors.Is(err, storage.ErrNotABackup) {
		return &UsageError{Msg: storage.ErrorMessage(err), Cause: err}
	}
	return &failure{msg: storage.ErrorMessage(err), cause: err}
}

// failure is a failure that is not the learner's input: the learner's
// sentence, and the error behind it for --verbose.
type failure struct {
	msg   string
	cause error
}

func (f *failure) Error() string { return f.msg }

// Unwrap returns the error behind the sentence.
func (f *failure) Unwrap() error { return f.cause }

// planArg parses a command whose one argument is a plan number and
// returns that number.
func planArg(fs *flag.FlagSet, c *command, args []string) (int64, error) {
	id, _, err := planArgs(fs, c, args, 1)
	return id, err
}

// planArgs parses a command whose n arguments start with a plan number and
// returns that number and the n arguments.
func planArgs(fs *flag.FlagSet, c *command, args []string, n int) (int64, []string, error) {
	pos, err := parseArgs(fs, c, args, n)
	if err != nil {
		return 0, nil, err
	}
	id, err := idArg("plan", pos[0])
	return id, pos, err
}

// optionalPlanArg parses a command whose one optional argument is a plan
// number and returns that number, or 0 when none is given.
func optionalPlanArg(fs *flag.FlagSet, c *command, args []string) (int64, error) {
	pos, err := parse(fs, args)
	switch {
	case err != nil:
		return 0, err
	case len(pos) > 1:
		return 0, wantArgs(c, pos, 1)
	case len(pos) == 1:
		return idArg("plan", pos[0])
	}
	return 0, nil
}

// idArg reads a plan or attempt number: a whole number from 1.
func idArg(what, s string) (int64, error) {
	t := strings.TrimSpace(s)
	id, err := strconv.ParseInt(t, 10, 64)
	switch {
	case errors.Is(err, strconv.ErrRange) && strings.TrimLeft(t, "+-0123456789") == "":
		return 0, badInput("there is no %s %s: %s", what, t, listHint(what))
	case err != nil:
		return 0, badInput("%s %q is not a number: %s", what, s, listHint(what))
	case id <= 0:
		return 0, badInput("there is no %s %d: %s numbers start at 1, and %s", what, id, what, listHint(what))
	}
	return id, nil
}

func listHint(what string) string {
	if what == "attempt" {
		return "certplan exams lists the attempts with their numbers"
	}
	return "certplan plans lists the plans with their numbers"
}

// wantArgs checks the number of positional arguments of a command.
func wantArgs(c *command, pos []string, n int) error {
	if len(pos) != n {
		return badInput("%s: expected %d argument(s), got %d: usage: certplan %s", c.name, n, len(pos), c.usage)
	}
	return nil
}

// parseFlagsOnly parses the flags of command c, which takes no arguments;
// example is a flag to name when someone gives one anyway.
func parseFlagsOnly(fs *flag.FlagSet, c *command, args []string, example string) error {
	pos, err := parse(fs, args)
	if err == nil && len(pos) > 0 {
		err = badInput("%s: unexpected %q: %s takes flags only, such as %s (see --help)", c.name, pos[0], c.name, example)
	}
	return err
}

// parseArgs parses the flags of command c in args and returns its n
// arguments, or says how to call it.
func parseArgs(fs *flag.FlagSet, c *command, args []string, n int) ([]string, error) {
	pos, err := parse(fs, args)
	if err == nil {
		err = wantArgs(c, pos, n)
	}
	return pos, err
}
