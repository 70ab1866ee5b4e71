package clean

// features are what the classifier measures on a unit.
type features struct{}
