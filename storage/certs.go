package storage

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"certplan/catalog"
	"certplan/planner"
)

// Certification is a certification the learner holds (or held).
type Certification struct {
	Key          string        // certification key, "SAA"
	Name         string        // from the catalog
	Level        catalog.Level // from the catalog
	Exam         string        // the exam that earned or last passed it
	Earned       catalog.Date
	Expiry       catalog.Date // renewal deadline: it lapses on this day
	RenewedOn    catalog.Date // the latest renewal; zero when never renewed
	RenewedBy    string       // the exam code of that renewal
	CredentialID string
	// RenewWith is the exam a renewal would sit: the version bookable just
	// before the expiry; "" when the catalog has none.
	RenewWith string
	// StudyFrom is the latest day to start studying for RenewWith at the
	// learner's hours to be ready by the expiry; zero when it cannot be
	// told (no weekly hours, or no exam to renew with).
	StudyFrom catalog.Date
}

// Active reports whether the certification is valid on day on.
func (c Certification) Active(on catalog.Date) bool { return on.Before(c.Expiry) }

// Deadline is the last day to renew: the expiry.
func (c Certification) Deadline() catalog.Date { return c.Expiry }

// validityYears is how long a pass of e counts.
func validityYears(cat *catalog.Catalog, e *catalog.Exam) int {
	if e.ValidityYears > 0 {
		return e.ValidityYears
	}
	if v := cat.Rules().ValidityYears; v > 0 {
		return v
	}
	return 3
}

// deriveCertifications replays the passes in date order: a pass earns its
// certification (or renews it when still active) and extends every held,
// still-active certification it renews per the catalog, to the pass date
// plus the validity.
func deriveCertifications(cat *catalog.Catalog, passes []Attempt) map[string]*Certification {
	held := map[string]*Certification{}
	for _, a := range passes {
		e, ok := cat.Exam(a.Exam)
		if !ok || a.Status != Passed {
			continue
		}
		expiry := a.Date.AddYears(validityYears(cat, e))
		own := held[e.Certification]
		if own == nil || !a.Date.Before(own.Expiry) {
			held[e.Certification] = &Certification{Key: e.Certification, Exam: e.Code, Earned: a.Date, Expiry: expiry}
		} else {
			own.Exam = e.Code
			extend(own, e.Code, a.Date, expiry)
		}
		for _, key := range cat.Renews(e.Code) {
			if c := held[key]; c != nil && key != e.Certification && a.Date.Before(c.Expiry) {
				extend(c, e.Code, a.Date, expiry)
			}
		}
	}
	return held
}

// extend moves a certification's expiry later after a renewing pass.
func extend(c *Certification, code string, on, expiry catalog.Date) {
	if expiry.After(c.Expiry) {
		c.Expiry, c.RenewedOn, c.RenewedBy = expiry, on, code
	}
}

// refreshCertifications rewrites the certifications from the passed
// attempts, keeping credential IDs, and says what was earned or renewed.
func (db *DB) refreshCertifications(ctx context.Context, tx *dbTx) (AttemptResult, error) {
	var res AttemptResult
	passes, err := loadAttempts(ctx, tx, db.cat, "WHERE status = 'passed'")
	if err != nil {
		return res, err
	}
	before, err := loadCertifications(ctx, tx)
	if err != nil {
		return res, err
	}
	old := map[string]Certification{}
	for _, c := range before {
		old[c.Key] = c
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM certifications"); err != nil {
		return res, classify(err)
	}
	for _, c := range sortedCerts(deriveCertifications(db.cat, passes)) {
		prev, had := old[c.Key]
		c.CredentialID = prev.CredentialID
		if err := insertCertification(ctx, tx, c); err != nil {
			return res, err
		}
		switch {
		case !had || prev.Earned != c.Earned:
			res.Earned = append(res.Earned, db.describe(c))
		case c.Expiry.After(prev.Expiry):
			res.Renewed = append(res.Renewed, db.describe(c))
		}
	}
	return res, nil
}

func sortedCerts(m map[string]*Certification) []Certification {
	out := make([]Certification, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func insertCertification(ctx context.Context, tx *dbTx, c Certification) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO certifications (key, exam, earned, expiry, renewed_on, renewed_by, credential_id)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Key, c.Exam, c.Earned.String(), c.Expiry.String(), dateValue(c.RenewedOn), c.RenewedBy, c.CredentialID)
	return classify(err)
}

// describe fills in what the catalog knows about a certification.
func (db *DB) describe(c Certification) Certification {
	if f, ok := db.cat.Certification(c.Key); ok {
		c.Name, c.Level = f.Name, f.Level
	}
	if e := db.cat.Current(c.Key, c.Expiry.AddDays(-1)); e != nil {
		c.RenewWith = e.Code
	}
	return c
}

