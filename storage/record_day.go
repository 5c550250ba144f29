package storage

import (
	"context"
	"fmt"
	"time"

	"certplan/catalog"
	"certplan/planner"
)

// checkRecordDay refuses a day on that cannot date a tick or a practice
// result of plan id (planner.CheckRecordDay: not before the exam's first
// day, nor more than a year before the plan was made); what names the day
// ("The tick's day").
func checkRecordDay(ctx context.Context, tx *dbTx, cat *catalog.Catalog, id int64, on catalog.Date, what string) error {
	e, err := planExam(ctx, tx, cat, id)
	if err != nil {
		return err
	}
	var stamp string
	if err := tx.QueryRowContext(ctx, "SELECT created FROM plans WHERE id = ?", id).Scan(&stamp); err != nil {
		return classify(fmt.Errorf("load plan %d: %w", id, err))
	}
	created, err := parseStamp(stamp)
	if err != nil {
		return errorf(CodeDamaged, msgDamaged, err)
	}
	if err := planner.CheckRecordDay(e, catalog.DateFromTime(created.In(time.Local)), on); err != nil {
		return errorf(CodeInvalid, fmt.Sprintf("%s %s.", what, err), err)
	}
	return nil
}
