package recommend_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
)

func readJudgedSmall(t *testing.T) recommend.JudgedSet {
	t.Helper()
	f, err := os.Open("testdata/judged_small.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := recommend.ParseJudged(f)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestParseJudged(t *testing.T) {
	set := readJudgedSmall(t)
	if len(set.Liked) != 3 {
		t.Fatalf("%d liked films, want 3", len(set.Liked))
	}
	v := set.Liked[0]
	if v.ID != "tt0108500" || v.Title != "Les Visiteurs" || v.Year != 1993 || v.Part != recommend.JudgedTune || v.Family != "comedy" || v.Line != 3 {
		t.Errorf("first liked film %+v", v.JudgedTitle)
	}
	if len(v.Welcome) != 3 || v.Welcome[0].ID != "tt0119038" || v.Welcome[0].Title != "Le Dîner de cons" || v.Welcome[0].Line != 4 {
		t.Errorf("welcome films of Les Visiteurs: %+v", v.Welcome)
	}
	if !v.Welcomes("tt0109440") || v.Welcomes("tt0113277") || v.Welcomes("tt0108500") {
		t.Error("Welcomes: La Cité de la peur should be welcome after Les Visiteurs, Heat and Les Visiteurs itself not")
	}
	heat := set.Liked[1]
	if heat.Part != recommend.JudgedHeldOut || heat.Family != "american" {
		t.Errorf("keys in any order: Heat part %q family %q", heat.Part, heat.Family)
	}
	if tune := set.Part(recommend.JudgedTune); len(tune) != 2 || tune[1].ID != "tt0053198" || len(tune[1].Welcome) != 2 {
		t.Errorf("tune part %+v", tune)
	}
	if h := set.Part(recommend.JudgedHeldOut); len(h) != 1 || h[0].ID != "tt0113277" {
		t.Errorf("held-out part %+v", h)
	}
}

func TestParseJudgedErrors(t *testing.T) {
	const head = "== tt0108500 Les Visiteurs (1993) | part=tune | family=comedy\n"
	for _, tc := range []struct {
		name, in string
		line     int
		rule     string
	}{
		{"empty", "# nothing\n\n", 2, "empty"},
		{"unknown line", head + "+ tt0119038 Le Dîner de cons (1998)\n- tt0077276 Les Bronzés (1978)\n", 3, "unknown_line"},
		{"bad tconst", head + "+ 0119038 Le Dîner de cons (1998)\n", 2, "welcome_title"},
		{"no year", head + "+ tt0119038 Le Dîner de cons\n", 2, "welcome_title"},
		{"no title", "== tt0108500 (1993) | part=tune | family=comedy\n+ tt0119038 Le Dîner de cons (1998)\n", 1, "liked_title"},
		{"bad part", "== tt0108500 Les Visiteurs (1993) | part=train | family=comedy\n+ tt0119038 Le Dîner de cons (1998)\n", 1, "part"},
		{"no part", "== tt0108500 Les Visiteurs (1993) | family=comedy\n+ tt0119038 Le Dîner de cons (1998)\n", 1, "part"},
		{"no family", "== tt0108500 Les Visiteurs (1993) | part=tune\n+ tt0119038 Le Dîner de cons (1998)\n", 1, "family"},
		{"unknown key", "== tt0108500 Les Visiteurs (1993) | part=tune | family=comedy | weight=2\n+ tt0119038 Le Dîner de cons (1998)\n", 1, "liked_field"},
		{"welcome before liked", "+ tt0119038 Le Dîner de cons (1998)\n" + head + "+ tt0077276 Les Bronzés (1978)\n", 1, "orphan_welcome"},
		{"no welcome", head + "== tt0113277 Heat (1995) | part=heldout | family=american\n+ tt0369339 Collateral (2004)\n", 1, "no_welcome"},
		{"liked twice", head + "+ tt0119038 Le Dîner de cons (1998)\n" + head + "+ tt0077276 Les Bronzés (1978)\n", 3, "duplicate_liked"},
		{"welcome twice", head + "+ tt0119038 Le Dîner de cons (1998)\n+ tt0119038 Le Dîner de cons (1998)\n", 3, "duplicate_welcome"},
		{"welcome is liked", head + "+ tt0108500 Les Visiteurs (1993)\n+ tt0119038 Le Dîner de cons (1998)\n", 2, "welcome_is_liked"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, err := recommend.ParseJudged(strings.NewReader(tc.in))
			if err == nil {
				t.Fatalf("no error, set %+v", set)
			}
			if len(set.Liked) != 0 {
				t.Errorf("a set that failed to parse has %d liked films", len(set.Liked))
			}
			var pe *data.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *data.ParseError", err)
			}
			if pe.Line != tc.line || pe.Rule != tc.rule {
				t.Errorf("first error at line %d rule %q, want line %d rule %q (%v)", pe.Line, pe.Rule, tc.line, tc.rule, err)
			}
			if want := "judged set:" + strconv.Itoa(tc.line) + ":"; !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not name the line (%q)", err, want)
			}
		})
	}
}

