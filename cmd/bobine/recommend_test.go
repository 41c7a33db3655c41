package main

import (
	"testing"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/recommend"
)

// The library's defaults (used by tests, chat and serve) must be the
// configuration's defaults, which the evaluation chose.
func TestRecommendDefaultsMatchConfig(t *testing.T) {
	got := recommendOptions(config.Default().Recommend)
	if want := recommend.DefaultOptions(); got != want {
		t.Errorf("config defaults give %+v\nrecommend.DefaultOptions is %+v", got, want)
	}
	if bo := buildOptions(config.Default().Index); bo.ContentDims != 64 || bo.CollabDims != 64 {
		t.Errorf("vector dimensions %+v, want the 64/64 the evaluation used", bo)
	}
}
