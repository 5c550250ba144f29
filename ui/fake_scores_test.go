package ui

import (
	"context"

	"certplan/catalog"
	"certplan/planner"
)

// Scores returns a plan's practice results, oldest first.
func (f *fakeData) Scores(_ context.Context, planID int64) ([]planner.ScoreRecord, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.findFor("Scores", planID); err != nil {
		return nil, err
	}
	return append([]planner.ScoreRecord{}, f.scores[planID]...), nil
}

// AddScore keeps a result, in date order.
func (f *fakeData) AddScore(_ context.Context, planID int64, s planner.Score) (planner.ScoreRecord, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.findFor("AddScore", planID); err != nil {
		return planner.ScoreRecord{}, err
	}
	return f.addScore(planID, s), nil
}

// addScore keeps a result, after those of its day or before.
func (f *fakeData) addScore(planID int64, s planner.Score) planner.ScoreRecord {
	if f.scores == nil {
		f.scores = map[int64][]planner.ScoreRecord{}
	}
	recs := f.scores[planID]
	r := planner.ScoreRecord{ID: int64(len(recs) + 1), PlanID: planID, Score: s}
	i := len(recs)
	for i > 0 && recs[i-1].Date.After(s.Date) {
		i--
	}
	f.scores[planID] = append(recs[:i:i], append([]planner.ScoreRecord{r}, recs[i:]...)...)
	return r
}

// AddScoreFor keeps a result and ticks its practice topic on its day, as
// storage does: a topic that is no practice topic of the plan, or a
// passed plan, refuses both.
func (f *fakeData) AddScoreFor(_ context.Context, planID int64, s planner.Score, topic string) (planner.ScoreRecord, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.findFor("AddScoreFor", planID)
	if err != nil {
		return planner.ScoreRecord{}, err
	}
	loaded := *p
	loaded.Passed = f.passed(*p)
	if _, err := loaded.PracticeFor(topic); err != nil {
		return planner.ScoreRecord{}, err
	}
	f.ticks = append(f.ticks, fakeTick{planID, topic, true, 0})
	p.Progress[topic] = planner.TopicProgress{Done: true, DoneOn: s.Date, Hours: p.Progress[topic].Hours}
	return f.addScore(planID, s), nil
}

// PlanReadiness estimates readiness as storage does, at the default target.
func (f *fakeData) PlanReadiness(_ context.Context, planID int64, today catalog.Date) (planner.Readiness, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.findFor("PlanReadiness", planID)
	if err != nil {
		return planner.Readiness{}, err
	}
	e, _ := f.cat.Exam(p.Exam)
	var scores []planner.Score
	for _, r := range f.scores[planID] {
		scores = append(scores, r.Score)
	}
	progress := map[string]planner.Progress{}
	for id, t := range p.Progress {
		progress[id] = planner.Progress{Done: t.Done, Hours: t.Hours}
	}
	return planner.EstimateReadiness(e, scores, planner.StudyOf(e, p.Schedule, progress), planner.DefaultTarget, today), nil
}
