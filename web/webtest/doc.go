// Package webtest starts the headless Chromium that the browser tests of
// package web and its subpackages drive. It is imported only by tests.
package webtest
