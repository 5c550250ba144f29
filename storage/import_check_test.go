package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"certplan/planner"
)

// editSchedule changes the schedule of the first plan's first version of x.
func editSchedule(tb testing.TB, x *Export, edit func(p *planner.Plan)) {
	tb.Helper()
	v := &x.Plans[0].Versions[0]
	var p planner.Plan
	if err := json.Unmarshal(v.Schedule, &p); err != nil {
		tb.Fatal(err)
	}
	edit(&p)
	v.Schedule, _ = json.Marshal(p)
}

// firstSession returns the first session of a schedule.
func firstSession(p *planner.Plan) *planner.Session {
	for i := range p.Weeks {
		if len(p.Weeks[i].Sessions) > 0 {
			return &p.Weeks[i].Sessions[0]
		}
	}
	panic("the schedule has no session")
}

// tamperedExports edit an export the way a hand-edited or hostile file
// could (QA #14); each must be refused whole, naming the plan and saying
// what is wrong (want).
var tamperedExports = []struct {
	name, want string
	edit       func(tb testing.TB, x *Export)
}{
	{"a session of 500 h", "plan 1 version 1's schedule has a session of 500 h", func(tb testing.TB, x *Export) {
		editSchedule(tb, x, func(p *planner.Plan) { firstSession(p).Hours = 500 })
	}},
	{"an exam date other than the input's", "plan 1 version 1's schedule is for an exam on", func(tb testing.TB, x *Export) {
		var p planner.Plan
		json.Unmarshal(x.Plans[0].Versions[0].Schedule, &p)
		x.Plans[0].Versions[0].Input.ExamDate = p.ExamDate.AddDays(7)
	}},
	{"a week after the exam", "plan 1 version 1's schedule has a week 2030-01-07..2030-01-13 outside its days", func(tb testing.TB, x *Export) {
		editSchedule(tb, x, func(p *planner.Plan) {
			p.Weeks = append(p.Weeks, planner.Week{Start: day(2030, 1, 7), End: day(2030, 1, 13)})
		})
	}},
	{"the exam moved to 2030 and 1 h in all", "plan 1 version 1's schedule", func(tb testing.TB, x *Export) {
		editSchedule(tb, x, func(p *planner.Plan) { p.ExamDate, p.TotalHours = day(2030, 1, 1), 1 })
	}},
	{"1 h in all", "plan 1 version 1's schedule gives 1 h as total_hours", func(tb testing.TB, x *Export) {
		editSchedule(tb, x, func(p *planner.Plan) { p.TotalHours = 1 })
	}},
	{"a day over the learner's hours", "more than its input's 1 h on", func(tb testing.TB, x *Export) {
		editSchedule(tb, x, func(p *planner.Plan) {
			s := firstSession(p)
			s.Date = s.Date.WeekStart()
			s.Hours = 3
			p.Weeks[0].PlannedHours = 0
			for _, s := range p.Weeks[0].Sessions {
				p.Weeks[0].PlannedHours += s.Hours
			}
		})
	}},
	{"done with no day", "plan 1 has SAA-C03:1.1 done with no day it was done", func(tb testing.TB, x *Export) {
		for i := range x.Plans[0].Progress {
			if r := &x.Plans[0].Progress[i]; r.Topic == "SAA-C03:1.1" {
				r.Done, r.DoneOn = true, 0
			}
		}
	}},
	{"done with no day in the history", "plan 1 has SAA-C03:1.1 done with no day it was done in its history", func(tb testing.TB, x *Export) {
		editHistory(tb, x, true, func(c *ProgressChange) { c.DoneOn = 0 })
	}},
	{"a done day on a change left not done", "plan 1 has a done date on SAA-C03:1.1 in its history", func(tb testing.TB, x *Export) {
		editHistory(tb, x, false, func(c *ProgressChange) { c.DoneOn = testToday })
	}},
}

// editHistory edits the first change in the first plan's history that
// left its topic done (or not done, as done says).
func editHistory(tb testing.TB, x *Export, done bool, edit func(c *ProgressChange)) {
	tb.Helper()
	for i := range x.Plans[0].History {
		if c := &x.Plans[0].History[i]; c.Done == done {
			edit(c)
			return
		}
	}
	tb.Fatalf("plan 1's history has no change with done %v", done)
}

func TestParseExportRefusesATamperedSchedule(t *testing.T) {
	src := MustOpenDB(t)
	seedEverything(t, src)
	for _, tc := range tamperedExports {
		t.Run(tc.name, func(t *testing.T) {
			x, _ := src.ExportData(t.Context())
			tc.edit(t, x)
			b, _ := json.Marshal(x)
			_, err := ParseExport(bytes.NewReader(b), testCat, testToday)
			wantCode(t, err, CodeInvalid)
			if msg := ErrorMessage(err); !strings.Contains(msg, tc.want) || strings.Contains(msg, "\n") {
				t.Fatalf("message %q, want one line saying %q", msg, tc.want)
			}
		})
	}
}

// TestParseExportRefusesAWeekOfSixDays: a list of hours that is not seven
// long would be read with days made up or dropped.
func TestParseExportRefusesAWeekOfSixDays(t *testing.T) {
	src := MustOpenDB(t)
	seedEverything(t, src)
	cases := map[string]struct {
		edit func(doc map[string]any)
		want string
	}{
		"plan hours, 6": {func(doc map[string]any) { inputOf(doc)["hours"] = []float64{1, 1, 1, 1, 1, 5} },
			"plan 1 version 1 gives hours for 6 days"},
		"plan hours, 8": {func(doc map[string]any) { inputOf(doc)["hours"] = []float64{1, 1, 1, 1, 1, 5, 0, 9} },
			"plan 1 version 1 gives hours for 8 days"},
		"settings hours": {func(doc map[string]any) { doc["settings"].(map[string]any)["hours"] = []float64{1, 1, 1, 1, 1, 4} },
			"its settings give hours for 6 days"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal(exportJSON(t, src), &doc); err != nil {
				t.Fatal(err)
			}
			tc.edit(doc)
			b, _ := json.Marshal(doc)
			_, err := ParseExport(bytes.NewReader(b), testCat, testToday)
			wantCode(t, err, CodeInvalid)
			if msg := ErrorMessage(err); !strings.Contains(msg, tc.want) {
				t.Fatalf("message %q, want %q", msg, tc.want)
			}
		})
	}
}

// inputOf returns the input of the first plan's first version of an
// export decoded as JSON.
func inputOf(doc map[string]any) map[string]any {
	plan := doc["plans"].([]any)[0].(map[string]any)
	return plan["versions"].([]any)[0].(map[string]any)["input"].(map[string]any)
}

// TestOlderDataStillImports: data kept by every earlier schema version,
// exported by this certplan, passes the import's checks.
func TestOlderDataStillImports(t *testing.T) {
	for _, v := range earlierVersions() {
		t.Run(fmt.Sprintf("v%d", v), func(t *testing.T) {
			dir := t.TempDir()
			if err := copyFileSynced(fixturePath(v), filepath.Join(dir, dbName)); err != nil {
				t.Fatal(err)
			}
			mustExportFile(t, MustOpenDir(t, dir))
		})
	}
}

// addTamperedSeeds seeds FuzzImport with the tampered exports, each a
// plan's schedule or week one edit away from a file certplan writes.
func addTamperedSeeds(f *testing.F) {
	src := MustOpenDB(f)
	seedEverything(f, src)
	for _, tc := range tamperedExports {
		x, _ := src.ExportData(f.Context())
		tc.edit(f, x)
		b, _ := json.Marshal(x)
		f.Add(b)
	}
}