func TestParseJudgedReportsEveryLine(t *testing.T) {
	in := "== tt0108500 Les Visiteurs (1993) | part=tune | family=comedy\n" +
		"+ tt0119038 Le Dîner de cons\n" +
		"+ tt0077276 Les Bronzés (1978)\n" +
		"? tt0109440\n"
	_, err := recommend.ParseJudged(strings.NewReader(in))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"judged set:2: welcome_title", "judged set:4: unknown_line", "2 malformed line(s)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

// fakeRecommender answers from a table of liked film -> films.
type fakeRecommender struct {
	cat     *data.Catalogue
	answers map[string][]string
	err     error
}

func (f fakeRecommender) Recommend(_ context.Context, req recommend.Request) ([]recommend.Recommendation, error) {
	if f.err != nil {
		return nil, f.err
	}
	var out []recommend.Recommendation
	for _, id := range f.answers[req.Liked[0]] {
		film, err := f.cat.Film(id)
		if err != nil {
			return nil, err
		}
		out = append(out, recommend.Recommendation{Film: film})
	}
	return out, nil
}

func judgedCatalogue() *data.Catalogue {
	fr := []string{"FR"}
	us := []string{"US"}
	return data.NewCatalogue([]data.Film{
		{ID: "tt0108500", Type: "movie", Title: "The Visitors", FrenchTitle: "Les Visiteurs", Year: 1993, Countries: fr},
		{ID: "tt0119038", Type: "movie", Title: "The Dinner Game", FrenchTitle: "Le Dîner de cons", Year: 1998, Countries: fr},
		{ID: "tt0077276", Type: "movie", Title: "French Fried Vacation", FrenchTitle: "Les Bronzés", Year: 1978, Countries: fr},
		{ID: "tt0109440", Type: "movie", Title: "Fear City", FrenchTitle: "La Cité de la peur", Year: 1994, OriginalLanguage: "fr"},
		{ID: "tt0113277", Type: "movie", Title: "Heat", Year: 1995, Countries: us},
		{ID: "tt0369339", Type: "movie", Title: "Collateral", Year: 2004, Countries: us},
		{ID: "tt0068646", Type: "movie", Title: "The Godfather", FrenchTitle: "Le Parrain", Year: 1972, Countries: us},
		{ID: "tt0053198", Type: "movie", Title: "The 400 Blows", FrenchTitle: "Les Quatre Cents Coups", Year: 1959, Countries: fr},
		{ID: "tt0053472", Type: "movie", Title: "Breathless", FrenchTitle: "À bout de souffle", Year: 1960, Countries: fr},
		{ID: "tt0055032", Type: "movie", Title: "Jules and Jim", FrenchTitle: "Jules et Jim", Year: 1962, Countries: fr},
		{ID: "tt0169547", Type: "movie", Title: "American Beauty", Year: 1999, Countries: us},
		{ID: "tt0083658", Type: "movie", Title: "Blade Runner", Year: 1982, Countries: us},
		{ID: "tt0088846", Type: "movie", Title: "Brazil", Year: 1985, Countries: []string{"GB"}},
		{ID: "tt0091288", Type: "movie", Title: "Jean de Florette", Year: 1986, Countries: []string{"FR", "IT"}},
	}, nil)
}

func TestEvaluateJudged(t *testing.T) {
	cat := judgedCatalogue()
	rec := fakeRecommender{cat: cat, answers: map[string][]string{
		// 2 welcome of 5, 3 French (La Cité de la peur by its language).
		"tt0108500": {"tt0119038", "tt0169547", "tt0109440", "tt0083658", "tt0091288"},
		// 1 welcome of 5, 1 French.
		"tt0113277": {"tt0369339", "tt0169547", "tt0083658", "tt0088846", "tt0091288"},
		// only 3 films answered: 2 welcome of 5, 2 French of 3.
		"tt0053198": {"tt0053472", "tt0169547", "tt0055032"},
	}}
	rep, err := recommend.EvaluateJudged(context.Background(), rec, cat, readJudgedSmall(t), 5)
	if err != nil {
		t.Fatal(err)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	for _, tc := range []struct {
		part, family    string
		liked           int
		p, french, frFr float64
	}{
		{recommend.JudgedTune, "", 2, 4.0 / 10, 5.0 / 8, 5.0 / 8},
		{recommend.JudgedTune, "comedy", 1, 2.0 / 5, 3.0 / 5, 3.0 / 5},
		{recommend.JudgedTune, "auteur", 1, 2.0 / 5, 2.0 / 3, 2.0 / 3},
		{recommend.JudgedHeldOut, "", 1, 1.0 / 5, 1.0 / 5, math.NaN()},
		{recommend.JudgedHeldOut, "american", 1, 1.0 / 5, 1.0 / 5, math.NaN()},
		{"", "", 3, 5.0 / 15, 6.0 / 13, 5.0 / 8},
	} {
		s, ok := rep.Score(tc.part, tc.family)
		if !ok {
			t.Errorf("no score for part %q family %q", tc.part, tc.family)
			continue
		}
		frOK := near(s.FrenchOfFrench, tc.frFr) || (math.IsNaN(tc.frFr) && math.IsNaN(s.FrenchOfFrench))
		if s.Liked != tc.liked || !near(s.Precision, tc.p) || !near(s.French, tc.french) || !frOK {
			t.Errorf("part %q family %q: liked %d P %.3f French %.3f French of French %.3f, want %d %.3f %.3f %.3f",
				tc.part, tc.family, s.Liked, s.Precision, s.French, s.FrenchOfFrench, tc.liked, tc.p, tc.french, tc.frFr)
		}
	}
	if _, ok := rep.Score(recommend.JudgedHeldOut, "comedy"); ok {
		t.Error("a score for a family the part does not have")
	}

	var table bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"P@5", "tune", "heldout", "comedy", "0.400", "60 %"} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}

	var cases bytes.Buffer
	if err := rep.WriteTuneCases(&cases); err != nil {
		t.Fatal(err)
	}
	out := cases.String()
	for _, want := range []string{
		"Les Visiteurs (1993) [comedy] 2/5",
		"  + Le Dîner de cons (1998) FR",
		"  - American Beauty (1999)\n",
		"  + La Cité de la peur (1994) FR",
		"Les Quatre Cents Coups (1959) [auteur] 2/5",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("tune cases lack %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Heat") || strings.Contains(out, "Collateral") {
		t.Errorf("tune cases show the held-out part:\n%s", out)
	}
}

func TestEvaluateJudgedErrors(t *testing.T) {
	cat := judgedCatalogue()
	set := readJudgedSmall(t)
	boom := errors.New("boom")
	if _, err := recommend.EvaluateJudged(context.Background(), fakeRecommender{cat: cat, err: boom}, cat, set, 5); !errors.Is(err, boom) || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("a failing recommender gives %v, want boom naming line 3", err)
	}
	small := data.NewCatalogue([]data.Film{{ID: "tt0108500", Type: "movie", Title: "The Visitors"}}, nil)
	if _, err := recommend.EvaluateJudged(context.Background(), fakeRecommender{cat: small}, small, set, 5); !errors.Is(err, data.ErrNotFound) || !strings.Contains(err.Error(), "tt0113277") {
		t.Errorf("a liked film outside the catalogue gives %v, want not found naming tt0113277", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := recommend.EvaluateJudged(ctx, fakeRecommender{cat: cat}, cat, set, 5); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled evaluation gives %v", err)
	}
}
