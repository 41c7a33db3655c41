package kpi_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer/kpi"
)

func cast(ids ...string) []data.Credit {
	var cs []data.Credit
	for i, id := range ids {
		cat := "actor"
		if id == "nm1" || id == "nm3" || id == "nm5" {
			cat = "actress"
		}
		cs = append(cs, data.Credit{PersonID: id, Category: cat, Ordering: i + 1})
	}
	return cs
}

// small is the hand-written catalogue the exact figures below come from.
func small() *data.Catalogue {
	films := []data.Film{
		{ID: "tt01", Type: "movie", Title: "Un", Year: 1962, Runtime: 90, Genres: []string{"Drama"}, Rating: 8.0, Votes: 1000,
			Countries: []string{"FR"}, Budget: 1_000_000, Revenue: 3_000_000, Directors: []string{"nm4"}, Credits: cast("nm1", "nm2")},
		{ID: "tt02", Type: "movie", Title: "Deux", Year: 1965, Runtime: 100, Genres: []string{"Drama", "Comedy"}, Rating: 7.0, Votes: 100,
			Countries: []string{"US"}, Budget: 500, Revenue: 1_000_000, Credits: append(cast("nm2", "nm3"), data.Credit{PersonID: "nm2", Category: "self"})},
		{ID: "tt03", Type: "movie", Title: "Trois", Year: 1995, Runtime: 120, Genres: []string{"Action"}, Rating: 6.0, Votes: 10000,
			Countries: []string{"US"}, Budget: 2_000_000, Revenue: 1_000_000, Credits: cast("nm1", "nm6")},
		{ID: "tt04", Type: "movie", Title: "Quatre", Year: 1998, Genres: []string{"Action", "Adventure"}, Rating: 9.0, Votes: 10,
			OriginalLanguage: "fr", Credits: cast("nm2")},
		{ID: "tt05", Type: "tvSeries", Title: "Cinq", Year: 2000, Runtime: 45, Genres: []string{"Drama"}, Rating: 8.5, Votes: 5000,
			Credits: cast("nm2", "nm5")},
		{ID: "tt06", Type: "movie", Title: "Six", Runtime: 30, Genres: []string{"Comedy"}, Credits: cast("nm1")},
		{ID: "tt07", Type: "short", Title: "Sept", Year: 1999, Runtime: 10, Genres: []string{"Short"}},
	}
	people := []data.Person{
		{ID: "nm1", Name: "Alice Actrice", BirthYear: 1950},
		{ID: "nm2", Name: "Bruno Acteur", BirthYear: 1940},
		{ID: "nm3", Name: "Chloé Inconnue"},
		{ID: "nm4", Name: "Denis Réal"},
		{ID: "nm5", Name: "Eve Série", BirthYear: 1980},
		{ID: "nm6", Name: "Fred Futur", BirthYear: 2050},
	}
	return data.NewCatalogue(films, people)
}

func TestFilter(t *testing.T) {
	cat := small()
	tests := []struct {
		name          string
		f             kpi.Filter
		titles, films int
		types         string // type:count,...
	}{
		{"all", kpi.Filter{}, 7, 5, "movie:5 short:1 tvSeries:1"},
		{"1990s", kpi.Filter{FromYear: 1990, ToYear: 1999}, 3, 2, "movie:2 short:1"},
		{"from 1996", kpi.Filter{FromYear: 1996}, 3, 1, "movie:1 short:1 tvSeries:1"},
		{"to 1965", kpi.Filter{ToYear: 1965}, 2, 2, "movie:2"},
		{"comedy or adventure", kpi.Filter{Genres: []string{"Comedy", "Adventure"}}, 3, 3, "movie:3"},
		{"french", kpi.Filter{FrenchOnly: true}, 2, 2, "movie:2"},
		{"french action since 1990", kpi.Filter{FromYear: 1990, Genres: []string{"Action"}, FrenchOnly: true}, 1, 1, "movie:1"},
		{"nothing", kpi.Filter{FromYear: 2030}, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := kpi.Compute(cat, tt.f)
			if r.Titles != tt.titles || r.Films != tt.films {
				t.Errorf("titles, films = %d, %d; want %d, %d", r.Titles, r.Films, tt.titles, tt.films)
			}
			got := ""
			for i, c := range r.Types.Counts {
				if i > 0 {
					got += " "
				}
				got += fmt.Sprintf("%s:%d", c.Key, c.Count)
			}
			if got != tt.types {
				t.Errorf("types = %q, want %q", got, tt.types)
			}
			for _, name := range kpi.Sections {
				s, ok := r.Section(name)
				if name == "quality" {
					if ok {
						t.Errorf("Compute gave a quality section")
					}
					continue
				}
				if !ok || reflect.ValueOf(s).IsNil() {
					t.Fatalf("section %s missing", name)
				}
				if reflect.ValueOf(s).Elem().FieldByName("Takeaway").String() == "" {
					t.Errorf("section %s has no takeaway", name)
				}
			}
		})
	}
}

