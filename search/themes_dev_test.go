package search_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/bobine/bobine/search"
)

// Floors of the theme benchmark on the development data: precision at 5
// (share of the top five films carrying one of the theme's keywords) for
// French and English phrasings, just under what the theme search reaches.
// Every part has been read while working on the theme search, so all are
// development data now: tune (0.75 and 0.87: the 39 first themes and 38
// harder ones added later), heldout (0.80 and 0.89), heldout2 (0.89 and
// 0.95), ownheldout (0.73 and 0.88) and ownheldout2 (0.63 and 0.76, run
// once at the end of the work that wrote it). The honest figure comes from
// a set nobody tuned on: heldout3, and heldout4 once heldout3 was read.
var themeFloors = map[string]map[string]float64{
	"tune":        {"fr": 0.73, "en": 0.85},
	"tune2":       {"fr": 0.72, "en": 0.75}, // themes_tune2.txt: 0.75 and 0.77 when written
	"heldout":     {"fr": 0.78, "en": 0.87},
	"heldout2":    {"fr": 0.86, "en": 0.92},
	"ownheldout":  {"fr": 0.70, "en": 0.85},
	"ownheldout2": {"fr": 0.60, "en": 0.73},
	// themes_heldout3.txt, written from the customer's side and never run
	// while tuning: only a floor that a search which stopped working would
	// fall under (a random film carries such a theme far less than one time
	// in ten).
	"heldout3": {"fr": 0.25, "en": 0.25},
	// themes_heldout4.txt, written the same way by an independent writer
	// while heldout3 was being read and fixed: the same floor, set before the
	// part was ever run. Its totals are the figure to report.
	"heldout4": {"fr": 0.25, "en": 0.25},
	// themes_heldout5.txt, written the same way by another independent
	// writer during the next session: the same floor, set before the part
	// was ever run (only a search that stopped working falls under it). Its
	// totals are the figure to report at the end of that session.
	"heldout5": {"fr": 0.25, "en": 0.25},
	// themes_heldout6.txt, written the same way by a third independent
	// writer while the fifth session was at work: the same floor, set
	// before the part was ever run. Its totals are the figure to report
	// (0.51 and 0.76 on the code the fifth session started from, d9dc670).
	"heldout6": {"fr": 0.25, "en": 0.25},
	// themes_heldout7.txt, written the same way by a fourth independent
	// writer during the sixth session (less common themes: the common ones'
	// keywords were all taken by the other files): a floor a little under
	// the figures it got when first run, on the code that session started
	// from (cbe823b): P@5 0.461 in French and 0.736 in English (chat path
	// 0.450 and 0.734; median votes of the films on theme about 250,000).
	"heldout7": {"fr": 0.43, "en": 0.70},
	// themes_heldout8.txt, written the same way by a fifth independent
	// writer during the seventh session (themes customers of a rural cinema
	// ask for, whose keywords no other file held): a floor a little under
	// the figures it got when first run, on the code that session started
	// from (343819e): P@5 0.523 in French and 0.647 in English (chat path
	// 0.520 and 0.639; median votes of the films on theme about 355,000).
	"heldout8": {"fr": 0.50, "en": 0.62},
	// themes_heldout9.txt, written the same way by a sixth independent
	// writer during the eighth session (the themes customers ask for most,
	// and less common ones; keywords may be shared with the other files,
	// phrasings not): a floor a little under the figures it got when first
	// run, on the code that session started from (5e7166b): P@5 0.881 in
	// French and 0.847 in English (chat path the same; median votes of the
	// films on theme about 337,000 and 376,000).
	"heldout9": {"fr": 0.86, "en": 0.82},
	// themes_heldout10.txt, written the same way by a seventh independent
	// writer during the ninth session (subjects and settings customers of a
	// rural cinema ask for, common and less common; keywords may be shared
	// with the other files, phrasings not): a floor a little under the
	// figures it got when first run, on the code that session started from
	// (e26153f): P@5 0.820 in French and 0.827 in English (chat path the
	// same; median votes of the films on theme about 357,000 and 364,000).
	"heldout10": {"fr": 0.80, "en": 0.80},
	// themes_heldout11.txt, written the same way by an eighth independent
	// writer during the tenth session (two thirds common subjects, one third
	// less common ones; keywords may be shared with the other files,
	// phrasings not): first run 0.834 in French and 0.810 in English
	// (read at the start of the eleventh session).
	"heldout11": {"fr": 0.80, "en": 0.78},
	// themes_heldout12.txt, written the same way by a ninth independent
	// writer during the eleventh session (about sixty common subjects and
	// fifty rarer ones, every phrasing typed by hand; keywords may be shared
	// with the other files, phrasings not): first run, on the code the
	// eleventh session started from, 0.861 in French and 0.906 in English.
	"heldout12": {"fr": 0.83, "en": 0.87},
	// themes_tune3.txt, tuned on: 0.63 and 0.81 when written, 0.94 and
	// 0.84 at the end of that work.
	"tune3": {"fr": 0.90, "en": 0.80},
	// themes_ownheldout3.txt, written with tune3 and never looked at:
	// only the floor of a search that stopped working.
	"ownheldout3": {"fr": 0.25, "en": 0.25},
	// themes_tune5.txt, tuned on: 0.44 and 0.85 when written, 0.88 and
	// 0.89 at the end of that work.
	"tune5": {"fr": 0.86, "en": 0.86},
	// themes_ownheldout5.txt, written with tune5 and never looked at:
	// only the floor of a search that stopped working.
	"ownheldout5": {"fr": 0.25, "en": 0.25},
	// themes_tune6.txt, tuned on (less common concrete keywords the
	// lexicon does not know): 0.59 and 0.77 when written, 0.68 and 0.82
	// at the end of that work.
	"tune6": {"fr": 0.65, "en": 0.80},
	// themes_ownheldout6.txt, written with tune6 and never looked at
	// (0.52 and 0.80 when written): only the floor of a search that
	// stopped working.
	"ownheldout6": {"fr": 0.25, "en": 0.25},
	// themes_tune7.txt, tuned on (less common keywords of many kinds):
	// 0.33 and 0.87 when written, 0.36 and 0.88 at the end of that work;
	// most of its French misses are words too rare in the French synopses
	// for the data to tie to their keyword (« un couteau », « une
	// embuscade »).
	"tune7": {"fr": 0.33, "en": 0.85},
	// themes_ownheldout7.txt, written with tune7 and never looked at:
	// only the floor of a search that stopped working.
	"ownheldout7": {"fr": 0.25, "en": 0.25},
	// themes_ownheldout8.txt, written with tune8 and never looked at:
	// only the floor of a search that stopped working.
	"ownheldout8": {"fr": 0.25, "en": 0.25},
	// themes_tune8p.txt, tuned on (the period a story is set in): 0.27
	// and 0.65 when written, 0.94 and 0.94 once themes_period.go read
	// decades, centuries and named eras (its misses: « l'époque coloniale »
	// reads colonialism, a keyword this file may not use).
	"tune8p": {"fr": 0.85, "en": 0.85},
	// themes_ownheldout8p.txt, written with tune8p and never looked at
	// (several of its periods are carried by 3 or 4 films only, so that 1
	// is out of reach): only the floor of a search that stopped working.
	"ownheldout8p": {"fr": 0.1, "en": 0.1},
	// themes_tune9.txt, tuned on (relations between people, professions,
	// places and settings, genre-like themes, English descriptive
	// phrasings, fillers around the theme): 0.775 and 0.822 when written.
	"tune9": {"fr": 0.75, "en": 0.80},
	// themes_ownheldout9.txt, written with tune9 and never looked at (0.852
	// and 0.790 when written): only the floor of a search that stopped
	// working.
	"ownheldout9": {"fr": 0.25, "en": 0.25},
	// themes_tune10.txt, tuned on (themes outside the common ones, whose
	// keywords no other file holds): 0.615 and 0.740 when written, 0.652
	// and 0.757 once rarer keywords were read as cognates, a lexicon
	// phrase's keywords led by the one its words spell and a French head
	// noun read apart from its relative clause.
	"tune10": {"fr": 0.63, "en": 0.73},
	// themes_ownheldout10.txt, written with tune10 and never looked at
	// (0.610 and 0.750 when written): only the floor of a search that
	// stopped working.
	"ownheldout10": {"fr": 0.25, "en": 0.25},
	// themes_tune11.txt, tuned on (the ranking of common themes: places,
	// rare keywords beside broader ones, two themes, verbs and clauses):
	// 0.856 and 0.773 when written, 0.864 and 0.797 once a thin lead gave
	// way to the keyword spelling it out and a French clause naming the
	// theme after a head naming nobody led.
	"tune11": {"fr": 0.84, "en": 0.77},
	// themes_ownheldout11.txt, written with tune11 and never looked at:
	// only the floor of a search that stopped working.
	"ownheldout11": {"fr": 0.25, "en": 0.25},
	// themes_tune12.txt, tuned on (subjects described rather than named: a
	// head noun with modifiers, several facets of one subject, a clause):
	// 0.841 and 0.821 when written, 0.855 and 0.821 once a clause narrower
	// than a broad head naming who (or a bond as common as friendship) led.
	"tune12": {"fr": 0.82, "en": 0.78},
	// themes_ownheldout12.txt, written with tune12 and never looked at:
	// only the floor of a search that stopped working.
	"ownheldout12": {"fr": 0.25, "en": 0.25},
	// themes_tune13.txt, tuned on (themes asked in the chat with the
	// customer's own words, characters and figures, periods): 0.850 and
	// 0.836 when written, unchanged at the end of the themes13 work.
	"tune13": {"fr": 0.82, "en": 0.80},
	// themes_ownheldout13.txt, written with tune13 and never looked at:
	// only the floor of a search that stopped working.
	"ownheldout13": {"fr": 0.25, "en": 0.25},
	// themes_tune14.txt, tuned on (themes as customers describe them: a
	// list of the theme's words, chatter around them): only the floor of a
	// search that stopped working until measured.
	"tune14": {"fr": 0.25, "en": 0.25},
	// themes_ownheldout14.txt, written with tune14 and never looked at.
	"ownheldout14": {"fr": 0.25, "en": 0.25},
}

