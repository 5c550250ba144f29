package cli

import (
	"os"

	"certplan/storage"
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

// check refuses any requested file that is one of certplan's own.
func (x *exportFiles) check(e *env) error {
	for _, f := range []struct{ flag, path string }{{"--pdf", x.pdf}, {"--ics", x.ics}, {"--csv", x.csv}} {
		if err := e.checkOutput(f.flag+":", f.path); err != nil {
			return err
		}
	}
	return nil
}

// lowerFirst starts a storage sentence in lower case, to follow "--pdf: ";
// a sentence that starts with a code ("CLF-C02 ...") keeps it.
func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'a' || s[1] > 'z' {
		return s
	}
	return string(s[0]-'A'+'a') + s[1:]
}
