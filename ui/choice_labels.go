package ui

// labelled is a choice's value and how the learner reads it.
type labelled[T comparable] struct {
	value T
	label string
}

// labelList is the choices of one select or radio group, in the order
// shown.
type labelList[T comparable] []labelled[T]

// labels are the choices as shown.
func (l labelList[T]) labels() []string {
	out := make([]string, 0, len(l))
	for _, c := range l {
		out = append(out, c.label)
	}
	return out
}

// labelOf is how the learner reads v, if v is one of the choices.
func (l labelList[T]) labelOf(v T) (string, bool) {
	for _, c := range l {
		if c.value == v {
			return c.label, true
		}
	}
	return "", false
}

// valueOf is the value of the choice shown as label, if there is one.
func (l labelList[T]) valueOf(label string) (T, bool) {
	for _, c := range l {
		if c.label == label {
			return c.value, true
		}
	}
	var zero T
	return zero, false
}
