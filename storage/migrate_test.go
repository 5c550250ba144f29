package storage

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"certplan/planner"
)

// Fixtures: testdata/vN.db is a data file as certplan with schema version N
// left it, holding one plan with one tick. Write them (once per new schema
// version, then commit them) with:
//
//	CERTPLAN_WRITE_FIXTURES=1 go test ./storage -run TestWriteFixtures
func fixturePath(v int) string { return filepath.Join("testdata", fmt.Sprintf("v%d.db", v)) }

// fixtureTopic is the topic ticked in every fixture.
const fixtureTopic = "SAA-C03:1.1"

// earlierVersions are the schema versions before the latest, one per step.
func earlierVersions() []int {
	var out []int
	for _, m := range migrations() {
		if m.version < latestVersion {
			out = append(out, m.version)
		}
	}
	return out
}

func TestWriteFixtures(t *testing.T) {
	if os.Getenv("CERTPLAN_WRITE_FIXTURES") == "" {
		t.Skip("set CERTPLAN_WRITE_FIXTURES=1 to rewrite testdata/vN.db")
	}
	for _, v := range earlierVersions() {
		if fileExists(fixturePath(v)) {
			continue // a released version's fixture never changes
		}
		writeFixture(t, v)
	}
}

// writeFixture runs the migrations up to v only and seeds them with SQL of
// that version.
func writeFixture(t *testing.T, v int) {
	ctx := t.Context()
	tmp := filepath.Join(t.TempDir(), "fixture.db")
	conn, err := sql.Open("sqlite3", dsn(tmp, 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, conn, v); err != nil {
		t.Fatal(err)
	}
	seedFixture(t, conn)
	if _, err := conn.Exec("PRAGMA journal_mode = DELETE"); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	if err := copyFileSynced(tmp, fixturePath(v)); err != nil {
		t.Fatal(err)
	}
}

// seedFixture stores one SAA-C03 plan with a tick, in version 1's tables.
func seedFixture(t *testing.T, conn *sql.DB) {
	in := testInput("SAA-C03")
	p, err := planner.Build(testCat, in)
	if err != nil {
		t.Fatal(err)
	}
	blob, _ := encodeSchedule(p)
	input := fmt.Sprintf(`{"exam":"SAA-C03","start":"%s","exam_date":null,"hours":[1,1,1,1,1,5,0],"held":null,"experience":"some","country":"","time_off":null,"hours_override":0}`, in.Start)
	const at = "2026-03-02T12:00:00Z"
	type stmt struct {
		q    string
		args []any
	}
	stmts := []stmt{
		{"INSERT INTO settings (id, hours, country, experience, study_time) VALUES (1, '[1,1,1,1,1,5,0]', 'DE', 'some', 'evening')", nil},
		{"INSERT INTO plans (id, name, exam, created) VALUES (1, 'SAA-C03', 'SAA-C03', ?)", []any{at}},
		{"INSERT INTO plan_versions (plan_id, version, created, reason, today, exam_date, input, schedule) VALUES (1, 1, ?, 'new', ?, ?, ?, ?)",
			[]any{at, p.Today.String(), p.ExamDate.String(), input, blob}},
	}
	for _, tp := range p.Topics {
		stmts = append(stmts, stmt{"INSERT INTO progress (plan_id, topic, updated) VALUES (1, ?, ?)", []any{tp.ID, at}})
	}
	stmts = append(stmts,
		stmt{"UPDATE progress SET done = 1, done_on = '2026-03-02', hours = 2 WHERE topic = ?", []any{fixtureTopic}},
		stmt{"INSERT INTO progress_log (plan_id, topic, action, at, done, done_on, hours) VALUES (1, ?, 'tick', ?, 1, '2026-03-02', 2)", []any{fixtureTopic, at}})
	for _, s := range stmts {
		if _, err := conn.Exec(s.q, s.args...); err != nil {
			t.Fatalf("%s: %v", s.q, err)
		}
	}
}

func TestMigrateFromEveryEarlierVersion(t *testing.T) {
	for _, v := range earlierVersions() {
		t.Run(fmt.Sprintf("v%d", v), func(t *testing.T) {
			if !fileExists(fixturePath(v)) {
				t.Fatalf("%s is missing: CERTPLAN_WRITE_FIXTURES=1 go test ./storage -run TestWriteFixtures", fixturePath(v))
			}
			dir := t.TempDir()
			if err := copyFileSynced(fixturePath(v), filepath.Join(dir, dbName)); err != nil {
				t.Fatal(err)
			}
			db := MustOpenDir(t, dir)
			st := db.Startup()
			if st.MigratedFrom != v {
				t.Errorf("migrated from version %d, want %d", st.MigratedFrom, v)
			}
			if st.MigrationBackup == "" {
				t.Error("no backup before the migration, want one")
			}
			if st.Recovery != nil {
				t.Fatalf("recovery %+v, want none", st.Recovery)
			}
			if got, err := verifyFile(t.Context(), st.MigrationBackup); err != nil || got != v {
				t.Fatalf("backup before the upgrade has version %d, %v", got, err)
			}
			checkMigratedData(t, db)
			if got, want := schemaOf(t, db.rw), schemaOf(t, MustOpenDB(t).rw); got != want {
				t.Fatalf("migrated schema differs from a new file's:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// checkMigratedData reads the fixture's plan and uses the newer tables.
func checkMigratedData(t *testing.T, db *DB) {
	ctx := t.Context()
	p, err := db.Plan(ctx, 1)
	if err != nil || !p.Progress[fixtureTopic].Done || p.Progress[fixtureTopic].Hours != 2 {
		t.Fatalf("the fixture's plan after the upgrade: %+v, %v", p.Progress[fixtureTopic], err)
	}
	if s, saved, _ := db.Settings(ctx); !saved || s.StudyTime != planner.Evening {
		t.Fatalf("settings %+v", s)
	}
	if _, err := db.AddAttempt(ctx, planner.Attempt{Exam: "SAA-C03", Date: testToday, Status: planner.Passed, Score: 800}); err != nil {
		t.Fatalf("attempts after the upgrade: %v", err)
	}
	if err := db.Untick(ctx, 1, fixtureTopic); err != nil {
		t.Fatal(err)
	}
}

// schemaOf lists a file's tables and indexes as SQL.
func schemaOf(t *testing.T, db *sql.DB) string {
	rows, err := db.Query("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := ""
	for rows.Next() {
		var name, q string
		rows.Scan(&name, &q)
		out += name + ": " + q + "\n"
	}
	return out
}
