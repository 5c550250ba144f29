package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// attemptFlags are the flags of exam add and exam set.
type attemptFlags struct {
	status, notes string
	score         int
	scoreSet      bool // --score was given: 0 is then a score, and a wrong one
}

func bindAttemptFlags(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
}) *attemptFlags {
	f := &attemptFlags{}
	fs.StringVar(&f.status, "status", "", "booked, passed, failed or cancelled (required)")
	fs.IntVar(&f.score, "score", 0, "scaled score, 100 to 1000")
	fs.StringVar(&f.notes, "notes", "", "notes on the attempt")
	return f
}

// runExam dispatches exam add and exam set.
func runExam(e *env, c *command, args []string) error {
	fs := newFlags(e, c)
	f := bindAttemptFlags(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	fs.Visit(func(fl *flag.Flag) { f.scoreSet = f.scoreSet || fl.Name == "score" })
	if r := e.cat.Rules(); f.scoreSet && f.score == 0 {
		return badInput("exam: --score 0 is not a scaled score: use %d to %d, or leave --score out", r.ScoreMin, r.ScoreMax)
	}
	switch {
	case len(pos) == 3 && pos[0] == "add":
		return examAdd(e, f, pos[1], pos[2])
	case len(pos) == 2 && pos[0] == "set":
		return examSet(e, f, pos[1])
	}
	return badInput("exam: use certplan exam add CODE DATE --status S, or certplan exam set ID --status S")
}

// attempt checks the flags and builds the attempt.
func (f *attemptFlags) attempt() (planner.Attempt, error) {
	if f.status == "" {
		return planner.Attempt{}, badInput("exam: --status is needed: booked, passed, failed or cancelled")
	}
	st, err := storage.ParseAttemptStatus(f.status)
	if err != nil {
		return planner.Attempt{}, badInput("exam: --status %s", storage.ErrorMessage(err))
	}
	return planner.Attempt{Status: st, Score: f.score, Notes: f.notes}, nil
}

func examAdd(e *env, f *attemptFlags, code, date string) error {
	a, err := f.attempt()
	if err != nil {
		return err
	}
	x, err := examCode(e, code)
	if err != nil {
		return err
	}
	if a.Date, err = catalog.ParseDateInRange(date); err != nil {
		return badInput("exam add: %s", err.Error())
	}
	a.Exam = x.Code
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		res, err := db.AddAttempt(ctx, a)
		if err != nil {
			return storeErr(err)
		}
		return writeAttemptResult(e, res)
	})
}

// examSet changes an attempt's status, score and (when given) notes.
func examSet(e *env, f *attemptFlags, idText string) error {
	a, err := f.attempt()
	if err != nil {
		return err
	}
	id, err := idArg("attempt", idText)
	if err != nil {
		return err
	}
	return withStore(e, func(ctx context.Context, db *storage.DB) error {
		old, err := findAttempt(ctx, db, id)
		if err != nil {
			return err
		}
		old.Status = a.Status
		switch {
		case f.scoreSet:
			old.Score = a.Score
		case a.Status != planner.Passed && a.Status != planner.Failed:
			old.Score = 0 // only a result has a score
		}
		if a.Notes != "" {
			old.Notes = a.Notes
		}
		res, err := db.UpdateAttempt(ctx, old)
		if err != nil {
			return storeErr(err)
		}
		return writeAttemptResult(e, res)
	})
}

func findAttempt(ctx context.Context, db *storage.DB, id int64) (planner.Attempt, error) {
	all, err := db.Attempts(ctx)
	if err != nil {
		return planner.Attempt{}, storeErr(err)
	}
	for _, a := range all {
		if a.ID == id {
			return a, nil
		}
	}
	return planner.Attempt{}, badInput("there is no exam attempt %d: %s", id, listHint("attempt"))
}

