package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"certplan/planner"
)

// seedEverything fills db with every kind of data.
func seedEverything(tb testing.TB, db *DB) {
	tb.Helper()
	ctx := tb.Context()
	must := func(err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}
	must(db.SaveSettings(ctx, planner.Settings{Hours: [7]float64{1, 1, 1, 1, 1, 4, 0}, Country: "FR", Experience: "new", StudyTime: planner.Morning}))
	a := MustCreatePlan(tb, db, "SAA-C03")
	b := MustCreatePlan(tb, db, "DVA-C02")
	must(db.SetHours(ctx, a.ID, a.Schedule.Topics[0].ID, 1.25))
	_, err := db.AddScore(ctx, a.ID, planner.Score{Date: testToday, Overall: 64, Domains: map[int]float64{2: 51}, Source: "set A"})
	must(err)
	must(db.SetReadinessTarget(ctx, a.ID, 85))
	must(db.Tick(ctx, a.ID, a.Schedule.Topics[0].ID, testToday, 3))
	must(db.Tick(ctx, a.ID, a.Schedule.Topics[1].ID, 0, 0))
	must(db.Untick(ctx, a.ID, a.Schedule.Topics[1].ID))
	must(db.TickItems(ctx, a.ID, []string{a.Schedule.Topics[2].Items[0].ID, a.Schedule.Topics[2].Items[1].ID}, testToday, 0.5))
	_, _, err = db.Replan(ctx, a.ID, testToday.AddDays(10))
	must(err)
	must(db.RenamePlan(ctx, b.ID, "Developer, next"))
	mustAttempt(tb, db, "CLF-C02", day(2024, 2, 29), planner.Passed, 845)
	mustAttempt(tb, db, "SAA-C03", day(2026, 2, 2), planner.Failed, 640)
	mustAttempt(tb, db, "SAA-C03", day(2026, 4, 2), planner.Booked, 0)
	_, err = db.AddCertification(ctx, "DVA-C02", day(2025, 5, 5), "CRED-1")
	must(err)
}

// exportJSON exports db with a fixed export time.
func exportJSON(tb testing.TB, db *DB) []byte {
	tb.Helper()
	x, err := db.ExportData(tb.Context())
	if err != nil {
		tb.Fatal(err)
	}
	x.Exported = time.Time{}
	b, _ := json.MarshalIndent(x, "", " ")
	return b
}