// loadCertifications reads the stored certifications by expiry.
func loadCertifications(ctx context.Context, tx *dbTx) ([]Certification, error) {
	rows, err := tx.QueryContext(ctx, "SELECT key, exam, earned, expiry, renewed_on, renewed_by, credential_id FROM certifications ORDER BY expiry, key")
	if err != nil {
		return nil, classify(fmt.Errorf("load certifications: %w", err))
	}
	defer rows.Close()
	var out []Certification
	for rows.Next() {
		var c Certification
		var earned, expiry, renewed sql.NullString
		err := rows.Scan(&c.Key, &c.Exam, &earned, &expiry, &renewed, &c.RenewedBy, &c.CredentialID)
		if err == nil {
			c.Earned, err = parseStoredDate(earned)
		}
		if err == nil {
			c.Expiry, err = parseStoredDate(expiry)
		}
		if err == nil {
			c.RenewedOn, err = parseStoredDate(renewed)
		}
		if err != nil {
			return nil, classify(fmt.Errorf("load certifications: %w", err))
		}
		out = append(out, c)
	}
	return out, classify(rows.Err())
}

// Certifications lists the held (and lapsed) certifications by expiry, each
// with its renewal exam and the latest day to start studying for it at the
// learner's hours (from the settings, or the newest plan when none are saved).
func (db *DB) Certifications(ctx context.Context) ([]Certification, error) {
	tx, err := db.view(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	certs, err := loadCertifications(ctx, tx)
	if err != nil {
		return nil, err
	}
	learner, err := learnerHours(ctx, tx)
	if err != nil {
		return nil, err
	}
	held := heldCerts(certs)
	for i, c := range certs {
		certs[i] = db.describe(c)
		if certs[i].RenewWith != "" {
			certs[i].StudyFrom, _ = RenewalStudyStart(db.cat, certs[i].RenewWith, c.Expiry, learner, held)
		}
	}
	return certs, nil
}

// learnerHours returns the saved settings or, when none were saved, the
// hours, experience and country of the newest plan.
func learnerHours(ctx context.Context, tx *dbTx) (planner.Settings, error) {
	s, saved, err := loadSettings(ctx, tx)
	if err != nil || saved {
		return s, err
	}
	var id int64
	err = tx.QueryRowContext(ctx, "SELECT id FROM plans ORDER BY id DESC LIMIT 1").Scan(&id)
	if err == sql.ErrNoRows {
		return s, nil
	}
	if err != nil {
		return s, classify(err)
	}
	p, err := loadPlan(ctx, tx, id)
	if err != nil {
		return s, err
	}
	return planner.Settings{Hours: p.Input.Hours, Country: p.Input.Country, Experience: p.Input.Experience}, nil
}

// SetCredentialID records the credential ID of a held certification.
func (db *DB) SetCredentialID(ctx context.Context, key, credentialID string) error {
	if err := checkName("A credential ID", credentialID); err != nil {
		return err
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, "UPDATE certifications SET credential_id = ? WHERE key = ?", credentialID, key)
	if err != nil {
		return classify(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errorf(CodeNotFound, fmt.Sprintf("You hold no certification %q.", key), nil)
	}
	return tx.Commit()
}

// AddCertification records a certification earned before certplan knew of
// it, as a passed attempt on the day it was earned, with its credential ID.
func (db *DB) AddCertification(ctx context.Context, exam string, earned catalog.Date, credentialID string) (AttemptResult, error) {
	a := Attempt{Exam: exam, Date: earned, Status: Passed, Notes: "Added as a held certification."}
	if err := validateAttempt(db.cat, &a, catalog.DateFromTime(db.opts.Now())); err != nil {
		return AttemptResult{}, err
	}
	if err := checkName("A credential ID", credentialID); err != nil {
		return AttemptResult{}, err
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return AttemptResult{}, err
	}
	defer tx.Rollback()
	id, err := insertAttempt(ctx, tx, a)
	if err != nil {
		return AttemptResult{}, err
	}
	res, err := db.refreshCertifications(ctx, tx)
	if err != nil {
		return res, err
	}
	e, _ := db.cat.Exam(a.Exam)
	if _, err := tx.ExecContext(ctx, "UPDATE certifications SET credential_id = ? WHERE key = ?", credentialID, e.Certification); err != nil {
		return res, classify(err)
	}
	for i := range res.Earned {
		if res.Earned[i].Key == e.Certification {
			res.Earned[i].CredentialID = credentialID
		}
	}
	if res.Attempt, err = loadAttempt(ctx, tx, db.cat, id); err != nil {
		return res, err
	}
	return res, tx.Commit()
}