// themeScore is the benchmark's figures for one part and language.
type themeScore struct {
	queries, read    int     // phrasings, phrasings read as a theme by MatchTheme
	p5, p5chat, p5tx float64 // summed precision at 5: SearchKeywords, MatchTheme+FilmsOnTheme, text search
	votes            []int   // IMDb votes of the top-five films (SearchKeywords) that carry the theme
}

func (s *themeScore) String() string {
	n := float64(s.queries)
	return fmt.Sprintf("P@5 %.3f (chat path %.3f, text search %.3f), read as a theme %.2f, median votes of the films on theme %d, %d phrasings",
		s.p5/n, s.p5chat/n, s.p5tx/n, float64(s.read)/n, median(s.votes), s.queries)
}

func median(v []int) int {
	if len(v) == 0 {
		return 0
	}
	s := append([]int(nil), v...)
	sort.Ints(s)
	return s[len(s)/2]
}

// TestDevThemes runs the theme benchmark (testdata/themes.txt: parts tune,
// heldout, ownheldout, ownheldout2; testdata/themes_heldout2.txt: heldout2;
// testdata/themes_heldout3.txt: heldout3; testdata/themes_heldout4.txt:
// heldout4; testdata/themes_heldout5.txt: heldout5; testdata/themes_heldout6.txt: heldout6;
// testdata/themes_heldout7.txt: heldout7; testdata/themes_heldout8.txt: heldout8;
// testdata/themes_heldout9.txt: heldout9;
// testdata/themes_heldout10.txt: heldout10;
// testdata/themes_heldout11.txt: heldout11;
// testdata/themes_heldout12.txt: heldout12;
// testdata/themes_heldout13.txt: heldout13;
// testdata/themes_heldout14.txt: heldout14 (sealed);
// testdata/themes_tune3.txt: tune3;
// testdata/themes_ownheldout3.txt: ownheldout3; testdata/themes_tune5.txt,
// themes_ownheldout5.txt, themes_tune6.txt, themes_ownheldout6.txt, themes_tune7.txt,
// themes_ownheldout7.txt: the
// parts of those names) on the
// development data and reports, per part and language, precision at 5 of
// SearchKeywords (what /api/search?type=keywords answers), of the chat's
// path (MatchTheme then FilmsOnTheme; a phrasing not read as a theme counts
// 0) and of the plain text search, and the median IMDb votes of the films
// on theme. Run one part with -run TestDevThemes/tune; the misses of the
// tune part are logged with -v. The held-out parts are only summed up
// (BOBINE_THEMES_SHOW=heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, heldout12 or heldout13 with -v logs that part's misses, "all" every part's but heldout4's, heldout5's, heldout6's, heldout7's, heldout8's, heldout9's, heldout10's, heldout11's, heldout12's, heldout13's and heldout14's; heldout14, sealed, is never logged; look at them
// only once tuning is over).
func TestDevThemes(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	themes := append(readThemeSet(t), readThemeFile(t, themeHeldout2File)...)
	themes = append(themes, readThemeFile(t, themeHeldout3File)...)
	themes = append(themes, readThemeFile(t, themeHeldout4File)...)
	themes = append(themes, readThemeFile(t, themeHeldout5File)...)
	themes = append(themes, readThemeFile(t, themeHeldout6File)...)
	themes = append(themes, readThemeFile(t, themeHeldout7File)...)
	themes = append(themes, readThemeFile(t, themeHeldout8File)...)
	themes = append(themes, readThemeFile(t, themeHeldout9File)...)
	themes = append(themes, readThemeFile(t, themeHeldout10File)...)
	themes = append(themes, readThemeFile(t, themeHeldout11File)...)
	themes = append(themes, readThemeFile(t, themeHeldout12File)...)
	themes = append(themes, readThemeFile(t, themeHeldout13File)...)
	themes = append(themes, readThemeFile(t, themeHeldout14File)...)
	themes = append(themes, readThemeFile(t, themeTune2File)...)
	themes = append(themes, readThemeFile(t, themeTune3File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout3File)...)
	themes = append(themes, readThemeFile(t, themeTune5File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout5File)...)
	themes = append(themes, readThemeFile(t, themeTune6File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout6File)...)
	themes = append(themes, readThemeFile(t, themeTune7File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout7File)...)
	themes = append(themes, readThemeFile(t, themeTune8File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout8File)...)
	themes = append(themes, readThemeFile(t, themeTune8pFile)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout8pFile)...)
	themes = append(themes, readThemeFile(t, themeTune9File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout9File)...)
	themes = append(themes, readThemeFile(t, themeTune10File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout10File)...)
	themes = append(themes, readThemeFile(t, themeTune11File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout11File)...)
	themes = append(themes, readThemeFile(t, themeTune12File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout12File)...)
	themes = append(themes, readThemeFile(t, themeTune13File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout13File)...)
	themes = append(themes, readThemeFile(t, themeTune14File)...)
	themes = append(themes, readThemeFile(t, themeOwnHeldout14File)...)
	x := devIndex(t)
	for _, part := range []string{"tune", "tune2", "heldout", "heldout2", "ownheldout", "ownheldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "tune3", "ownheldout3", "tune5", "ownheldout5", "tune6", "ownheldout6", "tune7", "ownheldout7", "tune8", "ownheldout8", "tune8p", "ownheldout8p", "tune9", "ownheldout9", "tune10", "ownheldout10", "tune11", "ownheldout11", "tune-data-only", "tune12", "ownheldout12", "tune13", "ownheldout13", "tune14", "ownheldout14"} {
		t.Run(part, func(t *testing.T) {
			if part == "tune-data-only" {
				// The tune part without the seed lexicon: what the model
				// learnt from the catalogue does alone, as on a theme the
				// lexicon does not know. Reported, not asserted.
				search.WithoutLexicon(func() {
					for _, lang := range []string{"fr", "en"} {
						s := runThemes(t, x, themes, "tune", lang)
						t.Logf("theme benchmark tune without the lexicon %s: %s", lang, s)
						fmt.Fprintf(os.Stderr, "theme benchmark tune without the lexicon %s: %s\n", lang, s)
					}
				})
				return
			}
			for _, lang := range []string{"fr", "en"} {
				s := runThemes(t, x, themes, part, lang)
				t.Logf("theme benchmark %s %s: %s", part, lang, s)
				fmt.Fprintf(os.Stderr, "theme benchmark %s %s: %s\n", part, lang, s)
				if floor, ok := themeFloors[part][lang]; ok && s.p5/float64(s.queries) < floor {
					t.Errorf("theme benchmark %s %s: P@5 %.3f under the floor %.2f", part, lang, s.p5/float64(s.queries), floor)
				}
			}
		})
	}
}

