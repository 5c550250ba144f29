// Package catalog holds every AWS certification exam as data embedded in the
// binary: codes, levels, status and dates, format, domains with weights, task
// statements as study topics with skill tags, study-hour estimates and the
// renewal rules between certifications. Facts come from the project's fact
// sheet only; what the sheet leaves unconfirmed stays unknown (nil) here.
//
// The package imports nothing else of certplan's, so every other layer can
// depend on it.
package catalog
