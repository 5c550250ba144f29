package catalog

// Level is the tier of a certification in the AWS programme.
type Level string

// The tiers, from entry level up, plus the no-cost accreditations.
const (
	Foundational  Level = "Foundational"
	Associate     Level = "Associate"
	Professional  Level = "Professional"
	Specialty     Level = "Specialty"
	Accreditation Level = "Accreditation"
)

// Rank orders the hierarchy (Foundational < Associate < Professional);
// Specialty and accreditations stand outside it and rank 0.
func (l Level) Rank() int {
	switch l {
	case Foundational:
		return 1
	case Associate:
		return 2
	case Professional:
		return 3
	}
	return 0
}

// Status is where an exam version stands in its life cycle.
type Status string

// The statuses an exam version can have.
const (
	Active    Status = "active"    // bookable, no last day announced
	Retiring  Status = "retiring"  // bookable until LastDay
	Beta      Status = "beta"      // beta delivery; results after the beta closes
	Scheduled Status = "scheduled" // announced, bookable from AvailableFrom
	Retired   Status = "retired"   // can no longer be taken
)

// Format is how an exam is delivered. A nil field is not published.
type Format struct {
	Questions         *int `json:"questions"`
	ScoredQuestions   *int `json:"scored"`
	UnscoredQuestions *int `json:"unscored"`
	Minutes           *int `json:"minutes"`
	PassingScore      *int `json:"passing_score"`
	PriceUSD          *int `json:"price_usd"`
}

// Topic is one task statement of an exam: the unit a learner studies and ticks.
type Topic struct {
	// ID is stable across releases: exam code and task number, "SAA-C03:1.2".
	ID string `json:"id"`
	// Number is the task number within the exam, "1.2".
	Number string `json:"number"`
	// Title is the task statement.
	Title string `json:"title"`
	// Domain is the 1-based number of the domain the topic belongs to.
	Domain int `json:"domain"`
	// Tags name the skills the topic exercises (iam, networking, ...).
	Tags []string `json:"tags"`
	// Share is the topic's fraction of its domain's hours (shares sum to 1).
	Share float64 `json:"share"`
	// Synthetic marks a topic made by certplan because the task statements
	// are not published: the whole domain, or the unpublished rest of it.
	Synthetic bool `json:"synthetic,omitempty"`
}

// Domain is one content domain of an exam guide.
type Domain struct {
	Number int    `json:"number"`
	Name   string `json:"name"`
	// Weight is the percentage of scored content; nil when not published.
	Weight *float64 `json:"weight"`
	Topics []Topic  `json:"topics"`
}

// Exam is one version of a certification exam, keyed by its code.
type Exam struct {
	Code          string `json:"code"`
	Certification string `json:"certification"` // family key, "SAA"
	Name          string `json:"name"`
	Level         Level  `json:"level"`
	LevelNote     string `json:"level_note,omitempty"`
	Status        Status `json:"status"`
	StatusNote    string `json:"status_note,omitempty"`
	// AvailableFrom is the first day the exam can be taken, when known.
	AvailableFrom Date `json:"available_from"`
	// AvailableFromText keeps the published precision ("2022-08").
	AvailableFromText string `json:"available_from_text,omitempty"`
	// LastDay is the last day the exam can be taken, when known.
	LastDay Date `json:"last_day"`
	// GeneralAvailability is the day a beta exam becomes a standard one,
	// when known: from then on it is no longer in beta.
	GeneralAvailability   Date     `json:"general_availability"`
	Predecessor           string   `json:"predecessor,omitempty"`
	Successor             string   `json:"successor,omitempty"`
	SuccessorNote         string   `json:"successor_note,omitempty"`
	Format                Format   `json:"format"`
	StandardFormat        *Format  `json:"standard_format,omitempty"`
	ValidityYears         int      `json:"validity_years"`
	RecommendedExperience string   `json:"recommended_experience,omitempty"`
	QuestionTypes         []string `json:"question_types,omitempty"`
	// StudyHours is certplan's own estimate of hours for a learner with some
	// experience, before credit for held certifications.
	StudyHours          float64  `json:"study_hours"`
	StudyHoursRationale string   `json:"study_hours_rationale"`
	Domains             []Domain `json:"domains"`
	// ProvisionalFrom names the exam whose domains stand in for unpublished
	// ones ("SAP-C02" for SAP-C03); empty when the domains are the exam's own.
	ProvisionalFrom string            `json:"provisional_from,omitempty"`
	Confidence      map[string]string `json:"confidence,omitempty"`
	Notes           []string          `json:"notes,omitempty"`
	Sources         []string          `json:"sources,omitempty"`
	// items decodes the exam's study items on first use; nil when none.
	items *itemSource
}

// Certification groups the versions of one credential ("SAA": SAA-C02, SAA-C03)
// and says which certifications' exams renew it.
type Certification struct {
	Key   string `json:"key"`
	Name  string `json:"name"`
	Level Level  `json:"level"`
	// Versions lists exam codes, oldest first.
	Versions []string `json:"versions"`
	// RenewedBy lists certification keys whose current exam renews this one;
	// the entries "level:Associate" and "level:Professional" mean any of that tier.
	RenewedBy   []string `json:"renewed_by"`
	RenewalNote string   `json:"renewal_note,omitempty"`
}

// AccreditationInfo is a no-cost AWS Partner accreditation or course: no exam
// code, no scaled score, no three-year validity.
type AccreditationInfo struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Facts       []string `json:"facts,omitempty"`
	Unconfirmed []string `json:"unconfirmed,omitempty"`
	Sources     []string `json:"sources,omitempty"`
}

// Rules are the programme-wide facts that apply to every certification.
type Rules struct {
	// AsOf is the date the facts were compiled; statuses are as of that day.
	AsOf                   Date     `json:"as_of"`
	ValidityYears          int      `json:"validity_years"`
	ScoreMin               int      `json:"score_min"`
	ScoreMax               int      `json:"score_max"`
	RetakeWaitDays         int      `json:"retake_wait_days"`
	PassedRetakeBlockYears int      `json:"passed_retake_block_years"`
	ESLExtraMinutes        int      `json:"esl_extra_minutes"`
	Renew                  string   `json:"renew"`
	Maintain               string   `json:"maintain"`
	Hierarchy              string   `json:"hierarchy"`
	Notes                  []string `json:"notes,omitempty"`
}
