package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"certplan/planner"
	"certplan/storage"
	"certplan/ui/export"
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

// runRestore replaces the data with a backup file and says what the
// backup holds and what it replaced. A backup that holds fewer plans, exam
// attempts or certifications than the data is refused without --yes.
func runRestore(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	yes := fs.Bool("yes", false, "restore even a backup that holds fewer plans, exam attempts or certifications than your data")
	pos, err := parseArgs(fs, c, args, 1)
	if err != nil {
		return err
	}
	file, err := filepath.Abs(pos[0])
	if err != nil {
		return badInput("restore: %s", err.Error())
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		r, err := db.RestoreWith(ctx, file, storage.RestoreOptions{RefuseLoss: !*yes})
		if errors.Is(err, storage.ErrWouldLose) {
			return badInput("restore: %s holds %s, fewer than your data's %s: nothing was restored; to replace your data with it anyway, run certplan restore --yes %s",
				describeBackup(e, r), r.Holds.String(), r.Replaces.String(), file)
		}
		if err != nil {
			return storeErr(err)
		}
		_, err = fmt.Fprintf(e.stdout, "Restored %s: %s.\nIt replaced %s, backed up at %s (the replaced file itself is kept at %s).\n",
			describeBackup(e, r), r.Holds.String(), r.Replaces.String(), r.SafetyBackup, r.MovedAside)
		return err
	})
}

// describeBackup names the restored file: "the backup made 2026-12-03 07:49
// (daily)" when its name is a backup's, else its path.
func describeBackup(e *env, r planner.BackupRestore) string {
	if r.Kind == "" {
		return r.Path
	}
	return fmt.Sprintf("the backup made %s (%s)", r.Made.In(e.now().Location()).Format(madeLayout), r.Kind)
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
	if err := checkDataTarget(file); err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		if file == "-" {
			return storeErr(db.Export(ctx, e.stdout))
		}
		x, err := db.ExportData(ctx)
		if err != nil {
			return storeErr(err)
		}
		var buf bytes.Buffer
		if err := writeJSON(&buf, x); err != nil {
			return err
		}
		if err := export.WritePrivateFile(file, buf.Bytes()); err != nil {
			return fmt.Errorf("export-data: %w", err)
		}
		_, err = fmt.Fprintf(e.stdout, "Exported %d plans and %d exam attempts to %s.\n", len(x.Plans), len(x.Attempts), file)
		return err
	})
}

// checkDataTarget refuses an export-data path that is not a regular file
// or absent (a directory, a device, a named pipe), before the data is read.
func checkDataTarget(file string) error {
	if file == "-" {
		return nil
	}
	if fi, err := os.Stat(file); (err == nil && fi.IsDir()) || strings.HasSuffix(file, string(filepath.Separator)) {
		return badInput("export-data: %s is a directory; choose a file path in it, such as %s", file, filepath.Join(file, "certplan-data.json"))
	}
	if _, err := export.SaveTarget(file); err != nil {
		return badInput("export-data: %s", err.Error())
	}
	return nil
}

// runImportData replaces all the data with an export-data file.
func runImportData(e *env, c *command, args []string) error {
	file, err := oneArg(e, c, args)
	if err != nil {
		return err
	}
	in, err := openInput(file)
	if errors.Is(err, fs.ErrNotExist) {
		return badInput("import-data: there is no file %s: give the path of a file export-data saved", file)
	}
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
