package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"certplan/catalog"
)

// maxImportBytes bounds an import file (decades of heavy use fit easily).
const maxImportBytes = 512 << 20

// ParseExport reads and validates an export document against the catalog.
// It accepts only what Import can store in full, so a file it accepts is
// imported whole or not at all.
func ParseExport(r io.Reader, cat *catalog.Catalog) (*Export, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxImportBytes+1))
	if err != nil {
		return nil, classify(err)
	}
	if len(raw) > maxImportBytes {
		return nil, badImport("the file is larger than %d MB", maxImportBytes>>20)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var x Export
	if err := dec.Decode(&x); err != nil {
		return nil, badImport("it is not certplan's data export (%s)", jsonProblem(err))
	}
	if dec.More() {
		return nil, badImport("there is more after the data")
	}
	if err := x.validate(cat); err != nil {
		return nil, err
	}
	return &x, nil
}

// badImport says why a file cannot be imported; nothing was changed.
func badImport(format string, a ...any) error {
	return errorf(CodeInvalid, "This file cannot be imported because "+fmt.Sprintf(format, a...)+"; nothing was changed.", nil)
}

// jsonProblem shortens a JSON decoding error to one clause.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Sprintf("not valid JSON at byte %d", syn.Offset)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func (x *Export) validate(cat *catalog.Catalog) error {
	switch {
	case x.Format != ExportFormat:
		return badImport("it is not certplan's data export (format %q)", x.Format)
	case x.Version > ExportFormatVersion:
		return badImport("it was exported by a newer certplan (format version %d): update certplan first", x.Version)
	case x.Version < 1:
		return badImport("its format version %d is not known", x.Version)
	}
	if x.Settings != nil {
		if err := x.Settings.Validate(); err != nil {
			return badImport("its settings are wrong: %s", strings.TrimSuffix(ErrorMessage(err), "."))
		}
	}
	ids := map[int64]bool{}
	for i := range x.Plans {
		p := &x.Plans[i]
		if p.ID <= 0 || ids[p.ID] {
			return badImport("plan number %d is missing or used twice", p.ID)
		}
		ids[p.ID] = true
		if err := p.validate(cat); err != nil {
			return badImport("plan %d %s", p.ID, err)
		}
	}
	if err := validateAttempts(cat, x.Attempts); err != nil {
		return err
	}
	for _, c := range x.Certifications {
		if len(c.CredentialID) > 200 {
			return badImport("the credential ID of %s is longer than 200 characters", c.Key)
		}
	}
	return nil
}

// validate checks a plan and normalises its exam code; errors finish the
// sentence "plan N ...".
func (p *ExportPlan) validate(cat *catalog.Catalog) error {
	e, ok := cat.Exam(p.Exam)
	switch {
	case !ok:
		return fmt.Errorf("is for exam %q, which is not in the catalog", p.Exam)
	case strings.TrimSpace(p.Name) == "":
		return fmt.Errorf("has no name")
	case p.Created.IsZero():
		return fmt.Errorf("has no creation time")
	case len(p.Versions) == 0:
		return fmt.Errorf("has no schedule")
	}
	p.Exam = e.Code
	for i := range p.Versions {
		if err := p.Versions[i].validate(cat, p.Exam, i+1); err != nil {
			return err
		}
	}
	if err := validateProgress(p.Progress); err != nil {
		return err
	}
	if err := validateScores(e, *p); err != nil {
		return err
	}
	return validateHistory(p.History)
}

func (v *ExportVersion) validate(cat *catalog.Catalog, exam string, want int) error {
	switch {
	case v.Version != want:
		return fmt.Errorf("has version %d where version %d should be", v.Version, want)
	case v.Reason != ReasonNew && v.Reason != ReasonReplan && v.Reason != ReasonEdit:
		return fmt.Errorf("version %d has an unknown reason %q", v.Version, v.Reason)
	case v.Created.IsZero() || v.Today.IsZero():
		return fmt.Errorf("version %d has no date", v.Version)
	case catalog.NormalizeCode(v.Input.Exam) != exam:
		return fmt.Errorf("version %d is for exam %q, not %s", v.Version, v.Input.Exam, exam)
	}
	if err := v.Input.validate(cat); err != nil {
		return fmt.Errorf("version %d: %s", v.Version, strings.TrimSuffix(ErrorMessage(err), "."))
	}
	v.Input.Exam = exam
	var s struct {
		Exam string `json:"cert"`
	}
	if err := json.Unmarshal(v.Schedule, &s); err != nil || s.Exam != exam {
		return fmt.Errorf("version %d has no schedule for %s", v.Version, exam)
	}
	schedule, err := decodeSchedule(v.Schedule)
	if err == nil {
		v.Schedule, err = json.Marshal(schedule)
	}
	if err != nil {
		return fmt.Errorf("version %d has a schedule certplan cannot read", v.Version)
	}
	return nil
}

func validHours(h float64) bool { return h >= 0 && h <= maxTopicHours }

func validateProgress(progress []ExportProgress) error {
	seen := map[string]bool{}
	for _, t := range progress {
		switch {
		case t.Topic == "" || seen[t.Topic]:
			return fmt.Errorf("has a topic %q that is empty or listed twice", t.Topic)
		case !validHours(t.Hours):
			return fmt.Errorf("has %g hours on %s: use 0 to %d", t.Hours, t.Topic, maxTopicHours)
		case t.Updated.IsZero():
			return fmt.Errorf("has no time for the progress on %s", t.Topic)
		case !t.Done && !t.DoneOn.IsZero():
			return fmt.Errorf("has a done date on %s, which is not done", t.Topic)
		}
		seen[t.Topic] = true
	}
	return nil
}

func validateHistory(history []ExportChange) error {
	for _, c := range history {
		switch {
		case c.Topic == "":
			return fmt.Errorf("has a progress change without a topic")
		case c.Action != "tick" && c.Action != "untick" && c.Action != "hours":
			return fmt.Errorf("has an unknown progress action %q", c.Action)
		case !validHours(c.Hours):
			return fmt.Errorf("has %g hours in its history: use 0 to %d", c.Hours, maxTopicHours)
		case c.At.IsZero():
			return fmt.Errorf("has a progress change without a time")
		}
	}
	return nil
}

// validateAttempts checks the attempts; results may lie in the exporting
// computer's future, so the "not after today" rule is not applied.
func validateAttempts(cat *catalog.Catalog, attempts []ExportAttempt) error {
	ids := map[int64]bool{}
	for i := range attempts {
		x := &attempts[i]
		if x.ID <= 0 || ids[x.ID] {
			return badImport("exam attempt number %d is missing or used twice", x.ID)
		}
		ids[x.ID] = true
		a := Attempt{Exam: x.Exam, Date: x.Date, Status: x.Status, Score: x.Score, Notes: x.Notes}
		if err := validateAttempt(cat, &a, catalog.DateOf(9999, 12, 31)); err != nil {
			return badImport("exam attempt %d is wrong: %s", x.ID, strings.TrimSuffix(ErrorMessage(err), "."))
		}
		if x.Created.IsZero() {
			return badImport("exam attempt %d has no creation time", x.ID)
		}
		x.Exam = a.Exam
	}
	return nil
}
