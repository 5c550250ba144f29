package storage

import (
	"certplan/catalog"
	"certplan/planner"
)

// validateCertifications checks the file's certifications: credential IDs
// a learner could type, and each one given by the file's passed attempts.
// Import derives the certifications from those attempts (one added by
// hand is stored as a passed attempt too, see AddCertification), so a
// certplan export always holds the pass behind each one: a certification
// without it comes from a cut or hand-edited file, and importing it would
// drop it, its credential ID and the renewals it gave, unseen. The
// attempts must be validated first (their exam codes normalised).
func validateCertifications(cat *catalog.Catalog, x *Export) error {
	given := map[string]bool{}
	for _, c := range planner.HeldFromPasses(cat, x.Attempts) {
		given[c.Key] = true
	}
	for _, c := range x.Certifications {
		switch {
		case nameTooLong(c.CredentialID):
			return badImport("the credential ID of %s is longer than %d characters", c.Key, MaxNameLength)
		case unsafeChars(c.CredentialID) != "":
			return badImport("the credential ID of %s holds %s", c.Key, unsafeChars(c.CredentialID))
		case !given[c.Key]:
			return badImport("certification %s has no passed exam attempt in it: add the pass that earned it "+
				"(%s on %s) to \"attempts\", or remove %s from \"certifications\"", c.Key, c.Exam, c.Earned, c.Key)
		}
	}
	return nil
}
