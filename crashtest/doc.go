// Package crashtest is Dossier's crash harness (`make crashtest`). Its test
// re-runs the test binary as a child that imports articles, annotates,
// edits notes and renames tags in a loop on a real library (bbolt file and
// Bleve index), printing a COMMITTED line after each call that returned; the
// parent kills the child with SIGKILL at random moments and, after each
// kill, reopens the library and checks that bbolt is consistent, that every
// change reported as committed is there, and that after the outbox replay
// the search index equals the store with no dangling secondary-index entry.
//
// CRASH_KILLS sets the number of kills (20 by default, the CI size;
// `make crashtest` runs 200). CRASH_SEED fixes the random kill moments.
package crashtest
