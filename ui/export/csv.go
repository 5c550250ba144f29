package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"

	"certplan/planner"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"date", "iso_week", "exam", "domain", "topic", "title", "hours", "kind", "done",
	"item", "item_text", "item_kind", "item_done"}

// CSV writes one row per study session and study item under a header row,
// as RFC 4180 text with CRLF line endings: date (YYYY-MM-DD), ISO week
// (2026-W48), exam code, domain, topic ID, title, hours (up to two
// decimals), kind, whether the topic is done (true or false), then the
// item's ID, text, kind and whether it is done. A session without items
// (review, practice, an exam whose items are not published) is one row with
// the item columns empty. A session's hours are on its first row only, so
// that the column adds up to the plan's hours.
func CSV(p planner.Plan) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	done := doneTopics(p)
	_ = w.Write(csvHeader)
	for _, s := range sessions(p) {
		row := []string{s.Date.String(), isoWeek(s.Date), p.Exam, s.Domain, s.Topic, s.Title,
			hoursText(s.Hours), string(s.Kind), strconv.FormatBool(done[s.WorkTopic()])}
		if len(s.Items) == 0 {
			_ = w.Write(append(row, "", "", "", ""))
		}
		for k, it := range s.Items {
			if k == 1 {
				row[6] = ""
			}
			_ = w.Write(append(row[:9:9], it.ID, it.Text, string(it.Kind), strconv.FormatBool(done[it.ID])))
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("write CSV of %s plan: %w", p.Exam, err)
	}
	return b.Bytes(), nil
}
