package data_test

import (
	"testing"

	"github.com/bobine/bobine/data"
)

func TestMadeIn(t *testing.T) {
	cases := []struct {
		name      string
		countries []string
		lang      string
		country   string
		want      bool
	}{
		{"French film", []string{"FR"}, "fr", "FR", true},
		{"Italian co-production with France", []string{"IT", "FR"}, "it", "FR", false},
		{"Italian co-production is Italian", []string{"IT", "FR"}, "it", "IT", true},
		{"Hong Kong film co-produced by France", []string{"NL", "HK", "FR"}, "cn", "FR", false},
		{"English film co-produced by France", []string{"GB", "US", "FR"}, "en", "FR", false},
		{"English film co-produced by France is British", []string{"GB", "US", "FR"}, "en", "GB", true},
		{"English film produced in France only", []string{"FR"}, "en", "FR", true},
		{"French-speaking Belgian co-production", []string{"BE", "FR"}, "fr", "FR", true},
		{"language unknown", []string{"DE", "FR"}, "", "FR", true},
		{"country absent", []string{"US"}, "en", "FR", false},
		{"countries unknown, French language", nil, "fr", "FR", true},
		{"countries unknown, English language", nil, "en", "FR", false},
		{"countries unknown, nothing known", nil, "", "FR", false},
		{"country outside the table accepts any language", []string{"SN", "FR"}, "wo", "SN", true},
		{"lower-case country", []string{"FR"}, "fr", "fr", true},
	}
	for _, c := range cases {
		f := data.Film{Countries: c.countries, OriginalLanguage: c.lang}
		if got := f.MadeIn(c.country); got != c.want {
			t.Errorf("%s: MadeIn(%q) with countries %v, language %q = %v, want %v", c.name, c.country, c.countries, c.lang, got, c.want)
		}
	}
}
