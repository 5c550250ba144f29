package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"certplan/storage"
)

// oneArg parses a command that takes one positional argument and no flags.
func oneArg(e *env, c *command, args []string) (string, error) {
	pos, err := parseArgs(newFlags(e, c), c, args, 1)
	if err != nil {
		return "", err
	}
	return pos[0], nil
}

// runBackup makes a verified backup now and says where it is.
func runBackup(e *env, c *command, args []string) error {
	if _, err := parseArgs(newFlags(e, c), c, args, 0); err != nil {
		return err
	}
	return withStoreReport(e, func(ctx context.Context, db *storage.DB) (string, error) {
		b, err := db.Backup(ctx)
		return fmt.Sprintf("Backed up and verified: %s\n", b.Path), err
	})
}

// runRestore replaces the data with a backup file.
func runRestore(e *env, c *command, args []string) error {
	file, err := oneArg(e, c, args)
	if err != nil {
		return err
	}
	if file, err = filepath.Abs(file); err != nil {
		return badInput("restore: %s", err.Error())
	}
	return withStoreReport(e, func(ctx context.Context, db *storage.DB) (string, error) {
		r, err := db.Restore(ctx, file)
		return fmt.Sprintf("Restored %s.\nThe data it replaced is backed up at %s and kept at %s.\n", r.From, r.SafetyBackup, r.MovedAside), err
	})
}

// runExportData writes all the data as JSON to a file or stdout.
func runExportData(e *env, c *command, args []string) error {
	file, err := oneArg(e, c, args)
	if err != nil {
		return err
	}
	if err := e.checkOutput("export-data:", file); err != nil {
		return err
	}
	if fi, err := os.Stat(file); (err == nil && fi.IsDir()) || strings.HasSuffix(file, string(filepath.Separator)) {
		return badInput("export-data: %s is a folder: give a file name in it, such as %s", file, filepath.Join(file, "certplan-data.json"))
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		if file == "-" {
			return storeErr(db.Export(ctx, e.stdout))
		}
		x, err := db.ExportData(ctx)
		if err != nil {
			return storeErr(err)
		}
		if err := storage.WriteFileAtomic(file, func(w io.Writer) error { return writeJSON(w, x) }); err != nil {
			return fmt.Errorf("export-data: cannot write %s: %w", file, err)
		}
		_, err = fmt.Fprintf(e.stdout, "Exported %d plans and %d exam attempts to %s.\n", len(x.Plans), len(x.Attempts), file)
		return err
	})
}

// runImportData replaces all the data with an export-data file.
func runImportData(e *env, c *command, args []string) error {
	file, err := oneArg(e, c, args)
	if err != nil {
		return err
	}
	in, err := openInput(file)
	if err != nil {
		return badInput("import-data: %s", err.Error())
	}
	defer in.Close()
	x, err := storage.ParseExport(in, e.cat, e.today)
	if err != nil {
		return storeErr(err)
	}
	return withStoreReport(e, func(ctx context.Context, db *storage.DB) (string, error) {
		r, err := db.Import(ctx, x)
		return fmt.Sprintf("Imported %d plans and %d exam attempts.\nThe data it replaced is backed up at %s.\n", r.Plans, r.Attempts, r.SafetyBackup), err
	})
}

// openInput opens a file, or stdin for "-".
func openInput(file string) (io.ReadCloser, error) {
	if file == "-" {
		return io.NopCloser(os.Stdin), nil
	}
	return os.Open(file)
}
