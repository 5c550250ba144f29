package storage

import (
	"bytes"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"certplan/planner"
)

// damages are the ways a data file can be broken, each a function that
// breaks the file at path.
var damages = []struct {
	name    string
	problem Problem
	damage  func(tb testing.TB, path string)
}{
	{"zero bytes", ProblemEmpty, func(tb testing.TB, path string) { writeFile(tb, path, nil) }},
	{"random bytes", ProblemForeign, func(tb testing.TB, path string) {
		b := make([]byte, 64<<10)
		for i := range b {
			b[i] = byte(rand.IntN(256))
		}
		writeFile(tb, path, b)
	}},
	{"truncated", ProblemDamaged, func(tb testing.TB, path string) {
		info, _ := os.Stat(path)
		if err := os.Truncate(path, info.Size()/2); err != nil {
			tb.Fatal(err)
		}
	}},
	{"flipped page", ProblemDamaged, func(tb testing.TB, path string) {
		b, _ := os.ReadFile(path)
		page := 4096
		for i := 2 * page; i < 3*page; i++ { // the third page: a table's b-tree page
			b[i] ^= 0xff
		}
		writeFile(tb, path, b)
	}},
	{"text file", ProblemForeign, func(tb testing.TB, path string) {
		writeFile(tb, path, []byte(strings.Repeat("These are my study notes, not a database.\n", 100)))
	}},
	{"another program's database", ProblemForeign, func(tb testing.TB, path string) {
		os.Remove(path)
		raw := rawDB(tb, path)
		if _, err := raw.Exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('cat.jpg')"); err != nil {
			tb.Fatal(err)
		}
		raw.Close()
	}},
}

func writeFile(tb testing.TB, path string, b []byte) {
	tb.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		tb.Fatal(err)
	}
}

// seedForDamage makes a data folder with a backup holding one plan with a
// tick, and a later tick that only the live file has. It returns the plan.
func seedForDamage(tb testing.TB, dir string, backup bool) planner.StudyPlan {
	ctx := tb.Context()
	db := MustOpenDir(tb, dir)
	p := MustCreatePlan(tb, db, "SAA-C03")
	for _, exam := range []string{"SAP-C02", "DVA-C02", "SOA-C02", "CLF-C02"} { // several pages
		MustCreatePlan(tb, db, exam)
	}
	if err := db.Tick(ctx, p.ID, p.Schedule.Topics[0].ID, 0, 0); err != nil {
		tb.Fatal(err)
	}
	if backup {
		if _, err := db.Backup(ctx); err != nil {
			tb.Fatal(err)
		}
	}
	if err := db.Tick(ctx, p.ID, p.Schedule.Topics[1].ID, 0, 0); err != nil {
		tb.Fatal(err)
	}
	MustClose(tb, db)
	return p
}

func TestDamagedFileIsKeptAndBackupRestored(t *testing.T) {
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			dir := t.TempDir()
			p := seedForDamage(t, dir, true)
			path := dir + "/" + dbName
			d.damage(t, path)
			damaged, _ := os.ReadFile(path)
			db := MustOpenDir(t, dir)
			r := db.Startup().Recovery
			if r == nil || r.Problem != d.problem || r.RestoredFrom == "" {
				t.Fatalf("recovery %+v, want %s with a restored backup", r, d.problem)
			}
			if kept, err := os.ReadFile(r.MovedTo); err != nil || !bytes.Equal(kept, damaged) {
				t.Fatalf("the damaged file was not kept byte-for-byte at %s: %v", r.MovedTo, err)
			}
			if !strings.Contains(r.Message(), r.MovedTo) || !strings.Contains(r.Message(), "restored the backup") {
				t.Fatalf("message %q", r.Message())
			}
			got, err := db.Plan(t.Context(), p.ID)
			if err != nil {
				t.Fatalf("the backup's plan: %v", err)
			}
			if !got.Progress[p.Schedule.Topics[0].ID].Done || got.Progress[p.Schedule.Topics[1].ID].Done {
				t.Fatalf("restored progress is not the backup's")
			}
		})
	}
}

func TestDamagedFileWithoutBackupStartsEmptyAndKeepsIt(t *testing.T) {
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			dir := t.TempDir()
			seedForDamage(t, dir, false)
			path := dir + "/" + dbName
			d.damage(t, path)
			damaged, _ := os.ReadFile(path)
			db := MustOpenDir(t, dir)
			r := db.Startup().Recovery
			if r == nil {
				t.Fatal("no recovery, want one saying there is no good backup")
			}
			if r.RestoredFrom != "" {
				t.Errorf("restored from %s, want nothing restored", r.RestoredFrom)
			}
			if !strings.Contains(r.Message(), "no good backup") {
				t.Errorf("recovery message %q, want it to say no good backup", r.Message())
			}
			if kept, _ := os.ReadFile(r.MovedTo); !bytes.Equal(kept, damaged) {
				t.Fatal("the damaged file was not kept byte-for-byte")
			}
			if plans, err := db.Plans(t.Context()); err != nil || len(plans) != 0 {
				t.Fatalf("plans %v %v", plans, err)
			}
		})
	}
}

func TestDamagedBackupIsSkipped(t *testing.T) {
	dir := t.TempDir()
	db := MustOpenDir(t, dir)
	MustCreatePlan(t, db, "SAA-C03")
	good := MustBackup(t, db)
	testNow = testNow.Add(time.Minute) // a newer backup, which is then damaged
	defer func() { testNow = testNow.Add(-time.Minute) }()
	bad := MustBackup(t, db)
	writeFile(t, bad.Path, []byte("garbage"))
	MustClose(t, db)
	writeFile(t, dir+"/"+dbName, nil)
	again := MustOpenDir(t, dir)
	if r := again.Startup().Recovery; r == nil || r.RestoredFrom != good.Path {
		t.Fatalf("recovery %+v, want the good backup %s", r, good.Path)
	}
}
