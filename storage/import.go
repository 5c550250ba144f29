package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// maxImportBytes bounds an import file (decades of heavy use fit easily).
const maxImportBytes = 512 << 20

// ParseExport reads and validates an export document against the catalog
// on date today (results no later than it, bookings no earlier). It accepts
// only what Import can store in full, so a file it accepts is imported
// whole or not at all.
func ParseExport(r io.Reader, cat *catalog.Catalog, today catalog.Date) (*Export, error) {
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
	if err := x.validate(cat, today); err != nil {
		return nil, err
	}
	if err := wholeExport(raw); err != nil {
		return nil, err
	}
	if err := sevenDays(raw); err != nil {
		return nil, err
	}
	return &x, nil
}

// exportKeys are the keys every export has, even with nothing to list
// (an empty list, or null settings).
var exportKeys = []string{"plans", "attempts", "certifications", "settings", "exported", "format", "version"}

// wholeExport refuses a document that lacks one of exportKeys: importing
// it would replace what is stored with nothing, so a missing key is a
// mistake (a cut file, a hand-made one), not a wish to remove everything.
// An export that lists nothing keeps its keys and is still taken.
func wholeExport(raw []byte) error {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil {
		return badImport("it is not certplan's data export (%s)", jsonProblem(err))
	}
	for _, k := range exportKeys {
		if _, ok := keys[k]; !ok {
			return badImport("it has no %q, which every certplan data export has (export the data again)", k)
		}
	}
	for _, k := range exportLists {
		if v := bytes.TrimSpace(keys[k]); len(v) == 0 || v[0] != '[' {
			return badImport("its %q is %s, not a list: every certplan data export lists them, [] for none (export the data again)", k, shortJSON(v))
		}
	}
	return nil
}

// exportLists are the keys of exportKeys that every export writes as a
// list, [] when there is nothing in it. A null would decode as an empty
// list and replace every stored plan, attempt or certification with none.
var exportLists = []string{"plans", "attempts", "certifications"}

// shortJSON is a JSON value as a message may quote it: null, or its first
// characters.
func shortJSON(v []byte) string {
	if len(v) > 20 {
		return string(v[:20]) + "…"
	}
	return string(v)
}

// sevenDays refuses hours that do not list the seven days of a week,
// Monday to Sunday: decoding fills a short list's missing days with 0 and
// drops a long one's extras, so the learner's week would change unseen.
func sevenDays(raw []byte) error {
	type hours struct {
		Hours []json.RawMessage `json:"hours"`
	}
	var x struct {
		Settings *hours `json:"settings"`
		Plans    []struct {
			ID       int64 `json:"id"`
			Versions []struct {
				Version int   `json:"version"`
				Input   hours `json:"input"`
			} `json:"versions"`
		} `json:"plans"`
	}
	if err := json.Unmarshal(raw, &x); err != nil {
		return badImport("it is not certplan's data export (%s)", jsonProblem(err))
	}
	if x.Settings != nil && x.Settings.Hours != nil && len(x.Settings.Hours) != 7 {
		return badImport("its settings give hours for %d days, not the 7 of a week (Monday to Sunday)", len(x.Settings.Hours))
	}
	for _, p := range x.Plans {
		for _, v := range p.Versions {
			if h := v.Input.Hours; h != nil && len(h) != 7 {
				return badImport("plan %d version %d gives hours for %d days, not the 7 of a week (Monday to Sunday)", p.ID, v.Version, len(h))
			}
		}
	}
	return nil
}

// badImport says why a file cannot be imported; nothing was changed.
func badImport(format string, a ...any) error {
	return errorf(CodeInvalid, "This file cannot be imported because "+fmt.Sprintf(format, a...)+"; nothing was changed.", nil)
}

// jsonProblem shortens a JSON decoding error to one clause in the
// learner's words: where the file is wrong, never Go's type names.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var tp *time.ParseError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("not valid JSON at byte %d", syn.Offset)
	case errors.As(err, &typ) && typ.Field != "":
		return fmt.Sprintf("%q holds %s where %s belongs", typ.Field, valueName(typ.Value), jsonKind(typ.Type.Kind()))
	case errors.As(err, &typ):
		return fmt.Sprintf("it holds %s where %s belongs", valueName(typ.Value), jsonKind(typ.Type.Kind()))
	case errors.Is(err, io.EOF):
		return "the file is empty"
	case errors.As(err, &tp):
		return fmt.Sprintf("%q is not a time such as 2026-03-31T09:00:00Z", tp.Value)
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if strings.Contains(msg, "Go ") || strings.Contains(msg, "storage.") {
		return "a value of the wrong kind"
	}
	return msg
}

