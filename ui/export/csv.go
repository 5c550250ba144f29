package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"

	"certplan/planner"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"date", "iso_week", "exam", "domain", "topic", "title", "hours", "kind", "done"}

// CSV writes one row per study session under a header row, as RFC 4180
// text with CRLF line endings: date (YYYY-MM-DD), ISO week (2026-W48), exam
// code, domain, topic ID, title, hours (up to two decimals), kind and
// whether the topic is done (true or false).
func CSV(p planner.Plan) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	done := doneTopics(p)
	_ = w.Write(csvHeader)
	for _, s := range sessions(p) {
		_ = w.Write([]string{s.Date.String(), isoWeek(s.Date), p.Exam, s.Domain, s.Topic, s.Title,
			hoursText(s.Hours), string(s.Kind), strconv.FormatBool(done[s.Topic])})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("write CSV of %s plan: %w", p.Exam, err)
	}
	return b.Bytes(), nil
}