// runThemes runs the phrasings in lang of the themes of part. With -v the
// misses of the tune part are logged, and those of the part named by
// $BOBINE_THEMES_SHOW.
func runThemes(t *testing.T, x *search.Index, themes []themeSetTheme, part, lang string) *themeScore {
	t.Helper()
	ctx := context.Background()
	s := &themeScore{}
	for _, th := range themes {
		if th.Part != part {
			continue
		}
		carries := func(ms []search.FilmMatch) (hits int, votes []int) {
			for _, m := range ms {
				if carriesAny(m.Film.Keywords, th.Keywords) {
					hits++
					votes = append(votes, m.Film.Votes)
				}
			}
			return hits, votes
		}
		qs := th.FR
		if lang == "en" {
			qs = th.EN
		}
		for _, q := range qs {
			s.queries++
			ms, err := x.SearchKeywords(ctx, q, 5)
			if err != nil {
				t.Fatalf("SearchKeywords(%q): %v", q, err)
			}
			hits, votes := carries(ms)
			s.p5 += float64(hits) / 5
			s.votes = append(s.votes, votes...)
			tm, ok, err := x.MatchTheme(ctx, q)
			if err != nil {
				t.Fatalf("MatchTheme(%q): %v", q, err)
			}
			var chatHits int
			if ok {
				s.read++
				cms, err := x.FilmsOnTheme(ctx, tm, 5)
				if err != nil {
					t.Fatalf("FilmsOnTheme(%q): %v", q, err)
				}
				chatHits, _ = carries(cms)
				s.p5chat += float64(chatHits) / 5
			}
			tms, err := search.SearchText(x, ctx, q, 5)
			if err != nil {
				t.Fatalf("search text %q: %v", q, err)
			}
			txHits, _ := carries(tms)
			s.p5tx += float64(txHits) / 5
			if part != "heldout14" && (part == "tune" || part == "tune2" || part == "tune3" || part == "tune5" || part == "tune6" || part == "tune7" || part == "tune8" || part == "tune8p" || part == "tune9" || part == "tune10" || part == "tune11" || part == "tune12" || part == "tune13" || part == "tune14" || part == os.Getenv("BOBINE_THEMES_SHOW") || (os.Getenv("BOBINE_THEMES_SHOW") == "all" && part != "heldout4" && part != "heldout5" && part != "heldout6" && part != "heldout7" && part != "heldout8" && part != "heldout9" && part != "heldout10" && part != "heldout11" && part != "heldout12" && part != "heldout13" && part != "ownheldout3" && part != "ownheldout5" && part != "ownheldout6" && part != "ownheldout7" && part != "ownheldout8" && part != "ownheldout8p" && part != "ownheldout9" && part != "ownheldout10" && part != "ownheldout11" && part != "ownheldout12" && part != "ownheldout13" && part != "ownheldout14")) && (hits < 4 || chatHits < 4) && testing.Verbose() {
				var titles []string
				for _, m := range ms {
					mark := " "
					if carriesAny(m.Film.Keywords, th.Keywords) {
						mark = "+"
					}
					titles = append(titles, fmt.Sprintf("%s%s (%d, %dk)", mark, m.Film.DisplayTitle("fr"), m.Film.Year, m.Film.Votes/1000))
				}
				t.Logf("%s %s %q: %d/5 (chat %d/5) theme %q/%q %v %.2f ok=%v\n    %s", th.ID, lang, q, hits, chatHits,
					tm.LabelFR, tm.LabelEN, tm.Keywords, tm.Score, ok, strings.Join(titles, "\n    "))
			}
		}
	}
	if s.queries == 0 {
		t.Fatalf("no %s phrasings in the %s part", lang, part)
	}
	return s
}

func carriesAny(have, want []string) bool {
	for _, h := range have {
		for _, w := range want {
			if h == w {
				return true
			}
		}
	}
	return false
}
