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
		{"countries unknown, French language: not Québécois", nil, "fr", "CA", false},
		{"countries unknown, English language: not Irish", nil, "en", "IE", false},
		{"Québécois film", []string{"CA"}, "fr", "CA", true},
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

func TestDisplayTitle(t *testing.T) {
	jaws := &data.Film{Title: "Jaws", OriginalTitle: "Jaws", FrenchTitle: "Les Dents de la mer"}
	samurai := &data.Film{Title: "Seven Samurai", OriginalTitle: "Shichinin no samurai"}
	bare := &data.Film{Title: "Heat"}
	cases := []struct {
		name string
		f    *data.Film
		lang string
		want string
	}{
		{"French title in French", jaws, "fr", "Les Dents de la mer"},
		{"primary title in English", jaws, "en", "Jaws"},
		{"no French title: the original, never the English one", samurai, "fr", "Shichinin no samurai"},
		{"English keeps the primary title", samurai, "en", "Seven Samurai"},
		{"only a primary title", bare, "fr", "Heat"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.f.DisplayTitle(c.lang); got != c.want {
				t.Errorf("DisplayTitle(%q) = %q, want %q", c.lang, got, c.want)
			}
		})
	}
}