// jsonValue names the kinds of JSON value json.UnmarshalTypeError reports.
var jsonValue = map[string]string{"array": "a list", "object": "an object", "string": "a text", "number": "a number",
	"bool": "true or false", "null": "null"}

// valueName names a JSON value's kind ("number 1.5" is a number).
func valueName(v string) string {
	kind, _, _ := strings.Cut(v, " ")
	if name, ok := jsonValue[kind]; ok {
		return name
	}
	return "a value"
}

// jsonKind names a Go kind as JSON calls it.
func jsonKind(k reflect.Kind) string {
	switch k {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.String:
		return "a text"
	case reflect.Bool:
		return "true or false"
	}
	return "a number"
}

func (x *Export) validate(cat *catalog.Catalog, today catalog.Date) error {
	switch {
	case x.Format != ExportFormat:
		return badImport("it is not certplan's data export (format %q)", x.Format)
	case x.Version > ExportFormatVersion:
		return badImport("it was exported by a newer certplan (format version %d): update certplan first", x.Version)
	case x.Version < 1:
		return badImport("its format version %d is not known", x.Version)
	}
	if x.Settings != nil {
		if err := validSettings(*x.Settings); err != nil {
			return badImport("its settings are wrong: %s", strings.TrimSuffix(ErrorMessage(err), "."))
		}
	}
	if err := validatePlans(cat, x.Plans, today); err != nil {
		return err
	}
	if err := validateAttempts(cat, x.Attempts, today); err != nil {
		return err
	}
	return validateCertifications(cat, x)
}

// idSet holds the record numbers an import has used so far.
type idSet map[int64]bool

// add records id and reports whether it is a record number an import can
// use: positive, and not used before.
func (s idSet) add(id int64) bool {
	if id <= 0 || s[id] {
		return false
	}
	s[id] = true
	return true
}

// validatePlans checks every plan and that no two share a number.
func validatePlans(cat *catalog.Catalog, plans []ExportPlan, today catalog.Date) error {
	ids := idSet{}
	for i := range plans {
		p := &plans[i]
		if !ids.add(p.ID) {
			return badImport("plan number %d is missing or used twice", p.ID)
		}
		if err := p.validate(cat, today); err != nil {
			return badImport("plan %d %s", p.ID, err)
		}
	}
	return nil
}

// validate checks a plan and normalises its exam code; errors finish the
// sentence "plan N ...".
func (p *ExportPlan) validate(cat *catalog.Catalog, today catalog.Date) error {
	e, ok := cat.Exam(p.Exam)
	switch {
	case !ok:
		return fmt.Errorf("is for exam %q, which is not in the catalog", p.Exam)
	case strings.TrimSpace(p.Name) == "":
		return fmt.Errorf("has no name")
	case nameTooLong(p.Name):
		return fmt.Errorf("has a name longer than %d characters", MaxNameLength)
	case unsafeChars(p.Name) != "":
		return fmt.Errorf("has a name with %s", unsafeChars(p.Name))
	case !stampInRange(p.Created):
		return fmt.Errorf("has no creation time from %s to %s", catalog.FirstDate, catalog.LastDate)
	case len(p.Versions) == 0:
		return fmt.Errorf("has no schedule")
	}
	p.Exam = e.Code
	topics := map[string]bool{}
	for i := range p.Versions {
		if err := p.Versions[i].validate(cat, p.Exam, i+1, today, topics); err != nil {
			return err
		}
	}
	if err := validateProgress(p.Progress, topics, today); err != nil {
		return err
	}
	if err := validateScores(e, *p, today); err != nil {
		return err
	}
	return validateHistory(p.History, topics, today)
}

// validate checks one version; the topics of its schedule are added to topics.
func (v *ExportVersion) validate(cat *catalog.Catalog, exam string, want int, today catalog.Date, topics map[string]bool) error {
	switch {
	case v.Version != want:
		return fmt.Errorf("has version %d where version %d should be", v.Version, want)
	case v.Reason != planner.ReasonNew && v.Reason != planner.ReasonReplan && v.Reason != planner.ReasonEdit:
		return fmt.Errorf("version %d has an unknown reason %q", v.Version, v.Reason)
	case !stampInRange(v.Created) || !v.Today.InRange():
		return fmt.Errorf("version %d has no date from %s to %s", v.Version, catalog.FirstDate, catalog.LastDate)
	case catalog.NormalizeCode(v.Input.Exam) != exam:
		return fmt.Errorf("version %d is for exam %q, not %s", v.Version, v.Input.Exam, exam)
	}
	if err := validateInput(cat, v.Input); err != nil {
		return fmt.Errorf("version %d: %s", v.Version, strings.TrimSuffix(ErrorMessage(err), "."))
	}
	if err := checkDates(cat, v.Input, today); err != nil {
		return fmt.Errorf("version %d: %s", v.Version, strings.TrimSuffix(ErrorMessage(err), "."))
	}
	v.Input.Exam = exam
	return v.validateSchedule(exam, topics)
}

