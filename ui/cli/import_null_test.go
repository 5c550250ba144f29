package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestImportRefusesNullLists (QA): an export whose "plans", "attempts" or
// "certifications" is null, or missing, exits 2 in one line naming the
// key, and the saved plan is still there; the export as made imports.
func TestImportRefusesNullLists(t *testing.T) {
	dir := newSavedPlan(t)
	good := mustStore(t, dir, "export-data", "-")
	for _, key := range []string{"plans", "attempts", "certifications"} {
		list := regexp.MustCompile(`(?s)"` + key + `": \[.*?\n  \]|"` + key + `": \[\]`)
		if !list.MatchString(good) {
			t.Fatalf("the export has no %q list:\n%s", key, good)
		}
		cases := map[string]struct{ doc, names string }{
			"null":    {list.ReplaceAllString(good, `"`+key+`": null`), `"` + key + `" is null`},
			"missing": {without(t, good, key), `it has no "` + key + `"`},
		}
		for name, c := range cases {
			t.Run(key+"/"+name, func(t *testing.T) {
				file := filepath.Join(t.TempDir(), "data.json")
				if err := os.WriteFile(file, []byte(c.doc), 0o600); err != nil {
					t.Fatal(err)
				}
				wantBadInput(t, storeRun(t, dir, "import-data", file), c.names)
				if out := mustStore(t, dir, "plans"); !strings.Contains(out, "Architect") {
					t.Fatalf("a refused import changed the data: %q", out)
				}
			})
		}
	}
	file := filepath.Join(t.TempDir(), "data.json")
	os.WriteFile(file, []byte(good), 0o600)
	if out := mustStore(t, dir, "import-data", file); !strings.Contains(out, "Imported 1 plans") {
		t.Errorf("the export as made: %q", out)
	}
}

// without is the JSON document doc without its top-level key.
func without(t *testing.T, doc, key string) string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		t.Fatal(err)
	}
	delete(m, key)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