// mustExportFile exports db as a file and parses it back, as an import
// reads it.
func mustExportFile(tb testing.TB, db *DB) *Export {
	tb.Helper()
	var file bytes.Buffer
	if err := db.Export(tb.Context(), &file); err != nil {
		tb.Fatal(err)
	}
	x, err := ParseExport(&file, testCat, testToday)
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

func TestExportThenImportGivesEqualData(t *testing.T) {
	ctx := t.Context()
	src := MustOpenDB(t)
	seedEverything(t, src)
	x := mustExportFile(t, src)
	dst := MustOpenDB(t)
	MustCreatePlan(t, dst, "SOA-C02") // replaced by the import
	res, err := dst.Import(ctx, x)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	if res.Plans != 2 || res.Attempts != 4 {
		t.Errorf("imported %d plans and %d attempts, want 2 and 4", res.Plans, res.Attempts)
	}
	if res.SafetyBackup == "" {
		t.Error("import made no safety backup")
	}
	if got, want := exportJSON(t, dst), exportJSON(t, src); !bytes.Equal(got, want) {
		t.Fatalf("imported data differs:\n%s\nwant\n%s", got, want)
	}
	// Everything keeps working on the imported data.
	plans, _ := dst.Plans(ctx)
	p, err := dst.Plan(ctx, plans[0].ID)
	if err != nil || dst.Tick(ctx, p.ID, p.Schedule.Topics[2].ID, 0, 0) != nil {
		t.Fatalf("plan after import: %v", err)
	}
	if c := certsByKey(t, dst)["DVA"]; c.CredentialID != "CRED-1" {
		t.Fatalf("credential ID lost: %+v", c)
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	ctx := t.Context()
	src := MustOpenDB(t)
	seedEverything(t, src)
	x, err := src.ExportData(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dst := MustOpenDB(t)
	MustCreatePlan(t, dst, "SOA-C02")
	before := exportJSON(t, dst)
	var pages int
	dst.rw.QueryRow("PRAGMA page_count").Scan(&pages)
	dst.rw.Exec("PRAGMA max_page_count = " + strconv.Itoa(pages))
	_, err = dst.Import(ctx, x)
	wantCode(t, err, CodeDiskFull)
	if after := exportJSON(t, dst); !bytes.Equal(after, before) {
		t.Fatal("a failed import changed the data")
	}
}

// badExports are documents ParseExport must refuse, by what is wrong.
var badExports = map[string]string{
	"not JSON":             "hello",
	"empty":                "",
	"another format":       `{"format":"todo-list","version":1}`,
	"newer version":        `{"format":"certplan-data","version":99}`,
	"version zero":         `{"format":"certplan-data","version":0}`,
	"unknown field":        `{"format":"certplan-data","version":1,"photos":[]}`,
	"trailing data":        `{"format":"certplan-data","version":1} {}`,
	"duplicate plans":      `{"format":"certplan-data","version":1,"plans":[{"id":1},{"id":1}]}`,
	"plan no versions":     `{"format":"certplan-data","version":1,"plans":[{"id":1,"name":"x","exam":"SAA-C03","created":"2026-01-01T00:00:00Z","versions":[]}]}`,
	"unknown exam":         `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"ZZZ-C01","date":"2026-01-01","status":"passed","created":"2026-01-01T00:00:00Z"}]}`,
	"bad score":            `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"SAA-C03","date":"2026-01-01","status":"passed","score":1200,"created":"2026-01-01T00:00:00Z"}]}`,
	"bad date":             `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"SAA-C03","date":"2026-02-30","status":"passed","created":"2026-01-01T00:00:00Z"}]}`,
	"bad settings":         `{"format":"certplan-data","version":1,"settings":{"hours":[99,0,0,0,0,0,0],"country":"","experience":"some","study_time":""}}`,
	"bad credential":       `{"format":"certplan-data","version":1,"certifications":[{"key":"SAA","credential_id":"` + strings.Repeat("x", 300) + `"}]}`,
	"pass on 9999-12-31":   `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"SAA-C03","date":"9999-12-31","status":"passed","created":"2026-01-01T00:00:00Z"}]}`,
	"future pass":          `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"SAA-C03","date":"2100-01-01","status":"passed","created":"2026-01-01T00:00:00Z"}]}`,
	"pass before 2000":     `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"CLF-C02","date":"1999-06-01","status":"passed","created":"2026-01-01T00:00:00Z"}]}`,
	"pass before the exam": `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"CLF-C02","date":"2020-06-01","status":"passed","created":"2026-01-01T00:00:00Z"}]}`,
	"booking in the past":  `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"SAA-C03","date":"2026-03-01","status":"booked","created":"2026-01-01T00:00:00Z"}]}`,
	"booking when retired": `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"DVA-C02","date":"2026-12-01","status":"booked","created":"2026-01-01T00:00:00Z"}]}`,
	"pass below passing":   `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"SAA-C03","date":"2026-01-01","status":"passed","score":700,"created":"2026-01-01T00:00:00Z"}]}`,
	"created in 9999":      `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"SAA-C03","date":"2026-01-01","status":"passed","created":"9999-01-01T00:00:00Z"}]}`,
	"a list":               `[1, 2]`,
	"a number for text":    `{"format":7,"version":1}`,
	"text for a list":      `{"format":"certplan-data","version":1,"plans":"none"}`,
	"bad time":             `{"format":"certplan-data","version":1,"attempts":[{"id":1,"exam":"SAA-C03","date":"2026-01-01","status":"passed","created":"yesterday"}]}`,
}

func TestParseExportRefusesBadFiles(t *testing.T) {
	for name, doc := range badExports {
		t.Run(name, func(t *testing.T) {
			_, err := ParseExport(strings.NewReader(doc), testCat, testToday)
			wantCode(t, err, CodeInvalid)
			if msg := ErrorMessage(err); !strings.HasPrefix(msg, "This file cannot be imported because") || !strings.HasSuffix(msg, "nothing was changed.") {
				t.Fatalf("message %q", msg)
			}
			for _, leak := range []string{"Go ", "storage.", "catalog.", "time.Time", "int64", "[]"} {
				if strings.Contains(ErrorMessage(err), leak) {
					t.Errorf("message %q shows %q", ErrorMessage(err), leak)
				}
			}
		})
	}
}

// TestParseExportRefusesAFileMissingAKey (QA #16): a file that lacks a
// key every export has would replace the stored data with nothing, so it
// is refused naming the key; an export that lists nothing is taken.
func TestParseExportRefusesAFileMissingAKey(t *testing.T) {
	full := map[string]string{"format": `"certplan-data"`, "version": "1", "exported": `"2026-01-01T00:00:00Z"`,
		"settings": "null", "plans": "[]", "attempts": "[]", "certifications": "[]"}
	doc := func(without string) string {
		var parts []string
		for k, v := range full {
			if k != without {
				parts = append(parts, fmt.Sprintf("%q:%s", k, v))
			}
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	if _, err := ParseExport(strings.NewReader(doc("")), testCat, testToday); err != nil {
		t.Fatalf("an export that lists nothing is refused: %v", err)
	}
	for _, key := range []string{"plans", "attempts", "certifications", "settings", "exported"} {
		_, err := ParseExport(strings.NewReader(doc(key)), testCat, testToday)
		wantCode(t, err, CodeInvalid)
		if msg := ErrorMessage(err); !strings.Contains(msg, fmt.Sprintf("it has no %q", key)) {
			t.Errorf("without %q: %q, want the key named", key, msg)
		}
	}
	_, err := ParseExport(strings.NewReader(`{"format":"certplan-data","version":1}`), testCat, testToday)
	if msg := ErrorMessage(err); !strings.Contains(msg, `it has no "plans"`) {
		t.Errorf("a header alone: %q, want it refused for its missing plans", msg)
	}
}

func TestParseExportRefusesInconsistentPlans(t *testing.T) {
	src := MustOpenDB(t)
	seedEverything(t, src)
	edits := map[string]func(x *Export){
		"version gap": func(x *Export) { x.Plans[0].Versions[0].Version = 2 },
		"schedule of another exam": func(x *Export) {
			x.Plans[0].Versions[0].Schedule = x.Plans[1].Versions[0].Schedule
		},
		"negative hours":          func(x *Export) { x.Plans[0].Progress[0].Hours = -1 },
		"topic twice":             func(x *Export) { x.Plans[0].Progress[1].Topic = x.Plans[0].Progress[0].Topic },
		"unknown action":          func(x *Export) { x.Plans[0].History[0].Action = "erase" },
		"attempt id twice":        func(x *Export) { x.Attempts[1].ID = x.Attempts[0].ID },
		"done date not done":      func(x *Export) { x.Plans[0].Progress[0].Done, x.Plans[0].Progress[0].DoneOn = false, testToday },
		"topic of another exam":   func(x *Export) { x.Plans[0].Progress[0].Topic = "DVA-C02:1.1" },
		"history of another exam": func(x *Export) { x.Plans[0].History[0].Topic = "SAA-C03:9.9" },
		"name too long":           func(x *Export) { x.Plans[0].Name = strings.Repeat("n", MaxNameLength+1) },
		"done on 9999":            func(x *Export) { x.Plans[0].Progress[0].Done, x.Plans[0].Progress[0].DoneOn = true, day(9999, 12, 31) },
		"done in the future":      func(x *Export) { x.Plans[0].Progress[0].Done, x.Plans[0].Progress[0].DoneOn = true, day(2100, 1, 1) },
		"re-planned in 1999":      func(x *Export) { x.Plans[0].Versions[0].Today = day(1999, 1, 1) },
		"held earned in 9999": func(x *Export) {
			x.Plans[0].Versions[0].Input.Held = []planner.HeldCert{{Code: "CLF-C02", Earned: day(9999, 12, 31)}}
		},
		"exam day after 2100": func(x *Export) { x.Plans[0].Versions[0].Input.ExamDate = day(2101, 3, 1) },
		"item of no task":     func(x *Export) { itemRowOf(x).Task = "SAA-C03:9.9" },
		"item of another task": func(x *Export) {
			r := itemRowOf(x)
			r.Task = "SAA-C03:practice-1"
		},
		"score of a domain the exam lacks": func(x *Export) { x.Plans[0].Scores[0].Domains[7] = 50 },
		"score over 100":                   func(x *Export) { x.Plans[0].Scores[0].Overall = 120 },
		"score in the future":              func(x *Export) { x.Plans[0].Scores[0].Date = day(2100, 1, 1) },
		"score on 9999":                    func(x *Export) { x.Plans[0].Scores[0].Date = day(9999, 12, 31) },
		"readiness target over 100":        func(x *Export) { x.Plans[0].ReadinessTarget = 150 },
	}
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			x, _ := src.ExportData(t.Context())
			edit(x)
			b, _ := json.Marshal(x)
			_, err := ParseExport(bytes.NewReader(b), testCat, testToday)
			wantCode(t, err, CodeInvalid)
		})
	}
}

// TestParseExportAcceptsNamesUpToTheLimit: a name of exactly MaxNameLength
// characters (not bytes) is imported.
func TestParseExportAcceptsNamesUpToTheLimit(t *testing.T) {
	src := MustOpenDB(t)
	seedEverything(t, src)
	x, _ := src.ExportData(t.Context())
	x.Plans[0].Name = strings.Repeat("é", MaxNameLength)
	b, _ := json.Marshal(x)
	if _, err := ParseExport(bytes.NewReader(b), testCat, testToday); err != nil {
		t.Fatal(err)
	}
}

// itemRowOf returns the first study item's progress in an export.
func itemRowOf(x *Export) *ProgressRow {
	for i := range x.Plans {
		for k := range x.Plans[i].Progress {
			if x.Plans[i].Progress[k].Task != "" {
				return &x.Plans[i].Progress[k]
			}
		}
	}
	panic("the export has no study item progress")
}

func FuzzImport(f *testing.F) {
	src := MustOpenDB(f)
	p := MustCreatePlan(f, src, "CLF-C02")
	src.Tick(f.Context(), p.ID, p.Schedule.Topics[0].ID, 0, 2)
	mustAttempt(f, src, "CLF-C02", day(2024, 2, 29), planner.Passed, 845)
	var good bytes.Buffer
	src.Export(f.Context(), &good)
	f.Add(good.Bytes())
	for _, doc := range badExports {
		f.Add([]byte(doc))
	}
	f.Add([]byte(`{"format":"certplan-data","version":1,"plans":[],"attempts":[],"certifications":[],"settings":null}`))
	addTamperedSeeds(f)
	dst := MustOpenDB(f)
	f.Fuzz(func(t *testing.T, doc []byte) {
		x, err := ParseExport(bytes.NewReader(doc), testCat, testToday)
		if err != nil {
			if ErrorCode(err) != CodeInvalid {
				t.Fatalf("parse error with code %q: %v", ErrorCode(err), err)
			}
			return
		}
		// A file the parser accepts must import in full (without the
		// safety backup, which Import makes first, to keep fuzzing quick).
		if err := dst.replace(t.Context(), x); err != nil {
			t.Fatalf("accepted file failed to import: %v (%v)", err, errorsUnwrap(err))
		}
	})
}

func errorsUnwrap(err error) error {
	if e, ok := err.(*Error); ok {
		return e.Err
	}
	return nil
}

// TestParseExportRefusesANullList (QA): "plans", "attempts" or
// "certifications" given as null (or anything but a list) would replace
// the stored data with none of them, so the file is refused naming the
// key; an empty list [] is an export that lists nothing and is taken.
func TestParseExportRefusesANullList(t *testing.T) {
	for _, key := range []string{"plans", "attempts", "certifications"} {
		for _, value := range []string{"null", "{}", `"none"`, "0"} {
			fields := map[string]string{"plans": "[]", "attempts": "[]", "certifications": "[]"}
			fields[key] = value
			doc := fmt.Sprintf(`{"format":"certplan-data","version":1,"exported":"2026-01-01T00:00:00Z","settings":null,`+
				`"plans":%s,"attempts":%s,"certifications":%s}`, fields["plans"], fields["attempts"], fields["certifications"])
			_, err := ParseExport(strings.NewReader(doc), testCat, testToday)
			wantCode(t, err, CodeInvalid)
			if msg := ErrorMessage(err); !strings.Contains(msg, fmt.Sprintf("%q is %s", key, value)) && value == "null" {
				t.Errorf("%s %s: %q, want the key named", key, value, msg)
			}
		}
	}
}
