package recommend_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Ids of the fixture catalogue (testdata/catalogue.json).
const (
	heat         = "tt0113277"
	collateral   = "tt0369339"
	godfather    = "tt0068646"
	godfather2   = "tt0071562"
	goodBadUgly  = "tt0060196"
	fellowship   = "tt0120737"
	twoTowers    = "tt0167261"
	returnKing   = "tt0167260"
	visitors     = "tt0108500"
	dinnerGame   = "tt0119038"
	toyStory     = "tt0114709"
	breakingBad  = "tt0903747"
	jeanGabin    = "nm0000419"
	michaelMann  = "nm0000520"
	grandIllusio = "tt0028950"
)

func fixture(t testing.TB) *data.Catalogue {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "catalogue.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Films  []data.Film   `json:"films"`
		People []data.Person `json:"people"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return data.NewCatalogue(f.Films, f.People)
}

// tastes are the MovieLens-style users of the fixture: what each one rated
// (4.5 stars = liked, 2 stars = disliked).
var tastes = []struct {
	liked, disliked []string
}{
	{[]string{heat, collateral, godfather, "tt0112641"}, []string{visitors}},
	{[]string{heat, collateral, "tt0083190", "tt1152836"}, []string{toyStory}},
	{[]string{heat, godfather, godfather2, "tt0112641"}, nil},
	{[]string{collateral, heat, "tt0112641"}, []string{dinnerGame}},
	{[]string{goodBadUgly, "tt0064116", "tt0105695", "tt0053221"}, []string{heat}},
	{[]string{goodBadUgly, "tt0058461", "tt0059578", "tt0105695"}, nil},
	{[]string{"tt0064116", "tt0105695", goodBadUgly}, nil},
	{[]string{visitors, dinnerGame, "tt0120906"}, []string{goodBadUgly}},
	{[]string{visitors, dinnerGame, toyStory}, nil},
	{[]string{fellowship, twoTowers, returnKing, "tt0903624"}, nil},
	{[]string{fellowship, twoTowers, toyStory, "tt0903624"}, nil},
	{[]string{returnKing, fellowship, twoTowers}, []string{"tt0081505"}},
}

func fixtureRatings() []data.Rating {
	var out []data.Rating
	for u, t := range tastes {
		for _, id := range t.liked {
			out = append(out, data.Rating{User: u + 1, FilmID: id, Score: 4.5})
		}
		for _, id := range t.disliked {
			out = append(out, data.Rating{User: u + 1, FilmID: id, Score: 2})
		}
	}
	return out
}

var buildOpts = recommend.BuildOptions{ContentDims: 12, CollabDims: 4, Seed: 7}

// fakeCandidates is a function-field fake of the search index.
type fakeCandidates struct {
	moreLikeThis func(ctx context.Context, liked []string, limit int) ([]data.Scored, error)
}

func (f fakeCandidates) MoreLikeThis(ctx context.Context, liked []string, limit int) ([]data.Scored, error) {
	return f.moreLikeThis(ctx, liked, limit)
}

func newRecommender(t testing.TB, c recommend.Candidates, o recommend.Options) (*recommend.Recommender, *data.Catalogue) {
	t.Helper()
	cat := fixture(t)
	v, err := recommend.Compute(context.Background(), cat, fixtureRatings(), buildOpts)
	if err != nil {
		t.Fatal(err)
	}
	return recommend.New(cat, v, c, o), cat
}

func ids(recs []recommend.Recommendation) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.Film.ID
	}
	return out
}

func TestNeverReturnsLikedExcludedOrSeries(t *testing.T) {
	// The fake proposes the liked film, an excluded one and a series first:
	// none of them may come back.
	fake := fakeCandidates{func(_ context.Context, liked []string, limit int) ([]data.Scored, error) {
		return []data.Scored{{ID: liked[0], Score: 9}, {ID: collateral, Score: 8}, {ID: breakingBad, Score: 7}}, nil
	}}
	o := recommend.DefaultOptions()
	o.WeightMLT = 1
	r, cat := newRecommender(t, fake, o)
	for _, f := range cat.Films() {
		if !f.IsFilm() {
			continue
		}
		req := recommend.Request{Liked: []string{f.ID}, Exclude: []string{collateral, godfather}, Count: 10}
		recs, err := r.Recommend(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) == 0 {
			t.Errorf("liked %s: no recommendation", f.Title)
		}
		for _, rec := range recs {
			if rec.Film.ID == f.ID || rec.Film.ID == collateral || rec.Film.ID == godfather {
				t.Errorf("liked %s: returned liked or excluded film %s", f.Title, rec.Film.Title)
			}
			if !rec.Film.IsFilm() {
				t.Errorf("liked %s: returned %s, a %s", f.Title, rec.Film.Title, rec.Film.Type)
			}
		}
	}
	// Asked for, a series may be recommended.
	recs, err := r.Recommend(context.Background(), recommend.Request{Liked: []string{heat}, Count: 20, Constraints: recommend.Constraints{IncludeSeries: true}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ids(recs), breakingBad) {
		t.Errorf("IncludeSeries: Breaking Bad (proposed by more-like-this) missing from %v", ids(recs))
	}
}

func TestConstraints(t *testing.T) {
	r, _ := newRecommender(t, nil, recommend.DefaultOptions())
	// A programme of five films, Heat (liked below) among them.
	among := []string{heat, collateral, goodBadUgly, visitors, toyStory, "tt9999999"}
	has := func(f *data.Film, g string) bool { return slices.Contains(f.Genres, g) }
	tests := []struct {
		name  string
		liked []string
		c     recommend.Constraints
		ok    func(f *data.Film) bool
	}{
		{"genres", []string{heat}, recommend.Constraints{Genres: []string{"western"}}, func(f *data.Film) bool { return has(f, "Western") }},
		{"avoid genres", []string{heat}, recommend.Constraints{AvoidGenres: []string{"Crime"}}, func(f *data.Film) bool { return !has(f, "Crime") }},
		{"min year", []string{goodBadUgly}, recommend.Constraints{MinYear: 1990}, func(f *data.Film) bool { return f.Year >= 1990 }},
		{"max year", []string{heat}, recommend.Constraints{MaxYear: 1970}, func(f *data.Film) bool { return f.Year > 0 && f.Year <= 1970 }},
		{"max runtime", []string{fellowship}, recommend.Constraints{MaxRuntime: 120}, func(f *data.Film) bool { return f.Runtime > 0 && f.Runtime <= 120 }},
		{"language", []string{heat}, recommend.Constraints{Language: "fr"}, func(f *data.Film) bool { return f.OriginalLanguage == "fr" }},
		{"french only", []string{goodBadUgly}, recommend.Constraints{FrenchOnly: true}, func(f *data.Film) bool { return f.French() }},
		{"family", []string{heat}, recommend.Constraints{Family: true}, func(f *data.Film) bool {
			return !f.Adult && !has(f, "Horror") && !has(f, "Thriller") && !has(f, "Crime") && !has(f, "War")
		}},
		{"people", []string{heat}, recommend.Constraints{People: []string{jeanGabin}}, func(f *data.Film) bool {
			return slices.ContainsFunc(f.Credits, func(c data.Credit) bool { return c.PersonID == jeanGabin })
		}},
		{"people, no liked film", nil, recommend.Constraints{People: []string{michaelMann}}, func(f *data.Film) bool { return slices.Contains(f.Directors, michaelMann) }},
		{"among", []string{heat}, recommend.Constraints{Among: among}, func(f *data.Film) bool { return slices.Contains(among, f.ID) && f.ID != heat }},
		{"among, no liked film", nil, recommend.Constraints{Among: among}, func(f *data.Film) bool { return slices.Contains(among, f.ID) }},
		{"among and people", []string{heat}, recommend.Constraints{Among: among, People: []string{michaelMann}}, func(f *data.Film) bool { return f.ID == collateral }},
		{"countries", []string{heat}, recommend.Constraints{Countries: []string{"fr"}}, func(f *data.Film) bool { return slices.Contains(f.Countries, "FR") }},
		{"avoid countries", []string{visitors}, recommend.Constraints{AvoidCountries: []string{"FR", "US"}}, func(f *data.Film) bool {
			return !slices.Contains(f.Countries, "FR") && !slices.Contains(f.Countries, "US")
		}},
		{"no liked film, era and genre", nil, recommend.Constraints{Genres: []string{"Western"}, MaxYear: 1966}, func(f *data.Film) bool { return has(f, "Western") && f.Year <= 1966 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := r.Recommend(context.Background(), recommend.Request{Liked: tt.liked, Constraints: tt.c, Count: 10})
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) == 0 {
				t.Fatal("no recommendation")
			}
			for _, rec := range recs {
				if !tt.ok(rec.Film) {
					t.Errorf("%s (%d, %v, %d min, %s) breaks the constraint", rec.Film.Title, rec.Film.Year, rec.Film.Genres, rec.Film.Runtime, rec.Film.OriginalLanguage)
				}
			}
		})
	}
}

func TestFamilyPrefersFamilyFilms(t *testing.T) {
	r, _ := newRecommender(t, nil, recommend.DefaultOptions())
	recs, err := r.Recommend(context.Background(), recommend.Request{Liked: []string{visitors}, Constraints: recommend.Constraints{Family: true}, Count: 3})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ids(recs), toyStory) {
		t.Fatalf("family request from a comedy: Toy Story missing from %v", ids(recs))
	}
	for _, rec := range recs {
		if rec.Film.ID == toyStory && !slices.Contains(rec.Reasons, recommend.Reason{Kind: "constraint", FR: "Pour toute la famille", EN: "For the whole family"}) {
			t.Errorf("Toy Story reasons %v lack the family reason", rec.Reasons)
		}
	}
}

func TestOneFilmPerCollection(t *testing.T) {
	r, cat := newRecommender(t, nil, recommend.DefaultOptions())
	for _, f := range cat.Films() {
		recs, err := r.Recommend(context.Background(), recommend.Request{Liked: []string{f.ID}, Count: 12})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[int]string{}
		for _, rec := range recs {
			id := rec.Film.CollectionID
			if id == 0 {
				continue
			}
			if other, ok := seen[id]; ok {
				t.Errorf("liked %s: %s and %s are of the same collection", f.Title, other, rec.Film.Title)
			}
			seen[id] = rec.Film.Title
		}
	}
	recs, err := r.Recommend(context.Background(), recommend.Request{Liked: []string{fellowship}})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(recs)
	if slices.Contains(got, twoTowers) == slices.Contains(got, returnKing) && slices.Contains(got, twoTowers) {
		t.Errorf("liking The Fellowship of the Ring gave both sequels: %v", got)
	}
}

func TestMultiInterest(t *testing.T) {
	// A crime film and a western: the five must hold both kinds, not five
	// films near the average of the two.
	r, _ := newRecommender(t, nil, recommend.DefaultOptions())
	for _, liked := range [][]string{{heat, goodBadUgly}, {goodBadUgly, heat}, {visitors, goodBadUgly}} {
		recs, err := r.Recommend(context.Background(), recommend.Request{Liked: liked})
		if err != nil {
			t.Fatal(err)
		}
		var kinds [2]int
		for _, rec := range recs {
			for i, l := range liked {
				lf := mustFilm(t, r, l)
				if sharesGenre(rec.Film, lf, "Drama", "Action", "Adventure") {
					kinds[i]++
				}
			}
		}
		if kinds[0] == 0 || kinds[1] == 0 {
			t.Errorf("liked %v: %v covers only one interest (%v)", liked, titles(recs), kinds)
		}
	}
}

func mustFilm(t testing.TB, r *recommend.Recommender, id string) *data.Film {
	t.Helper()
	recs, err := r.Recommend(context.Background(), recommend.Request{Liked: []string{id}, Count: 1})
	if err != nil {
		t.Fatal(err)
	}
	_ = recs
	cat := fixture(t)
	f, err := cat.Film(id)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// sharesGenre reports whether a and b share a genre other than the
// generic ones ignored.
func sharesGenre(a, b *data.Film, ignore ...string) bool {
	for _, g := range a.Genres {
		if !slices.Contains(ignore, g) && slices.Contains(b.Genres, g) {
			return true
		}
	}
	return false
}

func titles(recs []recommend.Recommendation) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.Film.Title
	}
	return out
}

func reasonsOf(t *testing.T, recs []recommend.Recommendation, id string) []recommend.Reason {
	t.Helper()
	for _, r := range recs {
		if r.Film.ID == id {
			return r.Reasons
		}
	}
	t.Fatalf("%s not recommended: %v", id, titles(recs))
	return nil
}

func TestExplanations(t *testing.T) {
	r, _ := newRecommender(t, nil, recommend.DefaultOptions())
	ctx := context.Background()
	tests := []struct {
		name string
		req  recommend.Request
		film string
		want recommend.Reason
	}{
		{"director", recommend.Request{Liked: []string{heat}}, collateral,
			recommend.Reason{Kind: "director", FR: "Même réalisateur que Heat : Michael Mann", EN: "Same director as Heat: Michael Mann"}},
		{"keywords", recommend.Request{Liked: []string{godfather}, Count: 10}, "tt0112641",
			recommend.Reason{Kind: "keywords", FR: "Des thèmes en commun avec Le Parrain", EN: "Themes in common with The Godfather: mafia, gangster"}},
		{"cast, French titles", recommend.Request{Liked: []string{godfather2}, Count: 10}, heat,
			recommend.Reason{Kind: "cast", FR: "Avec Al Pacino et Robert De Niro, comme dans Le Parrain, 2e partie", EN: "With Al Pacino and Robert De Niro, as in The Godfather Part II"}},
		// Toy Story, animated, comes after the live-action films
		// (Options.ToneMismatch): the whole catalogue is asked for.
		{"collaborative", recommend.Request{Liked: []string{fellowship}, Count: 30}, toyStory,
			recommend.Reason{Kind: "collaborative", FR: "Les spectateurs qui ont aimé Le Seigneur des anneaux : La Communauté de l'anneau l'ont aussi aimé", EN: "Viewers who liked The Lord of the Rings: The Fellowship of the Ring also liked it"}},
		{"genres and era", recommend.Request{Liked: []string{visitors}, Count: 10}, dinnerGame,
			recommend.Reason{Kind: "genres", FR: "Même genre que Les Visiteurs (comédie), même époque (années 1990)", EN: "Same genre as The Visitors (comedy), same era (1990s)"}},
		{"quality", recommend.Request{Constraints: recommend.Constraints{Genres: []string{"Western"}, MinYear: 1968, MaxYear: 1968}}, "tt0064116",
			recommend.Reason{Kind: "quality", FR: "Très bien noté : 8,5/10 sur IMDb", EN: "Highly rated: 8.5/10 on IMDb"}},
		{"constraint", recommend.Request{Liked: []string{heat}, Constraints: recommend.Constraints{People: []string{jeanGabin}}}, grandIllusio,
			recommend.Reason{Kind: "constraint", FR: "Avec Jean Gabin", EN: "With Jean Gabin"}},
		{"constraint, director", recommend.Request{Constraints: recommend.Constraints{People: []string{michaelMann}}}, heat,
			recommend.Reason{Kind: "constraint", FR: "Réalisé par Michael Mann", EN: "Directed by Michael Mann"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := r.Recommend(ctx, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			got := reasonsOf(t, recs, tt.film)
			if len(got) == 0 || len(got) > 3 {
				t.Errorf("%d reasons, want 1-3: %v", len(got), got)
			}
			if !slices.Contains(got, tt.want) {
				t.Errorf("reasons %q\nlack %q", got, tt.want)
			}
		})
	}
	// Every recommended film has 1-3 reasons; the golden file shows them all.
	var b strings.Builder
	for _, req := range []recommend.Request{
		{Liked: []string{heat}},
		{Liked: []string{heat, goodBadUgly}},
		{Liked: []string{fellowship}},
		{Liked: []string{visitors}, Constraints: recommend.Constraints{Family: true}},
		{Constraints: recommend.Constraints{People: []string{jeanGabin}}},
	} {
		recs, err := r.Recommend(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "liked %v constraints %+v\n", req.Liked, req.Constraints)
		for _, rec := range recs {
			if len(rec.Reasons) == 0 || len(rec.Reasons) > 3 {
				t.Errorf("%s: %d reasons", rec.Film.Title, len(rec.Reasons))
			}
			fmt.Fprintf(&b, "  %s (%d)\n", rec.Film.Title, rec.Film.Year)
			for _, x := range rec.Reasons {
				fmt.Fprintf(&b, "    %-13s %s | %s\n", x.Kind, x.FR, x.EN)
			}
		}
	}
	golden(t, "explanations.golden", b.String())
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -update to accept):\n%s", name, got)
	}
}

// buildFixture writes the fixture's vectors into a new directory, as
// `bobine index` does, and returns the directory.
func buildFixture(t *testing.T, cat *data.Catalogue) string {
	t.Helper()
	dir := t.TempDir()
	if err := recommend.Build(context.Background(), dir, cat, fixtureRatings(), buildOpts); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestDeterminism(t *testing.T) {
	ctx := context.Background()
	cat := fixture(t)
	// Builds under several GOMAXPROCS values, several times each: map
	// iteration order and goroutine scheduling must not reach the bytes.
	var dirs []string
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 4, 1, 3, 8} {
		runtime.GOMAXPROCS(procs)
		dirs = append(dirs, buildFixture(t, cat))
	}
	for _, f := range []string{"content.vec", "collab.vec"} {
		a, _ := os.ReadFile(filepath.Join(dirs[0], f))
		for i, d := range dirs[1:] {
			b, _ := os.ReadFile(filepath.Join(d, f))
			if len(a) == 0 || string(a) != string(b) {
				t.Errorf("%s: build %d differs from the first (%d, %d bytes)", f, i+2, len(a), len(b))
			}
		}
	}
	loaded, err := recommend.Load(context.Background(), dirs[0], cat, nil, recommend.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	fresh, _ := newRecommender(t, nil, recommend.DefaultOptions())
	for _, req := range []recommend.Request{
		{Liked: []string{heat}},
		{Liked: []string{heat, goodBadUgly, visitors}, Exclude: []string{collateral}},
		{Constraints: recommend.Constraints{FrenchOnly: true}},
	} {
		first, err := loaded.Recommend(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			again, err := loaded.Recommend(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(first, again) {
				t.Fatalf("%v: run %d differs:\n%v\n%v", req.Liked, i, titles(first), titles(again))
			}
		}
		other, err := fresh.Recommend(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ids(first), ids(other)) {
			t.Errorf("%v: loaded vectors give %v, computed ones %v", req.Liked, titles(first), titles(other))
		}
	}
}

func TestZeroLikedRanksByQuality(t *testing.T) {
	r, _ := newRecommender(t, nil, recommend.DefaultOptions())
	recs, err := r.Recommend(context.Background(), recommend.Request{})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 || recs[0].Film.ID != godfather {
		t.Fatalf("no liked film: got %v, want The Godfather first", titles(recs))
	}
	if slices.Contains(ids(recs), godfather2) {
		t.Errorf("two Godfather films: %v", titles(recs))
	}
	for _, rec := range recs {
		if len(rec.Reasons) == 0 || rec.Reasons[0].Kind != "quality" {
			t.Errorf("%s: reasons %v, want the rating", rec.Film.Title, rec.Reasons)
		}
	}
}

func TestErrors(t *testing.T) {
	boom := errors.New("index closed")
	fake := fakeCandidates{func(context.Context, []string, int) ([]data.Scored, error) { return nil, boom }}
	o := recommend.DefaultOptions()
	o.WeightMLT = 0.5
	r, _ := newRecommender(t, fake, o)
	if _, err := r.Recommend(context.Background(), recommend.Request{Liked: []string{"tt9999999"}}); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown liked film: err %v, want ErrNotFound", err)
	}
	if _, err := r.Recommend(context.Background(), recommend.Request{Liked: []string{heat}}); !errors.Is(err, boom) {
		t.Errorf("failing candidates: err %v, want %v", err, boom)
	}
	if _, err := recommend.Load(context.Background(), t.TempDir(), fixture(t), nil, recommend.Options{}); err == nil {
		t.Error("Load of an empty directory: no error")
	}
}

func TestMoreLikeThisCandidates(t *testing.T) {
	// With only the more-like-this signal, the fake's ranking is followed
	// and it is asked about the liked films.
	var asked []string
	fake := fakeCandidates{func(_ context.Context, liked []string, limit int) ([]data.Scored, error) {
		asked = liked
		return []data.Scored{{ID: toyStory, Score: 3}, {ID: dinnerGame, Score: 2}}, nil
	}}
	r, _ := newRecommender(t, fake, recommend.Options{WeightMLT: 1})
	recs, err := r.Recommend(context.Background(), recommend.Request{Liked: []string{heat, collateral}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(asked, []string{heat, collateral}) {
		t.Errorf("more like this asked about %v", asked)
	}
	if got := ids(recs); len(got) < 2 || !slices.Equal(got[:2], []string{toyStory, dinnerGame}) {
		t.Errorf("got %v, want Toy Story then The Dinner Game first", titles(recs))
	}
}

// recommendBoth returns what a and b recommend for req.
func recommendBoth(t testing.TB, a, b *recommend.Recommender, req recommend.Request) (fromA, fromB []recommend.Recommendation) {
	t.Helper()
	var err error
	if fromA, err = a.Recommend(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if fromB, err = b.Recommend(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	return fromA, fromB
}

// withoutNear returns v without its stored neighbour lists, so that a
// Recommender over it scores every ranking at request time.
func withoutNear(v *recommend.Vectors) *recommend.Vectors {
	w := *v
	for _, s := range []*recommend.Space{&w.Content, &w.Collab} {
		s.NearN, s.NearOff, s.Near = 0, nil, nil
	}
	return &w
}

func TestNeighbourListsGiveTheComputedRankings(t *testing.T) {
	// Lists of 4 for rankings of 2: some requests find their rankings in
	// the lists, others (narrow constraints, exclusions) run past them and
	// are computed. Either way the films must be the ones full scoring
	// gives.
	ctx := context.Background()
	cat := fixture(t)
	bo := buildOpts
	bo.Near = 4
	v, err := recommend.Compute(ctx, cat, fixtureRatings(), bo)
	if err != nil {
		t.Fatal(err)
	}
	if v.Content.Near == nil || v.Content.NearN != 4 {
		t.Fatalf("Compute stored no content neighbour lists of 4 (NearN %d)", v.Content.NearN)
	}
	o := recommend.DefaultOptions()
	o.Neighbours = 2
	listed := recommend.New(cat, v, nil, o)
	scored := recommend.New(cat, withoutNear(v), nil, o)
	for _, req := range []recommend.Request{
		{Liked: []string{heat}},
		{Liked: []string{fellowship}},
		{Liked: []string{heat, goodBadUgly}},
		{Liked: []string{heat, goodBadUgly, visitors, toyStory}, Exclude: []string{collateral, godfather}},
		{Liked: []string{heat}, Constraints: recommend.Constraints{AvoidGenres: []string{"Crime"}}},
		{Liked: []string{dinnerGame}, Constraints: recommend.Constraints{FrenchOnly: true, MinYear: 1990}},
		{Liked: []string{heat}, Constraints: recommend.Constraints{IncludeSeries: true}},
	} {
		got, want := recommendBoth(t, listed, scored, req)
		if !slices.Equal(ids(got), ids(want)) {
			t.Errorf("%+v: with neighbour lists %v, scoring everything %v", req, ids(got), ids(want))
		}
	}
}

func TestNeighbourListsRoundTrip(t *testing.T) {
	ctx := context.Background()
	cat := fixture(t)
	v, err := recommend.ReadVectors(buildFixture(t, cat))
	if err != nil {
		t.Fatal(err)
	}
	want, err := recommend.Compute(ctx, cat, fixtureRatings(), buildOpts)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want *recommend.Space
	}{{"content", &v.Content, &want.Content}, {"collab", &v.Collab, &want.Collab}} {
		if c.got.NearN != recommend.NearCount || !slices.Equal(c.got.NearOff, c.want.NearOff) || !slices.Equal(c.got.Near, c.want.Near) {
			t.Errorf("%s: neighbour lists read back differ from the computed ones", c.name)
		}
		if len(c.got.Near) == 0 {
			t.Errorf("%s: no neighbour lists", c.name)
		}
		// Each film is its own nearest neighbour.
		for i := range c.got.IDs {
			if l := c.got.Near[c.got.NearOff[i]:c.got.NearOff[i+1]]; len(l) > 0 && l[0] != int32(i) && c.name == "content" {
				t.Errorf("%s: film %s: nearest is row %d, not itself", c.name, c.got.IDs[i], l[0])
			}
		}
	}
}

func TestReadVectorsRejectsDamagedFiles(t *testing.T) {
	cat := fixture(t)
	good := buildFixture(t, cat)
	content, err := os.ReadFile(filepath.Join(good, "content.vec"))
	if err != nil {
		t.Fatal(err)
	}
	// The last four bytes are the (empty) support count of the content
	// vectors; the four before, the row of the last film's last neighbour.
	badRow := slices.Clone(content)
	copy(badRow[len(badRow)-8:], []byte{0xff, 0xff, 0xff, 0x7f})
	oldVersion := slices.Clone(content)
	oldVersion[6] = 1
	for _, c := range []struct {
		name, want string
		content    []byte
	}{
		{"truncated in the neighbour lists", "neighbour lists", content[:len(content)-14]},
		{"neighbour out of range", "out of range", badRow},
		{"version 1 file", "re-run `bobine index`", oldVersion},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			collab, _ := os.ReadFile(filepath.Join(good, "collab.vec"))
			os.WriteFile(filepath.Join(dir, "collab.vec"), collab, 0o644)
			os.WriteFile(filepath.Join(dir, "content.vec"), c.content, 0o644)
			_, err := recommend.ReadVectors(dir)
			if err == nil || !strings.Contains(err.Error(), "content.vec") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err %v, want one naming content.vec and saying %q", err, c.want)
			}
		})
	}
}

// Load leaves the neighbour lists in a mapping of the files and does not
// read every row at start: a row out of range, which ReadVectors refuses,
// must be passed over where it is read, never crash a request.
func TestLoadPassesOverDamagedNeighbourRows(t *testing.T) {
	cat := fixture(t)
	good := buildFixture(t, cat)
	content, err := os.ReadFile(filepath.Join(good, "content.vec"))
	if err != nil {
		t.Fatal(err)
	}
	// As in TestReadVectorsRejectsDamagedFiles: the last film's last neighbour.
	copy(content[len(content)-8:], []byte{0xff, 0xff, 0xff, 0x7f})
	dir := t.TempDir()
	collab, _ := os.ReadFile(filepath.Join(good, "collab.vec"))
	os.WriteFile(filepath.Join(dir, "collab.vec"), collab, 0o644)
	os.WriteFile(filepath.Join(dir, "content.vec"), content, 0o644)
	r, err := recommend.Load(context.Background(), dir, cat, nil, recommend.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range cat.Films() {
		got, err := r.Recommend(context.Background(), recommend.Request{Liked: []string{f.ID}, Count: 3})
		if err != nil {
			t.Fatalf("liked %s: %v", f.ID, err)
		}
		if len(got) == 0 {
			t.Errorf("liked %s: no recommendation", f.ID)
		}
	}
}

// TestAtMostTwoFilmsPerDirector: a customer who liked Heat gets other films
// than Michael Mann's three others, two of them at most; one who asks for
// Mann's films gets them all.
func TestAtMostTwoFilmsPerDirector(t *testing.T) {
	r, cat := newRecommender(t, nil, recommend.DefaultOptions())
	ctx := context.Background()
	for _, f := range cat.Films() {
		recs, err := r.Recommend(ctx, recommend.Request{Liked: []string{f.ID}, Count: 5})
		if err != nil {
			t.Fatal(err)
		}
		per := map[string][]string{}
		for _, rec := range recs {
			for _, d := range rec.Film.Directors {
				per[d] = append(per[d], rec.Film.Title)
			}
		}
		for d, films := range per {
			if len(films) > 2 {
				t.Errorf("liked %s: %d films by %s: %v", f.Title, len(films), d, films)
			}
		}
	}
	recs, err := r.Recommend(ctx, recommend.Request{Liked: []string{godfather}, Count: 5,
		Constraints: recommend.Constraints{Directors: []string{michaelMann}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 {
		t.Errorf("films by Michael Mann: got %v, want his four films", ids(recs))
	}
}

// TestReasonsReadColumns: the reasons (and the films) of requests of every
// kind of reason are the same when the records lack the credits,
// directors, writers, keywords, ratings, votes, years, genres and, but for
// the liked films, original languages: a request reads them from the
// columns, so that it brings back no page of the records but the liked
// films' (their ids and titles; a thousand
// requests brought back most of the 1.6 GB of records at the full IMDb
// size). Reading any of them from a record again changes a reason here.
func TestReasonsReadColumns(t *testing.T) {
	ctx := context.Background()
	reqs := []recommend.Request{
		{Liked: []string{heat}},
		{Liked: []string{heat, goodBadUgly}},
		{Liked: []string{godfather}, Count: 10},
		{Liked: []string{godfather2}, Count: 10},
		{Liked: []string{fellowship}, Count: 30},
		{Liked: []string{visitors}, Count: 10},
		{Liked: []string{visitors}, Constraints: recommend.Constraints{Family: true}},
		{Constraints: recommend.Constraints{Genres: []string{"Western"}, MinYear: 1968, MaxYear: 1968}},
		{Liked: []string{heat}, Constraints: recommend.Constraints{People: []string{jeanGabin}}},
		{Constraints: recommend.Constraints{People: []string{michaelMann}}},
		{Constraints: recommend.Constraints{Cast: []string{jeanGabin}}},
		{Constraints: recommend.Constraints{Directors: []string{michaelMann}}},
	}
	answer := func(r *recommend.Recommender) []string {
		var out []string
		for _, req := range reqs {
			recs, err := r.Recommend(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			for _, rec := range recs {
				out = append(out, fmt.Sprintf("%v: %s %v", req.Liked, rec.Film.ID, rec.Reasons))
			}
		}
		return out
	}
	r, _ := newRecommender(t, nil, recommend.DefaultOptions())
	want := answer(r)
	kinds := map[string]bool{}
	for _, s := range want {
		for _, k := range []string{"director", "cast", "keywords", "collaborative", "genres", "quality", "constraint"} {
			if strings.Contains(s, "{"+k+" ") {
				kinds[k] = true
			}
		}
	}
	if len(kinds) < 7 {
		t.Fatalf("the requests give reasons of kinds %v only: every kind must be tested", kinds)
	}
	var liked []string
	for _, req := range reqs {
		liked = append(liked, req.Liked...)
	}
	recommend.StripRecords(r, liked...)
	got := answer(r)
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("without the records' fields: %s\nwith them:                  %s", got[i], want[i])
			}
		}
		t.Fatalf("%d answers without the records' fields, %d with them", len(got), len(want))
	}
}
