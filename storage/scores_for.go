package storage

import (
	"context"

	"certplan/planner"
)

// AddScoreFor is AddScore for a result of one of the plan's practice
// topics (planner.StudyPlan.PracticeFor: the diagnostic or a practice
// exam, "SAA-C03:diagnostic"): it stores the result and marks that topic
// done on the result's day, as Tick does, in one transaction.
func (db *DB) AddScoreFor(ctx context.Context, planID int64, s planner.Score, topic string) (planner.ScoreRecord, error) {
	r, _, err := db.AddScoreTick(ctx, planID, s, topic)
	return r, err
}

// AddScoreTick is AddScoreFor, and says what the tick did (TickTopic): a
// topic already done on the result's day is left as it was, one done on
// another day is corrected to the result's. Both are stored or neither: a
// topic that is no practice topic of the plan, or a plan whose exam was
// passed (it is done), refuses the result too.
func (db *DB) AddScoreTick(ctx context.Context, planID int64, s planner.Score, topic string) (planner.ScoreRecord, TopicTick, error) {
	type both struct {
		rec  planner.ScoreRecord
		tick TopicTick
	}
	if err := checkSource(&s); err != nil {
		return planner.ScoreRecord{}, TopicTick{}, err
	}
	r, err := writeTx(ctx, db, func(tx *dbTx) (both, error) {
		var r both
		p, err := loadPlan(ctx, tx, planID)
		if err != nil {
			return r, err
		}
		if _, err := p.PracticeFor(topic); err != nil {
			return r, errorf(CodeInvalid, capitalise(err.Error())+".", err)
		}
		if r.rec, err = db.insertScore(ctx, tx, planID, s); err != nil {
			return r, err
		}
		// The day was checked with the result (insertScore): a tick can
		// record it too, and hours 0 keep those already logged.
		r.tick, err = tickTopic(ctx, tx, planID, topic, s.Date, 0)
		return r, err
	})
	return r.rec, r.tick, err
}
