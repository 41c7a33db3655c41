// Package devstack is the one place tests build the real stack — catalogue,
// search index, vectors — over the development dataset (../shared/data, or
// $BOBINE_DEVDATA). It is imported by tests only (cmd/bobine/deps_test.go).
//
// The stack is built once per test binary and shared by its tests; each
// test takes its own recommender or chat engine from it, so dialogues never
// leak between tests. With BOBINE_TEST_INDEX set to a directory written by
// `bobine index`, the stack is opened from there instead of being built
// (about two minutes saved per test binary on the development machine).
//
// The search package keeps its own helper: it tests the on-disk index that
// search.Build writes.
package devstack
