package storage

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// withoutPass returns x's JSON with the passed attempts of exam removed.
func withoutPass(tb testing.TB, x *Export, exam string) []byte {
	tb.Helper()
	kept := x.Attempts[:0]
	for _, a := range x.Attempts {
		if a.Exam != exam {
			kept = append(kept, a)
		}
	}
	x.Attempts = kept
	b, err := json.Marshal(x)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestImportRefusesACertificationWithoutItsPass: a certification held in
// the file (DVA, added by hand, with a credential ID) whose passed attempt
// was cut from it is refused whole, in one line saying what to change,
// rather than imported without it; the stored data stays as it was.
func TestImportRefusesACertificationWithoutItsPass(t *testing.T) {
	src := MustOpenDB(t)
	seedEverything(t, src)
	x, err := src.ExportData(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	b := withoutPass(t, x, "DVA-C02")
	_, err = ParseExport(bytes.NewReader(b), testCat, testToday)
	wantCode(t, err, CodeInvalid)
	want := `certification DVA has no passed exam attempt in it: add the pass that earned it (DVA-C02 on 2025-05-05) to "attempts", or remove DVA from "certifications"`
	if msg := ErrorMessage(err); !strings.Contains(msg, want) || strings.Contains(msg, "\n") {
		t.Fatalf("message %q, want one line saying %q", msg, want)
	}

	// Import checks again: handed the cut export, it changes nothing.
	dst := MustOpenDB(t)
	mustAttempt(t, dst, "CLF-C02", day(2024, 2, 29), "passed", 0)
	_, err = dst.Import(t.Context(), x)
	wantCode(t, err, CodeInvalid)
	if certs, _ := dst.Certifications(t.Context()); len(certs) != 1 || certs[0].Key != "CLF" {
		t.Errorf("after a refused import the certifications are %+v, want CLF alone as before", certs)
	}
}

// TestImportKeepsAHeldCertification: the same export, whole, brings back
// the certification added by hand with its credential ID.
func TestImportKeepsAHeldCertification(t *testing.T) {
	src := MustOpenDB(t)
	seedEverything(t, src)
	dst := MustOpenDB(t)
	if _, err := dst.Import(t.Context(), mustExportFile(t, src)); err != nil {
		t.Fatal(ErrorMessage(err))
	}
	certs, err := dst.Certifications(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range certs {
		if c.Key == "DVA" && c.CredentialID == "CRED-1" && c.Earned == day(2025, 5, 5) {
			return
		}
	}
	t.Errorf("certifications imported = %+v, want DVA earned 2025-05-05 with CRED-1", certs)
}
