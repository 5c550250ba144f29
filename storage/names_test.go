package storage

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"certplan/planner"
)

// controlNames are names that would break a list or drive the terminal
// they are printed on: an escape, a tab, a line break inside, DEL and a C1
// control (CSI).
var controlNames = map[string]string{
	"escape":     "evil\x1b[2J\x1b[31mPWNED",
	"tab":        "a\tb",
	"line break": "a\nb",
	"delete":     "a\x7fb",
	"C1 control": "a\u009b31mb",
}

// TestNamesRefuseControlCharacters: a plan's name and a credential ID with
// a control character are refused when typed and when imported, and
// nothing is saved; names in any script, with emoji, are kept.
func TestNamesRefuseControlCharacters(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	p := MustCreatePlan(t, db, "SAA-C03")
	mustAttempt(t, db, "CLF-C02", day(2024, 2, 29), planner.Passed, 0)
	for what, name := range controlNames {
		t.Run(what, func(t *testing.T) {
			_, err := db.CreatePlan(ctx, name, testInput("SAA-C03"))
			wantCode(t, err, CodeInvalid)
			if msg := ErrorMessage(err); !strings.Contains(msg, "A plan's name cannot hold control characters") {
				t.Errorf("message %q", msg)
			}
			wantCode(t, db.RenamePlan(ctx, p.ID, name), CodeInvalid)
			wantCode(t, db.SetCredentialID(ctx, "CLF", name), CodeInvalid)
			x, _ := db.ExportData(ctx)
			x.Plans[0].Name = name
			b, _ := json.Marshal(x)
			_, err = ParseExport(bytes.NewReader(b), testCat, testToday)
			wantCode(t, err, CodeInvalid)
			if msg := ErrorMessage(err); !strings.Contains(msg, "plan 1 has a name with control characters") {
				t.Errorf("import message %q", msg)
			}
		})
	}
	if all, _ := db.Plans(ctx); len(all) != 1 || all[0].Name != "SAA-C03" {
		t.Fatalf("plans after the refusals: %+v", all)
	}
	if err := db.RenamePlan(ctx, p.ID, "Архитектор 建筑师 🚀"); err != nil {
		t.Fatalf("a name in other scripts: %v", err)
	}
}
