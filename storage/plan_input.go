package storage

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"

	"certplan/catalog"
	"certplan/planner"
	"certplan/planner/holiday"
)

// PlanInput is a plan's planner input as stored: planner.Input without the
// holiday calendar (rebuilt from Country), progress (kept per topic) and
// today (given when re-planning).
type PlanInput struct {
	Exam          string             `json:"exam"`
	Start         catalog.Date       `json:"start"`
	ExamDate      catalog.Date       `json:"exam_date"`
	Hours         planner.Weekdays   `json:"hours"`
	Held          []planner.HeldCert `json:"held"`
	Experience    planner.Experience `json:"experience"`
	Country       string             `json:"country"`
	TimeOff       []planner.Span     `json:"time_off"`
	HoursOverride float64            `json:"hours_override"`
	// Order is the order of first study; empty (plans saved before it) means by weight.
	Order planner.Order `json:"order,omitempty"`
}

// InputOf is the stored form of a planner input whose holidays are those
// of country ("" for none).
func InputOf(in planner.Input, country string) PlanInput {
	return PlanInput{Exam: catalog.NormalizeCode(in.Exam), Start: in.Start, ExamDate: in.ExamDate, Hours: in.Hours,
		Held: in.Held, Experience: in.Experience, Country: country, TimeOff: in.TimeOff, HoursOverride: in.HoursOverride, Order: in.Order}
}

// Planner rebuilds the planner input, with the country's holidays, the
// given progress and today.
func (p PlanInput) Planner(progress map[string]planner.Progress, today catalog.Date) (planner.Input, error) {
	in := planner.Input{Exam: p.Exam, Start: p.Start, ExamDate: p.ExamDate, Hours: p.Hours, Held: p.Held,
		Experience: p.Experience, TimeOff: p.TimeOff, HoursOverride: p.HoursOverride, Progress: progress, Today: today,
		Order: p.Order}
	if p.Country != "" {
		h, err := holiday.ForCountry(p.Country)
		if err != nil {
			return in, invalid("Country %q has no public-holiday calendar: choose another, or none.", p.Country)
		}
		in.Holidays = h
	}
	return in, nil
}

// validate checks the input against the catalog in the planner's words.
func (p PlanInput) validate(cat *catalog.Catalog) error {
	in, err := p.Planner(nil, 0)
	if err != nil {
		return err
	}
	if err := in.Validate(cat); err != nil {
		return errorf(CodeInvalid, capitalise(err.Error())+".", err)
	}
	return nil
}

// capitalise starts a planner message with a capital letter.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// encodeSchedule stores a schedule as gzip-compressed JSON (a tenth of the
// size, which keeps years of re-plans quick to open and check).
func encodeSchedule(p planner.Plan) ([]byte, error) {
	raw, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	return compress(raw)
}

func compress(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	z, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if _, err := z.Write(raw); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// scheduleJSON returns a stored schedule's JSON; plain JSON is read as is.
func scheduleJSON(blob []byte) ([]byte, error) {
	if len(blob) > 0 && blob[0] == '{' {
		return blob, nil
	}
	z, err := gzip.NewReader(bytes.NewReader(blob))
	if err != nil {
		return nil, fmt.Errorf("stored schedule: %w", err)
	}
	return io.ReadAll(z)
}

// decodeSchedule reads a stored schedule.
func decodeSchedule(blob []byte) (planner.Plan, error) {
	var p planner.Plan
	raw, err := scheduleJSON(blob)
	if err == nil {
		err = json.Unmarshal(raw, &p)
	}
	if err != nil {
		return p, fmt.Errorf("stored schedule: %w", err)
	}
	return p, nil
}
