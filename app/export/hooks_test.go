package export

// GUIDOf is guidOf for the external tests.
var GUIDOf = guidOf