// validateSchedule checks that the version's schedule is one certplan can
// read, for exam, and adds its topics to topics.
func (v *ExportVersion) validateSchedule(exam string, topics map[string]bool) error {
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
	if err := schedule.CheckAgainst(v.Input); err != nil {
		return fmt.Errorf("version %d's schedule %s", v.Version, err)
	}
	for _, t := range schedule.Topics {
		topics[t.ID] = true
		for _, it := range t.Items {
			topics[it.ID] = true // study items carry progress rows of their own
		}
	}
	return nil
}

func validHours(h float64) bool { return h >= 0 && h <= maxTopicHours }

// checkHours refuses hours spent that are negative, too many or not a
// number (NaN fails both comparisons of validHours).
func checkHours(h float64) error {
	if !validHours(h) {
		return invalid("Hours spent must be between 0 and %d.", maxTopicHours)
	}
	return nil
}

// validDoneOn reports whether a tick's day is in range and no later than today.
func validDoneOn(d, today catalog.Date) bool { return d.IsZero() || (d.InRange() && !d.After(today)) }

func validateProgress(progress []ProgressRow, topics map[string]bool, today catalog.Date) error {
	seen := map[string]bool{}
	for _, t := range progress {
		switch {
		case t.Topic == "" || seen[t.Topic]:
			return fmt.Errorf("has a topic %q that is empty or listed twice", t.Topic)
		case !topics[t.Topic]:
			return fmt.Errorf("has progress on %q, which is not a topic of its schedule", t.Topic)
		case !validHours(t.Hours):
			return fmt.Errorf("has %g hours on %s: use 0 to %d", t.Hours, t.Topic, maxTopicHours)
		case !stampInRange(t.Updated):
			return fmt.Errorf("has no time for the progress on %s", t.Topic)
		case !t.Done && !t.DoneOn.IsZero():
			return fmt.Errorf("has a done date on %s, which is not done", t.Topic)
		case t.Done && t.DoneOn.IsZero():
			return fmt.Errorf("has %s done with no day it was done", t.Topic)
		case !validDoneOn(t.DoneOn, today):
			return fmt.Errorf("has %s done on %s: use a day from %s to today", t.Topic, t.DoneOn, catalog.FirstDate)
		}
		seen[t.Topic] = true
	}
	return validateItemTasks(progress, seen)
}

// validateItemTasks checks that every study item's task has progress too.
func validateItemTasks(progress []ProgressRow, topics map[string]bool) error {
	for _, t := range progress {
		if t.Task != "" && (!topics[t.Task] || !strings.HasPrefix(t.Topic, t.Task+".")) {
			return fmt.Errorf("has the study item %s of a task %q it does not belong to or that has no progress", t.Topic, t.Task)
		}
	}
	return nil
}

// validateAttempts checks the attempts as AddAttempt would: results no
// later than today, bookings for a day the exam can be taken. A booking
// whose day has passed is checked as on its day and imported as it was:
// the data it came from held it (a booking is not refused when its day
// comes), so an export made before the exam still restores everything
// after it, and the learner records the result as in the app.
func validateAttempts(cat *catalog.Catalog, attempts []planner.Attempt, today catalog.Date) error {
	ids := idSet{}
	for i := range attempts {
		x := &attempts[i]
		if !ids.add(x.ID) {
			return badImport("exam attempt number %d is missing or used twice", x.ID)
		}
		a := planner.Attempt{Exam: x.Exam, Date: x.Date, Status: x.Status, Score: x.Score, Notes: x.Notes}
		if err := validateAttempt(cat, &a, bookingDay(a, today)); err != nil {
			return badImport("exam attempt %d is wrong: %s", x.ID, strings.TrimSuffix(ErrorMessage(err), "."))
		}
		if !stampInRange(x.Created) {
			return badImport("exam attempt %d has no creation time from %s to %s", x.ID, catalog.FirstDate, catalog.LastDate)
		}
		x.Exam = a.Exam
	}
	return nil
}

// bookingDay is the day an imported attempt is checked on: a booking's own
// day when it has passed, else today.
func bookingDay(a planner.Attempt, today catalog.Date) catalog.Date {
	if a.Status == planner.Booked && a.Date.Before(today) {
		return a.Date
	}
	return today
}
