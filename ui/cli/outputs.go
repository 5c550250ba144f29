package cli

import (
	"os"

	"certplan/storage"
	"certplan/ui/export"
)

// dataFolder is the folder certplan keeps its data in: --data, or the
// default one. A --data that names a file is bad input.
func (e *env) dataFolder() (string, error) {
	if e.dataDir != "" {
		if info, err := os.Stat(e.dataDir); err == nil && !info.IsDir() {
			return "", badInput("--data %s is a file, not a folder: give a folder", e.dataDir)
		}
		return e.dataDir, nil
	}
	d, err := storage.DefaultDir()
	if err != nil {
		return "", storeErr(err)
	}
	return d, nil
}

// checkOutput refuses an output file that is, or lies in, certplan's own
// files, whether or not the data folder is open: `plan` takes no lock, so
// the desktop app may be using that file right now. what names the flag or
// command in the message ("--pdf", "export-data").
func (e *env) checkOutput(what, path string) error {
	if path == "" || path == "-" {
		return nil
	}
	dir, err := e.dataFolder()
	if err != nil {
		return nil // no data folder can be found, so none can be overwritten
	}
	if err := storage.CheckOutput(dir, path); err != nil {
		return badInput("%s %s", what, lowerFirst(storage.ErrorMessage(err)))
	}
	return nil
}

// check refuses, before anything is made, a requested file that is one of
// certplan's own, that is not a regular file (a folder, a device, a named
// pipe), or that two flags name at once. "-" is standard output, taken
// only where it is free (stdoutFree: nothing else is printed) and by one
// text file; a PDF is not text.
func (x *exportFiles) check(e *env, stdoutFree bool) error {
	files := x.named()
	for i, f := range files {
		if f.path == "-" {
			if err := x.checkStdout(f.flag, stdoutFree); err != nil {
				return err
			}
			continue
		}
		if err := e.checkOutput(f.flag+":", f.path); err != nil {
			return err
		}
		if _, err := export.SaveTarget(f.path); err != nil {
			return badInput("%s: %s", f.flag, err.Error())
		}
		for _, g := range files[:i] {
			if g.path != "-" && export.SameTarget(g.path, f.path) {
				return badInput("%s and %s name the same file %s: give each its own path", g.flag, f.flag, f.path)
			}
		}
	}
	return nil
}

// checkStdout refuses "-" (standard output) for flag unless stdout is free
// and flag names the only file, a text one.
func (x *exportFiles) checkStdout(flag string, stdoutFree bool) error {
	switch {
	case flag == "--pdf":
		return badInput("--pdf: a PDF is not text and cannot go to standard output (-): give a file path")
	case !stdoutFree:
		return badInput("%s: standard output (-) shows the plan here: give a file path", flag)
	case len(x.named()) > 1:
		return badInput("%s: standard output (-) takes one file alone: give the others a file path, or export them one at a time", flag)
	}
	return nil
}

// named lists the files asked for, each with its flag.
func (x *exportFiles) named() []struct{ flag, path string } {
	var out []struct{ flag, path string }
	for _, f := range []struct{ flag, path string }{{"--pdf", x.pdf}, {"--ics", x.ics}, {"--csv", x.csv}} {
		if f.path != "" {
			out = append(out, f)
		}
	}
	return out
}

// lowerFirst starts a storage sentence in lower case, to follow "--pdf: ";
// a sentence that starts with a code ("CLF-C02 ...") keeps it.
func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'a' || s[1] > 'z' {
		return s
	}
	return string(s[0]-'A'+'a') + s[1:]
}
