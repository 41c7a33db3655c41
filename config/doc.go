// Package config loads Bobine's configuration: built-in defaults, then an
// optional YAML file (bobine.yaml), then BOBINE_* environment variables
// (BOBINE_SERVER_ADDR overrides server.addr), then explicit overrides.
//
// It is the only package that imports viper. Load returns a typed, validated
// Config; nothing reads global state.
package config
