package storage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ownFilesFolder makes a data folder holding every kind of file certplan
// keeps there, and a folder beside it for the learner's own files.
func ownFilesFolder(t testing.TB) (data, outside string) {
	t.Helper()
	root := t.TempDir()
	data, outside = filepath.Join(root, "data"), filepath.Join(root, "home")
	for _, d := range []string{data, outside, filepath.Join(data, backupsDir), filepath.Join(data, damagedDir), filepath.Join(data, replacedDir)} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{dbName, dbName + "-wal", dbName + "-shm", lockName, "backups/certplan-20260101-000000-daily.db"} {
		if err := os.WriteFile(filepath.Join(data, f), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return data, outside
}

// TestCheckOutputRefusesCertplansOwnFiles: every own file, reached by its
// name, a relative path, a symlinked folder or a symlink to the file, is
// refused with a message naming the path; the learner's files are not.
func TestCheckOutputRefusesCertplansOwnFiles(t *testing.T) {
	data, outside := ownFilesFolder(t)
	link := func(name, to string) string {
		p := filepath.Join(outside, name)
		if err := os.Symlink(to, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	dirLink := link("data-link", data)
	dangling := link("new-db", filepath.Join(data, dbName+"-journal"))
	hard := filepath.Join(outside, "hard.db")
	if err := os.Link(filepath.Join(data, dbName), hard); err != nil {
		t.Fatal(err)
	}
	t.Chdir(outside)
	own := []string{dbName, dbName + "-wal", dbName + "-shm", dbName + "-journal", lockName, dbName + ".restore",
		"backups/certplan-20260101-000000-daily.db", "backups/new.pdf", "damaged/x.db", "replaced/y.pdf", "backups"}
	var refused []string
	for _, name := range own {
		refused = append(refused, filepath.Join(data, name), filepath.Join(dirLink, name), filepath.Join("..", "data", name),
			filepath.Join("data-link", name), filepath.Join("data-link", ".", "backups", "..", name))
	}
	refused = append(refused, data, dirLink, "data-link", "..", filepath.Dir(data), dangling, "new-db",
		link("to-db", filepath.Join(data, dbName)), link("rel-to-wal", filepath.Join("..", "data", dbName+"-wal")), hard)
	for _, p := range refused {
		err := CheckOutput(data, p)
		if ErrorCode(err) != CodeInvalid || !strings.HasPrefix(ErrorMessage(err), "Cannot save to "+p+": it is ") || !strings.Contains(ErrorMessage(err), "choose a file outside") {
			t.Errorf("CheckOutput(%q) = %v, want a refusal naming it", p, err)
		}
	}
	allowed := []string{"plan.pdf", filepath.Join(outside, "plan.pdf"), filepath.Join(dirLink, "..", "home", "certplan.db"),
		filepath.Join(data+"-other", dbName), filepath.Join(data, "notes", "plan.pdf"), filepath.Join(data, "plan.pdf"),
		link("to-home", outside) + "/plan.ics"}
	for _, p := range allowed {
		if err := CheckOutput(data, p); err != nil {
			t.Errorf("CheckOutput(%q) = %v, want nil", p, err)
		}
	}
}

// TestCheckOutputResolvesTheDataFolder: a data folder given by a relative
// path or through a symlink protects the same files.
func TestCheckOutputResolvesTheDataFolder(t *testing.T) {
	data, outside := ownFilesFolder(t)
	viaLink := filepath.Join(outside, "d")
	if err := os.Symlink(data, viaLink); err != nil {
		t.Fatal(err)
	}
	t.Chdir(outside)
	for _, dir := range []string{viaLink, "d", "../data", "./d/"} {
		if err := CheckOutput(dir, filepath.Join(data, dbName)); ErrorCode(err) != CodeInvalid {
			t.Errorf("data folder %q: %v, want a refusal", dir, err)
		}
	}
}

// TestCheckOutputLinkLoop: a loop of links is refused, not followed forever.
func TestCheckOutputLinkLoop(t *testing.T) {
	data, outside := ownFilesFolder(t)
	a, b := filepath.Join(outside, "a"), filepath.Join(outside, "b")
	if os.Symlink(b, a) != nil || os.Symlink(a, b) != nil {
		t.Fatal("symlink")
	}
	if err := CheckOutput(data, a); ErrorCode(err) != CodeInvalid || !strings.Contains(ErrorMessage(err), "too many symbolic links") {
		t.Errorf("loop: %v", err)
	}
}

// FuzzCheckOutput: any path resolves without a panic, and a path that names
// an own file beside the data folder's own name is refused whatever comes
// before it.
func FuzzCheckOutput(f *testing.F) {
	data, outside := ownFilesFolder(f)
	for _, seed := range []string{"certplan.db", "../data/certplan.db", "backups/x", "a/../../b", "", ".", "//", "plan.pdf", "\x00"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, path string) {
		err := CheckOutput(data, filepath.Join(outside, path))
		if err != nil && ErrorCode(err) != CodeInvalid {
			t.Fatalf("%q: code %q", path, ErrorCode(err))
		}
		if err := CheckOutput(data, filepath.Join(data, "x"+strings.NewReplacer("/", "_", "\\", "_").Replace(path), "..", dbName)); ErrorCode(err) != CodeInvalid {
			t.Fatalf("%q: the data file was not refused: %v", path, err)
		}
	})
}