// writeAttemptResult says what was saved and what it did to
// certifications, as things stand on e's today.
func writeAttemptResult(e *env, res planner.AttemptResult) error {
	w, today := e.stdout, e.today
	var b strings.Builder
	a := res.Attempt
	fmt.Fprintf(&b, "Attempt %d: %s on %s, %s%s.\n", a.ID, a.Exam, a.Date, a.Status, scoreText(a.Score))
	switch {
	case !a.RetakeFrom.IsZero():
		fmt.Fprintf(&b, "You can retake it from %s.\n", a.RetakeFrom)
	case a.Status == planner.Failed:
		if x, ok := e.cat.Exam(a.Exam); ok {
			fmt.Fprintf(&b, "It cannot be retaken: %s.\n", e.cat.CannotTake(x, x.LastDay.AddDays(1)))
		}
	}
	for _, c := range res.Earned {
		fmt.Fprintf(&b, "Earned %s (%s)%s.\n", c.Key, c.Name, sinceText(c.Earned, c, today))
	}
	for _, c := range res.Renewed {
		fmt.Fprintf(&b, "Renewed %s (%s)%s.\n", c.Key, c.Name, sinceText(c.RenewedOn, c, today))
	}
	for _, c := range res.Changed {
		fmt.Fprintf(&b, "%s (%s) now dates from %s and %s.\n", c.Key, c.Name, c.Earned, validityText(c, today))
	}
	for _, c := range res.Lost {
		fmt.Fprintf(&b, "You no longer hold %s (%s): no logged pass earns it.\n", c.Key, c.Name)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// sinceText ends a line on a pass of day on: ", valid until X" while c
// holds on today, else " on D, expired on X".
func sinceText(on catalog.Date, c planner.HeldCertification, today catalog.Date) string {
	switch {
	case c.Expiry.IsZero():
		return ", with no expiry"
	case c.Active(today):
		return ", valid until " + c.Expiry.String()
	}
	return fmt.Sprintf(" on %s, expired on %s", on, c.Expiry)
}

// validityText says whether c is valid on today, and until when.
func validityText(c planner.HeldCertification, today catalog.Date) string {
	switch {
	case c.Expiry.IsZero():
		return "has no expiry"
	case c.Active(today):
		return "is valid until " + c.Expiry.String()
	}
	return "expired on " + c.Expiry.String()
}

func scoreText(score int) string {
	if score == 0 {
		return ""
	}
	return fmt.Sprintf(" (score %d)", score)
}

// shownAttempt is one attempt in exams --json: the record as an export
// keeps it, with its score null when not known and the day a failed exam
// can be retaken, which the record's own JSON leaves out.
type shownAttempt struct {
	planner.Attempt
	Score      *int         `json:"score"`
	RetakeFrom catalog.Date `json:"retake_from"`
}

// runExams lists the attempts.
func runExams(e *env, c *command, args []string) error {
	return listing[[]planner.Attempt]{fetch: (*storage.DB).Attempts, text: writeAttempts,
		json:     func(all []planner.Attempt) any { return shownAttempts(all) },
		jsonHelp: "print the attempts as JSON"}.run(e, c, args)
}

func shownAttempts(all []planner.Attempt) []shownAttempt {
	out := []shownAttempt{}
	for _, a := range all {
		s := shownAttempt{Attempt: a, RetakeFrom: a.RetakeFrom}
		if a.Score != 0 {
			s.Score = &a.Score
		}
		out = append(out, s)
	}
	return out
}

func writeAttempts(w io.Writer, all []planner.Attempt) error {
	if len(all) == 0 {
		_, err := fmt.Fprintln(w, "No exam attempts yet: log one with certplan exam add CODE DATE --status booked.")
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-4s %-10s %-8s %-9s %-5s %-10s %s\n", "ID", "DATE", "EXAM", "STATUS", "SCORE", "RETAKE", "NOTES")
	for _, a := range all {
		score := "-"
		if a.Score != 0 {
			score = fmt.Sprint(a.Score)
		}
		fmt.Fprintf(&b, "%-4d %-10s %-8s %-9s %-5s %-10s %s\n", a.ID, a.Date, a.Exam, a.Status, score, orDash(a.RetakeFrom), clip(oneLine(a.Notes), 40))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
