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

// invisibleNames are names that read as something they are not: a
// bidirectional control shows text backwards or out of order, a zero-width
// character makes two names that look the same differ.
var invisibleNames = map[string]string{
	"right-to-left override": "report\u202efdp.exe",
	"left-to-right mark":     "a\u200eb",
	"right-to-left mark":     "a\u200fb",
	"embedding":              "a\u202ab",
	"pop":                    "a\u202cb",
	"isolate":                "a\u2066b\u2069",
	"first strong isolate":   "a\u2068b",
	"zero-width space":       "Archi\u200btect",
	"word joiner":            "a\u2060b",
	"byte order mark":        "\ufeffArchitect",
}

// TestNamesKeepTheJoinersWritingNeeds: the zero-width joiner and
// non-joiner are part of how emoji sequences and Persian or Indic words
// are written, so names with them are kept.
func TestNamesKeepTheJoinersWritingNeeds(t *testing.T) {
	db := MustOpenDB(t)
	for _, name := range []string{"\U0001F469\u200d\U0001F4BB study", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"} {
		p, err := db.CreatePlan(t.Context(), name, testInput("SAA-C03"))
		if err != nil {
			t.Fatalf("create %q: %v, want it kept", name, err)
		}
		if p.Name != name {
			t.Errorf("name %q, want %q", p.Name, name)
		}
	}
}

// TestNamesRefuseControlCharacters: a plan's name and a credential ID with
// a control character are refused when typed and when imported, and
// nothing is saved; names in any script, with emoji, are kept.
func TestNamesRefuseControlCharacters(t *testing.T) {
	db := refuseNames(t, controlNames, "control characters")
	if err := db.RenamePlan(t.Context(), 1, "Архитектор 建筑师 🚀"); err != nil {
		t.Fatalf("a name in other scripts: %v", err)
	}
}

// TestNamesRefuseInvisibleFormatting: a plan's name and a credential ID
// with an invisible formatting character are refused, typed and imported,
// in the style of the control characters' refusal.
func TestNamesRefuseInvisibleFormatting(t *testing.T) {
	refuseNames(t, invisibleNames, "invisible formatting characters")
}

// refuseNames checks that each of names is refused, with a message naming
// what it holds, as a new plan's name, a new name, a credential ID and in
// an import; and that the one plan made first is all there is after. It
// returns the database, whose plan 1 is that plan.
func refuseNames(t *testing.T, names map[string]string, holds string) *DB {
	t.Helper()
	db := MustOpenDB(t)
	ctx := t.Context()
	p := MustCreatePlan(t, db, "SAA-C03")
	mustAttempt(t, db, "CLF-C02", day(2024, 2, 29), planner.Passed, 0)
	for what, name := range names {
		t.Run(what, func(t *testing.T) {
			_, err := db.CreatePlan(ctx, name, testInput("SAA-C03"))
			wantCode(t, err, CodeInvalid)
			wantMessage(t, "typed", err, "A plan's name cannot hold "+holds)
			wantCode(t, db.RenamePlan(ctx, p.ID, name), CodeInvalid)
			wantCode(t, db.SetCredentialID(ctx, "CLF", name), CodeInvalid)
			x, _ := db.ExportData(ctx)
			x.Plans[0].Name = name
			wantMessage(t, "import", importOf(t, x), "plan 1 has a name with "+holds)
			x, _ = db.ExportData(ctx)
			x.Certifications[0].CredentialID = name
			wantMessage(t, "import", importOf(t, x), "the credential ID of CLF holds "+holds)
		})
	}
	if all, _ := db.Plans(ctx); len(all) != 1 || all[0].Name != "SAA-C03" {
		t.Fatalf("plans after the refusals: %+v, want only plan 1, SAA-C03", all)
	}
	return db
}

// importOf is the error ParseExport gives for export x.
func importOf(t *testing.T, x *Export) error {
	t.Helper()
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ParseExport(bytes.NewReader(b), testCat, testToday)
	wantCode(t, err, CodeInvalid)
	return err
}

// wantMessage fails unless err's message for the learner holds want.
func wantMessage(t *testing.T, what string, err error, want string) {
	t.Helper()
	if msg := ErrorMessage(err); !strings.Contains(msg, want) {
		t.Errorf("%s message %q, want it to hold %q", what, msg, want)
	}
}
