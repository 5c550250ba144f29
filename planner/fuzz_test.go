package planner_test

import (
	"encoding/json"
	"math"
	"slices"
	"testing"

	"certplan/catalog/catalogtest"
	"certplan/planner"
	"certplan/planner/holiday"
)

// fuzzEpoch is the day the fuzz encoding counts start offsets from.
var fuzzEpoch = day("2026-01-01")

// fuzzBytes reads a fuzz input byte by byte, with zeros once it runs out.
type fuzzBytes []byte

func (b *fuzzBytes) next() int {
	if len(*b) == 0 {
		return 0
	}
	v := (*b)[0]
	*b = (*b)[1:]
	return int(v)
}

func (b *fuzzBytes) next16() int { return b.next()<<8 | b.next() }

// decodeInput turns fuzz bytes into an input and its country: exam,
// start, exam date, hours per weekday (in twelfths, so up to 21.25 hours,
// beyond what Validate allows), country, a held certification,
// experience, time off, an hours override, today and progress.
func decodeInput(tb testing.TB, data []byte) (planner.Input, string) {
	b := fuzzBytes(data)
	codes, countries := fuzzCodes(tb), append([]string{""}, holiday.Codes()...)
	in := planner.Input{Exam: codes[b.next()%len(codes)], Start: fuzzEpoch.AddDays(b.next16() % 1500)}
	if off := b.next16(); off > 0 {
		in.ExamDate = in.Start.AddDays(off % 1900)
	}
	for i := range in.Hours {
		in.Hours[i] = float64(b.next()) / 12
	}
	country := countries[b.next()%len(countries)]
	if code := b.next(); code > 0 {
		in.Held = []planner.HeldCert{{Code: codes[code%len(codes)], Earned: in.Start.AddDays(-b.next16() % 1600)}}
	}
	in.Experience = []planner.Experience{"", planner.New, planner.Some, planner.Experienced}[b.next()%4]
	for range b.next() % 3 {
		from := in.Start.AddDays(2*b.next() - 20)
		in.TimeOff = append(in.TimeOff, planner.Span{From: from, To: from.AddDays(b.next() % 30)})
	}
	in.HoursOverride = float64(b.next16()) / 64
	in.Today = in.Start.AddDays(b.next()).AddDays(-1)
	if in.Today == in.Start.AddDays(-1) {
		in.Today = 0
	}
	in.Progress = decodeProgress(tb, &b, in.Exam)
	return withCountry(tb, in, country), country
}

// decodeProgress reads up to three topics' progress, with hours spent from
// none to far more than any topic needs.
func decodeProgress(tb testing.TB, b *fuzzBytes, code string) map[string]planner.Progress {
	e, _ := catalogtest.Load(tb).Exam(code)
	topics := e.Topics()
	n := b.next() % 4
	if n == 0 {
		return nil
	}
	out := map[string]planner.Progress{}
	for range n {
		id, flags := topics[b.next()%len(topics)].ID, b.next()
		out[id] = planner.Progress{Done: flags&1 == 1, Hours: float64(b.next16()) / 16 * math.Pow(10, float64(flags>>1&7))}
	}
	return out
}

// encodeInput is decodeInput's inverse for the table's inputs, so the
// fuzzer starts from them; what the encoding cannot say is rounded.
func encodeInput(tb testing.TB, in planner.Input, country string) []byte {
	codes, countries := fuzzCodes(tb), append([]string{""}, holiday.Codes()...)
	var out []byte
	put16 := func(v int) { out = append(out, byte(v>>8), byte(v)) }
	out = append(out, byte(slices.Index(codes, in.Exam)))
	put16(fuzzEpoch.DaysUntil(in.Start))
	put16(max(in.Start.DaysUntil(in.ExamDate), 0))
	for _, h := range in.Hours {
		out = append(out, byte(math.Round(h*12)))
	}
	out = append(out, byte(slices.Index(countries, country)))
	if len(in.Held) > 0 {
		out = append(out, byte(slices.Index(codes, in.Held[0].Code)))
		put16(max(in.Held[0].Earned.DaysUntil(in.Start), 0))
	} else {
		out = append(out, 0)
	}
	out = append(out, byte(slices.Index([]planner.Experience{"", planner.New, planner.Some, planner.Experienced}, in.Experience)))
	out = append(out, byte(min(len(in.TimeOff), 2)))
	for _, s := range in.TimeOff[:min(len(in.TimeOff), 2)] {
		out = append(out, byte((in.Start.DaysUntil(s.From)+20)/2), byte(s.From.DaysUntil(s.To)))
	}
	put16(int(in.HoursOverride * 64))
	if !in.Today.IsZero() {
		out = append(out, byte(in.Start.DaysUntil(in.Today)+1))
	} else {
		out = append(out, 0)
	}
	return append(out, 0) // no progress: the seeds leave it out
}

func fuzzCodes(tb testing.TB) []string {
	var codes []string
	for _, e := range catalogtest.Load(tb).Exams() {
		codes = append(codes, e.Code)
	}
	return codes
}

// FuzzBuild builds plans from arbitrary bytes, seeded with the table's
// cases: Build may refuse the input but must never panic, and every plan
// it makes keeps conservation, capacity and the forbidden days, and can be
// written as JSON.
func FuzzBuild(f *testing.F) {
	for _, tc := range buildCases() {
		f.Add(encodeInput(f, tc.in, tc.country))
	}
	f.Add([]byte{})
	f.Add([]byte{255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255})
	c := catalogtest.Load(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		in, country := decodeInput(t, data)
		p, err := planner.Build(c, in)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an empty error")
			}
			return
		}
		for _, problem := range planProblems(in, p) {
			t.Fatalf("%s: %s", describe(in, country), problem)
		}
		if _, err := json.Marshal(p); err != nil {
			t.Fatalf("%s: the plan is not JSON: %v", describe(in, country), err)
		}
	})
}

// TestFuzzSeedsDecodeToTheTable checks that the seeds say what the table does.
func TestFuzzSeedsDecodeToTheTable(t *testing.T) {
	for _, tc := range buildCases() {
		in, country := decodeInput(t, encodeInput(t, tc.in, tc.country))
		for _, f := range []struct {
			field     string
			got, want any
		}{{"exam", in.Exam, tc.in.Exam}, {"start", in.Start, tc.in.Start}, {"exam date", in.ExamDate, tc.in.ExamDate},
			{"hours", in.Hours, tc.in.Hours}, {"country", country, tc.country}, {"today", in.Today, tc.in.Today}} {
			if f.got != f.want {
				t.Errorf("%s: seed decodes to %s %v, want %v", tc.name, f.field, f.got, f.want)
			}
		}
	}
}
