package cli

import (
	"context"
	"fmt"

	"certplan/catalog"
	"certplan/planner"
	"certplan/storage"
)

// addScore stores result s of plan p and returns the line that follows
// the readiness about p's practice topics. With forTopic ("diagnostic")
// the result marks that practice topic done on its day, both saved
// together, and the line says what the tick did. Without, the line asks
// whether it was the practice topic p most likely had due by its day
// (planner.StudyPlan.PracticeDue) and how to mark it, today being today;
// "" when none was.
func addScore(ctx context.Context, db *storage.DB, p planner.StudyPlan, s planner.Score, forTopic string, today catalog.Date) (planner.ScoreRecord, string, error) {
	if forTopic == "" {
		saved, err := db.AddScore(ctx, p.ID, s)
		due, ok := p.PracticeDue(s.Date)
		if err != nil || !ok {
			return saved, "", err
		}
		return saved, practiceQuestion(p.ID, due, s.Date, today), nil
	}
	topic := topicID(p.Exam, forTopic)
	saved, tick, err := db.AddScoreTick(ctx, p.ID, s, topic)
	if err != nil {
		return saved, "", err
	}
	t, _ := p.PracticeFor(topic)
	return saved, practiceTicked(t, tick, s), nil
}

// practiceQuestion asks whether a result was for practice topic t, and
// gives the tick that marks it done on the result's day (--on when that
// is not today): "Was this the diagnostic practice set? Mark it done:
// certplan tick 1 diagnostic".
func practiceQuestion(id int64, t planner.PracticeTopic, day, today catalog.Date) string {
	on := ""
	if day != today {
		on = " --on " + day.String()
	}
	return fmt.Sprintf("Was this the %s? Mark it done: certplan tick %d %s%s", lowerFirst(t.Name), id, t.Short(), on)
}

// practiceTicked says what a result for practice topic t did to it:
// "Marked diagnostic (Diagnostic practice set) done on Thu 2026-12-03."
func practiceTicked(t planner.PracticeTopic, tick storage.TopicTick, s planner.Score) string {
	what := fmt.Sprintf("%s (%s)", t.Short(), t.Name)
	switch {
	case !tick.Changed:
		return fmt.Sprintf("%s was already done on %s.", what, dayDate(s.Date))
	case !tick.MovedFrom.IsZero():
		return fmt.Sprintf("Moved %s from %s to %s, the result's day.", what, dayDate(tick.MovedFrom), dayDate(s.Date))
	}
	return fmt.Sprintf("Marked %s done on %s.", what, dayDate(s.Date))
}
