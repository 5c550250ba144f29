package cli

import (
	"context"
	"io"

	"certplan/storage"
)

// listing is a command that takes no arguments and prints one list read
// from the store: as text, or as JSON when it has a JSON view.
type listing[T any] struct {
	fetch    func(db *storage.DB, ctx context.Context) (T, error) // a method expression: (*storage.DB).Plans
	text     func(w io.Writer, list T) error
	json     func(list T) any // nil: the command has no --json
	jsonHelp string
}

// run parses the flags of command c, reads the list and prints it.
func (l listing[T]) run(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	asJSON := new(bool)
	if l.json != nil {
		asJSON = fs.Bool("json", false, l.jsonHelp)
	}
	if _, err := parseArgs(fs, c, args, 0); err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		list, err := l.fetch(db, ctx)
		if err != nil {
			return storeErr(err)
		}
		if *asJSON {
			return writeJSON(e.stdout, l.json(list))
		}
		return l.text(e.stdout, list)
	})
}
