package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// maxLinks bounds the symbolic links followed while resolving a path, as
// the system itself does, so a loop of links ends.
const maxLinks = 255

// CheckOutput refuses an output path (an export, a PDF, a calendar) that
// is, or lies inside, one of certplan's own files in the data folder
// dataDir: the data file with its -wal, -shm and -journal, the lock, a
// restore's temporary file, anything in backups/, damaged/ or replaced/,
// and the data folder itself. Writing there would replace the learner's
// data with the export. The path is resolved as the system would open it:
// relative to the working folder, through every symbolic link of the part
// that exists (a dangling link's target too). The refusal is a CodeInvalid
// Error naming the path and what to do; nil means the path is not ours.
func CheckOutput(dataDir, path string) error {
	if dataDir == "" || path == "" {
		return nil
	}
	data, err := resolvePath(dataDir)
	if err != nil {
		return nil // a data folder that cannot be resolved holds nothing to overwrite
	}
	target, err := resolvePath(path)
	if err != nil {
		return errorf(CodeInvalid, fmt.Sprintf("Cannot save to %s: %s; choose another file.", path, causeText(err)), err)
	}
	what := ownedBy(data, target)
	if what == "" {
		what = sameAsOwnFile(data, target)
	}
	if what == "" {
		return nil
	}
	return errorf(CodeInvalid, fmt.Sprintf("Cannot save to %s: it is %s; choose a file outside certplan's data folder %s.", path, what, dataDir), nil)
}

// causeText is the system's reason without the operation and path.
func causeText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ownedBy names what target is in the resolved data folder data, or "".
func ownedBy(data, target string) string {
	if samePath(data, target) {
		return "certplan's data folder"
	}
	if _, ok := inside(target, data); ok {
		return "a folder that holds certplan's data folder"
	}
	rel, ok := inside(data, target)
	if !ok {
		return ""
	}
	first, rest, nested := strings.Cut(rel, string(filepath.Separator))
	for _, dir := range []string{backupsDir, damagedDir, replacedDir} {
		if sameName(first, dir) {
			return "inside certplan's " + dir + " folder"
		}
	}
	if nested || rest != "" {
		return ""
	}
	return ownFileName(first)
}

// inside reports whether p lies inside the folder base, and where.
func inside(base, p string) (string, bool) {
	rel, err := filepath.Rel(base, p)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return rel, true
}

// ownFileName names the own file called name in the data folder, or "".
func ownFileName(name string) string {
	lower := strings.ToLower(name)
	if !caseFolds() {
		lower = name
	}
	switch {
	case lower == dbName:
		return "certplan's data file"
	case strings.HasPrefix(lower, dbName):
		return "part of certplan's data file " + dbName
	case strings.HasPrefix(lower, lockName):
		return "certplan's lock file"
	case strings.HasSuffix(lower, ".restore"):
		return "a file certplan writes while restoring"
	}
	return ""
}

// sameAsOwnFile names the own file that target already is under another
// name (a hard link), or "".
func sameAsOwnFile(data, target string) string {
	fi, err := os.Stat(target)
	if err != nil || !fi.Mode().IsRegular() {
		return ""
	}
	for _, name := range []string{dbName, dbName + "-wal", dbName + "-shm", dbName + "-journal", lockName} {
		if own, err := os.Stat(filepath.Join(data, name)); err == nil && os.SameFile(fi, own) {
			return "another name of " + ownFileName(name)
		}
	}
	return ""
}

// resolvePath makes path absolute and follows every symbolic link in it,
// component by component as the system does ("link/.." is the link
// target's parent), keeping the components that do not exist yet.
func resolvePath(path string) (string, error) {
	if !filepath.IsAbs(path) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		path = wd + string(filepath.Separator) + path
	}
	vol := filepath.VolumeName(path)
	resolved := vol + string(filepath.Separator)
	todo := splitPath(path[len(vol):])
	for links := 0; len(todo) > 0; {
		part := todo[0]
		todo = todo[1:]
		switch part {
		case "", ".":
			continue
		case "..":
			resolved = filepath.Dir(resolved)
			continue
		}
		next := filepath.Join(resolved, part)
		fi, err := os.Lstat(next)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			resolved = next
			continue
		}
		if links++; links > maxLinks {
			return "", fmt.Errorf("too many symbolic links in %s", path)
		}
		link, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		if filepath.IsAbs(link) {
			vol = filepath.VolumeName(link)
			resolved, link = vol+string(filepath.Separator), link[len(vol):]
		}
		todo = append(splitPath(link), todo...)
	}
	return filepath.Clean(resolved), nil
}

// splitPath cuts a path into its components.
func splitPath(p string) []string {
	return strings.FieldsFunc(p, func(r rune) bool { return r < 0x80 && os.IsPathSeparator(uint8(r)) })
}

// caseFolds reports whether file names ignore case on this system (macOS
// and Windows by default), so "CertPlan.DB" is the data file there.
func caseFolds() bool { return runtime.GOOS == "darwin" || runtime.GOOS == "windows" }

// sameName compares two file names as the system would.
func sameName(a, b string) bool {
	if caseFolds() {
		return strings.EqualFold(a, b)
	}
	return a == b
}

// samePath compares two resolved paths as the system would.
func samePath(a, b string) bool { return sameName(filepath.Clean(a), filepath.Clean(b)) }