// TestTakeaways checks every sentence of the unfiltered small catalogue:
// each one is computed from figures worked out by hand in small().
func TestTakeaways(t *testing.T) {
	r := kpi.Compute(small(), kpi.Filter{})
	tests := []struct{ section, want string }{
		{"types", "7 titres : 5 de type « Film » (71,4\u202f%), puis « Court métrage » (1)."},
		{"genres", "Action est le genre le plus fréquent (2 films, 40,0\u202f%), devant Comédie (40,0\u202f%)."},
		{"decades", "Les années 1960 sont la décennie la plus représentée : 2 films (40,0\u202f%)."},
		{"runtime", "La moitié des films durent entre 30 et 100 min (médiane 95 min) ; 0,0\u202f% dépassent 2 h 30."},
		{"runtime_by_year", "Durée moyenne : 103 min sur 3 films (trop peu par année pour une tendance)."},
		{"french", "40,0\u202f% des films sont des productions françaises (2 sur 5)."},
		{"actors", "Bruno Acteur est l'acteur le plus présent : 3 films de 1962 à 1998 ; 50,0\u202f% des 4 acteurs n'apparaissent que dans un film."},
		{"films_vs_series", "Sur 5 acteurs et actrices, 1 jouent au cinéma et en série (20,0\u202f%), 3 seulement au cinéma, 1 seulement en série."},
		{"ages", "Les acteurs ont en moyenne 32,4 ans à la sortie du film ; âge inconnu pour 2 rôles sur 8 (25,0\u202f%)."},
		{"top_rated", "Un est le film le mieux noté (7,75 en moyenne bayésienne, m = 1\u202f000 votes)."},
		{"money", "Sur 2 films au budget connu, la moitié rapporte plus de 1,8 fois son budget ; record : Un (3 fois), le plus gros bénéfice : Un (2,0\u202fM$)."},
		{"cube", "La case la plus remplie : Drame des années 1960 (2 films) ; 4 genres sur 2 décennies."},
	}
	for _, tt := range tests {
		t.Run(tt.section, func(t *testing.T) {
			s, _ := r.Section(tt.section)
			got := reflect.ValueOf(s).Elem().FieldByName("Takeaway").String()
			if got != tt.want {
				t.Errorf("takeaway\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestFigures(t *testing.T) {
	r := kpi.Compute(small(), kpi.Filter{})
	check := func(name string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("genres", r.Genres.Counts, []kpi.Count{{"Action", "Action", 2}, {"Comedy", "Comédie", 2}, {"Drama", "Drame", 2}, {"Adventure", "Aventure", 1}})
	check("decades", r.Decades.Counts, []kpi.DecadeCount{{1960, "années 1960", 2}, {1990, "années 1990", 2}})
	check("decades unknown", r.Decades.Unknown, 1)

	rt := r.Runtime
	check("runtime films/unknown", [2]int{rt.Films, rt.Unknown}, [2]int{4, 1})
	check("runtime mean/median", [2]float64{rt.Mean, rt.Median}, [2]float64{85, 95})
	check("runtime p25/p75", [2]int{rt.P25, rt.P75}, [2]int{30, 100})
	nonEmpty := map[string]int{}
	for _, b := range rt.Bins {
		if b.Count > 0 {
			nonEmpty[b.Label] = b.Count
		}
	}
	check("runtime bins", nonEmpty, map[string]int{"< 40": 1, "90-99": 1, "100-109": 1, "120-129": 1})
	check("runtime bins count", len(rt.Bins), 22)

	check("runtime years", len(r.RuntimeByYear.Years), 0)
	check("runtime decades", r.RuntimeByYear.Decades, []kpi.YearRuntime{{1960, 2, 95, 95}, {1990, 1, 120, 120}})

	check("french", [3]float64{float64(r.French.French), float64(r.French.Films), r.French.Share}, [3]float64{2, 5, 0.4})
	check("french by decade", r.French.ByDecade, []kpi.FrenchDecade{{1960, 2, 1, 0.5}, {1990, 2, 1, 0.5}})

	a := r.Actors
	check("actors", a.Actors, 4)
	check("actors top", len(a.Top), 4)
	check("top actor", a.Top[0], kpi.Actor{ID: "nm2", Name: "Bruno Acteur", Category: "actor", Films: 3, First: 1962, Last: 1998,
		Genres: []kpi.Count{{"Drama", "Drame", 2}, {"Action", "Action", 1}, {"Adventure", "Aventure", 1}, {"Comedy", "Comédie", 1}}})
	check("second actor", [4]any{a.Top[1].ID, a.Top[1].Films, a.Top[1].First, a.Top[1].Last}, [4]any{"nm1", 3, 1962, 1995})
	perActor := map[string]int{}
	for _, b := range a.PerActor {
		perActor[b.Label] = b.Count
	}
	check("per actor", perActor, map[string]int{"1": 2, "2": 0, "3-4": 2, "5-9": 0, "10-19": 0, "20+": 0})

	v := r.FilmsVsSeries
	check("both/films/series", [3]int{v.Both, v.FilmsOnly, v.SeriesOnly}, [3]int{1, 3, 1})
	check("top both", v.TopBoth, []kpi.PersonCount{{"nm2", "Bruno Acteur", 3, 1}})
	check("top series only", v.TopSeriesOnly, []kpi.PersonCount{{"nm5", "Eve Série", 0, 1}})
	check("top films only", []string{v.TopFilmsOnly[0].ID, v.TopFilmsOnly[1].ID, v.TopFilmsOnly[2].ID}, []string{"nm1", "nm3", "nm6"})

	g := r.Ages
	check("ages counts", [4]int{g.Roles, g.Known, g.Unknown, g.Implausible}, [4]int{8, 5, 2, 1})
	check("ages mean", g.Mean, 32.4)
	check("ages by genre", g.ByGenre, []kpi.AgeGroup{{"Adventure", "Aventure", 1, 58}, {"Action", "Action", 2, 51.5},
		{"Comedy", "Comédie", 1, 25}, {"Drama", "Drame", 3, 19.7}})
	check("ages by decade", g.ByDecade, []kpi.AgeGroup{{"1960", "années 1960", 3, 19.7}, {"1990", "années 1990", 2, 51.5}})

	tr := r.TopRated
	check("m, C, rated", [3]float64{tr.M, tr.C, float64(tr.Rated)}, [3]float64{1000, 7.5, 4})
	var order []string
	var scores []float64
	for _, f := range tr.Top {
		order = append(order, f.ID)
		scores = append(scores, f.Score)
	}
	check("top order", order, []string{"tt01", "tt04", "tt02", "tt03"})
	check("top scores", scores, []float64{7.75, 7.515, 7.455, 6.136})
	check("top directors", tr.Top[0].Directors, []string{"Denis Réal"})
	cm := tr.Compare
	check("compare size", cm.Size, 4)
	check("compare genres", cm.Genres[0], kpi.Share{Key: "Action", Label: "Action", TopCount: 2, Top: 0.5, AllCount: 2, All: 0.5})
	check("compare decades", len(cm.Decades), 2)
	check("compare directors", cm.Directors, []kpi.Count{{"nm4", "Denis Réal", 1}})
	check("compare runtime", [2]float64{cm.TopRuntime, cm.AllRuntime}, [2]float64{100, 100})
	check("compare budget", [3]float64{cm.TopBudget, float64(cm.TopBudgetKnown), float64(cm.AllBudgetKnown)}, [3]float64{1_500_000, 2, 2})
	check("compare countries", cm.Countries[0], kpi.Share{Key: "US", Label: "US", TopCount: 2, Top: 0.6667, AllCount: 2, All: 0.6667})

	m := r.Money
	check("money films", m.Films, 2)
	check("money median ratio", m.MedianRatio, 1.75)
	check("money by ratio", m.ByRatio, []kpi.Profit{
		{ID: "tt01", Title: "Un", Year: 1962, Budget: 1_000_000, Revenue: 3_000_000, Ratio: 3, Profit: 2_000_000},
		{ID: "tt03", Title: "Trois", Year: 1995, Budget: 2_000_000, Revenue: 1_000_000, Ratio: 0.5, Profit: -1_000_000}})
	check("money by profit", m.ByProfit[0].ID, "tt01")
	check("money by genre", m.ByGenre, []kpi.MoneyGenre{
		{Key: "Action", Label: "Action", Films: 1, Budget: 2_000_000, Revenue: 1_000_000, MedianRatio: 0.5},
		{Key: "Drama", Label: "Drame", Films: 1, Budget: 1_000_000, Revenue: 3_000_000, MedianRatio: 3}})
	check("money points", len(m.Points), 2)

	c := r.Cube
	check("cube decades", c.Decades, []int{1960, 1990})
	check("cube genres", c.Genres, []string{"Action", "Drama", "Adventure", "Comedy"})
	check("cube bars", c.Bars, [][3]int{{0, 1, 2}, {0, 3, 1}, {1, 0, 2}, {1, 2, 1}})
	var scatter []string
	for _, p := range c.Scatter {
		scatter = append(scatter, p.ID)
	}
	check("cube scatter", scatter, []string{"tt03", "tt01", "tt02"})
}

// trend is a catalogue large enough for the decade comparisons: ten
// 90-minute dramas of 1960 and ten 120-minute comedies of 2020, five of
// them French, all with an actress born in 1930.
func trend() *data.Catalogue {
	var films []data.Film
	for i := range 20 {
		f := data.Film{ID: fmt.Sprintf("tt%02d", i), Type: "movie", Title: fmt.Sprint("F", i), Year: 1960, Runtime: 90,
			Genres: []string{"Drama"}, Credits: cast("nm1")}
		if i >= 10 {
			f.Year, f.Runtime, f.Genres = 2020, 120, []string{"Comedy"}
			if i%2 == 0 {
				f.Countries = []string{"FR", "BE"}
			}
		}
		films = append(films, f)
	}
	return data.NewCatalogue(films, []data.Person{{ID: "nm1", Name: "Alice Actrice", BirthYear: 1930}})
}

func TestTrendTakeaways(t *testing.T) {
	tests := []struct {
		f             kpi.Filter
		section, want string
	}{
		{kpi.Filter{}, "runtime_by_year", "La durée moyenne des films est passée de 90 min dans les années 1960 à 120 min dans les années 2020."},
		{kpi.Filter{}, "french", "25,0\u202f% des films sont des productions françaises (5 sur 20), avec un pic dans les années 2020 (50,0\u202f%)."},
		{kpi.Filter{}, "ages", "Les acteurs ont en moyenne 60,0 ans à la sortie du film (30,0 ans en Drame, 90,0 ans en Comédie) ; âge inconnu pour 0 rôles sur 20 (0,0\u202f%)."},
		{kpi.Filter{Genres: []string{"Comedy"}}, "runtime_by_year", "Durée moyenne : 120 min sur 10 films (trop peu par année pour une tendance)."},
		{kpi.Filter{Genres: []string{"Western"}}, "genres", "Aucun film ne correspond au filtre."},
		{kpi.Filter{Genres: []string{"Western"}}, "top_rated", "Aucun film noté ne correspond au filtre."},
		{kpi.Filter{Genres: []string{"Western"}}, "actors", "Aucun acteur crédité dans les films sélectionnés."},
	}
	cat := trend()
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.section, tt.f), func(t *testing.T) {
			s, _ := kpi.Compute(cat, tt.f).Section(tt.section)
			if got := reflect.ValueOf(s).Elem().FieldByName("Takeaway").String(); got != tt.want {
				t.Errorf("takeaway\n got %q\nwant %q", got, tt.want)
			}
		})
	}
	r := kpi.Compute(cat, kpi.Filter{})
	want := []kpi.YearRuntime{{1960, 10, 90, 90}, {2020, 10, 120, 120}}
	if !reflect.DeepEqual(r.RuntimeByYear.Years, want) {
		t.Errorf("years = %v, want %v", r.RuntimeByYear.Years, want)
	}
}

func TestWriteLoad(t *testing.T) {
	rep := kpi.Cleaning{
		Files: []data.FileStats{{File: "imdb/title.basics.tsv.gz", Rows: 1000, Rejected: 3, Used: 990}, {File: "tmdb/movies.csv", Rows: 500, Rejected: 1}},
		Rejected: []data.Rejection{{File: "title.basics.tsv.gz", Rule: "column_count", Count: 3, Examples: []string{"title.basics.tsv.gz:12: 8 columns"}},
			{File: "movies.csv", Rule: "number", Count: 1}},
		Missing: map[string]int64{"runtime": 12, "birth_year": 4000, "poster": 40},
		Fixed:   map[string]int64{"runtime": 2},
		Films:   7, People: 6,
	}
	dir1, dir2 := t.TempDir(), t.TempDir()
	for _, d := range []string{dir1, dir2} {
		r := kpi.Compute(small(), kpi.Filter{})
		r.Quality = kpi.Summarize(rep)
		if err := kpi.Write(d, r); err != nil {
			t.Fatal(err)
		}
	}
	b1, _ := os.ReadFile(filepath.Join(dir1, kpi.FileName))
	b2, _ := os.ReadFile(filepath.Join(dir2, kpi.FileName))
	if string(b1) != string(b2) {
		t.Error("two writes of the same input differ")
	}
	got, err := kpi.Load(dir1)
	if err != nil {
		t.Fatal(err)
	}
	want := kpi.Compute(small(), kpi.Filter{})
	want.Quality = kpi.Summarize(rep)
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	if string(gj) != string(wj) {
		t.Errorf("Load(Write()) differs from Compute:\n got %.300s\nwant %.300s", gj, wj)
	}
	q := got.Quality
	if q.RowsRead != 1500 || q.RowsRejected != 4 || q.Missing[0] != (kpi.Count64{Key: "birth_year", Count: 4000}) {
		t.Errorf("quality = %+v", q)
	}
	wantQ := "1\u202f500 lignes lues, 4 rejetées comme malformées (0,3\u202f%) ; donnée la plus souvent manquante : birth_year (4\u202f000)."
	if q.Takeaway != wantQ {
		t.Errorf("quality takeaway\n got %q\nwant %q", q.Takeaway, wantQ)
	}
	if _, ok := got.Section("quality"); !ok {
		t.Error("no quality section after Write")
	}

	if err := os.WriteFile(filepath.Join(dir1, kpi.FileName), []byte(`{"version":999}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := kpi.Load(dir1); err == nil {
		t.Error("Load accepted a report of another version")
	}
	if _, err := kpi.Load(t.TempDir()); err == nil {
		t.Error("Load of an empty dir succeeded")
	}
}
