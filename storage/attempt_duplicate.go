package storage

import (
	"context"
	"fmt"

	"certplan/planner"
)

// refuseDuplicateBooking refuses a booking of an exam on a day the same
// exam is already booked (or sat): two bookings of one sitting would make
// the log and the certifications it derives disagree. A cancelled attempt
// does not count, and neither does a itself when it is being updated.
func refuseDuplicateBooking(ctx context.Context, tx *dbTx, a planner.Attempt) error {
	if a.Status == planner.Cancelled {
		return nil
	}
	var n int
	err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM attempts
		WHERE exam = ? AND date = ? AND status <> 'cancelled' AND id <> ?`, a.Exam, a.Date.String(), a.ID).Scan(&n)
	if err != nil {
		return classify(fmt.Errorf("look for the same booking: %w", err))
	}
	if n > 0 {
		return invalid("%s is already in the exam log on %s: change that attempt instead of adding another.", a.Exam, a.Date)
	}
	return nil
}
