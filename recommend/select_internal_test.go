package recommend

import (
	"context"
	"slices"
	"testing"

	"github.com/bobine/bobine/data"
)

// sameSaga reports whether films a and b are of one saga by their titles,
// as the selector decides it (sagaKeys).
func sameSaga(a, b *data.Film) bool {
	am, ap := sagaKeys(a)
	bm, bp := sagaKeys(b)
	meets := func(marked, prefixes []string) bool {
		return slices.ContainsFunc(marked, func(k string) bool { return slices.Contains(prefixes, k) })
	}
	return meets(am, bp) || meets(bm, ap)
}

func TestSagaKeys(t *testing.T) {
	film := func(title, french string) *data.Film { return &data.Film{Title: title, FrenchTitle: french} }
	for _, c := range []struct {
		a, b *data.Film
		same bool
	}{
		{film("OSS 117: Cairo, Nest of Spies", "OSS 117 : Le Caire, nid d'espions"), film("OSS 117: From Africa with Love", "OSS 117 : Bons baisers d'Afrique"), true},
		{film("French Fried Vacation 2", "Les Bronzés font du ski"), film("French Fried Vacation 3", "Les bronzés 3 : Amis pour la vie"), true},
		{film("The Visitors", "Les Visiteurs"), film("The Visitors: Bastille Day", "Les Visiteurs : La Révolution"), true},
		{film("Rocky", ""), film("Rocky II", ""), true},
		{film("The Visitors", "Les Visiteurs"), film("The Devil's Envoys", "Les Visiteurs du soir"), false},
		{film("Alien", ""), film("Aliens", ""), false},
		{film("Summer of 85", "Été 85"), film("Violent Summer", "Été violent"), false},
		{film("Heat", ""), film("Collateral", ""), false},
		{film("8 femmes", ""), film("8 Mile", ""), false},
	} {
		if got := sameSaga(c.a, c.b); got != c.same || sameSaga(c.b, c.a) != c.same {
			t.Errorf("%s / %s: same saga %v, want %v", c.a.FrenchTitle+c.a.Title, c.b.FrenchTitle+c.b.Title, got, c.same)
		}
	}
}

// TestCoherence: after a comedy, a drama loses as much as the comedy's
// neighbours agree on comedy; an animated film loses fully after a
// live-action one; a film of the tone of one liked film keeps its score;
// a film with a dozen votes loses most of it.
func TestCoherence(t *testing.T) {
	cat := data.NewCatalogue([]data.Film{
		{ID: "tt01", Genres: []string{"Comedy"}, Votes: 50000},
		{ID: "tt02", Genres: []string{"Drama"}, Votes: 50000, Directors: []string{"nm9"}},
		{ID: "tt03", Genres: []string{"Animation", "Comedy"}, Votes: 50000},
		{ID: "tt04", Genres: []string{"Comedy"}, Votes: 12},
	}, nil)
	cols, err := newFilmColumns(context.Background(), cat)
	if err != nil {
		t.Fatal(err)
	}
	r := &Recommender{cat: cat, films: cat.Films(), genres: newGenreSets(cat.Films()), cols: cols}
	r.comedy, r.animation = r.genres.set([]string{"Comedy"}), r.genres.set([]string{"Animation"})
	o := DefaultOptions()
	o.ToneMismatch = 0.5
	comedy := tone{comedy: true, agree: 0.8, format: true}
	drama := tone{agree: 1, format: true}
	family := tone{comedy: true, agree: 0.8}
	for _, c := range []struct {
		film  int32
		tones []tone
		want  float64
	}{
		{0, []tone{comedy}, 1},
		{1, []tone{comedy}, 1 - 0.5*0.8},
		{2, []tone{comedy}, 0.5},
		{2, []tone{family}, 1},
		{1, []tone{comedy, drama}, 1},
		{0, []tone{drama}, 0.5},
		{1, nil, 1},
	} {
		if got := r.coherence(c.film, c.tones, o); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("film %d, tones %+v: %.3f, want %.3f", c.film, c.tones, got, c.want)
		}
	}
	// By the liked comedy's director (nm9, whom the catalogue's people do
	// not hold): the drama keeps its score.
	byHim := tone{comedy: true, agree: 0.8, format: true, directors: r.cols.directorsOf(1)}
	if got := r.coherence(1, []tone{byHim}, o); got != 1 {
		t.Errorf("a drama by the liked comedy's director: %.3f, want 1", got)
	}
	if got := r.coherence(3, []tone{comedy}, o); got > 0.5 {
		t.Errorf("a comedy with 12 votes keeps %.2f of its score, want at most half", got)
	}
}

// TestEndsWithSequelNumber checks the cheap test that spares folding most
// titles: it must say yes to every title whose folded last word numbers a
// sequel, whatever the punctuation around it.
func TestEndsWithSequelNumber(t *testing.T) {
	for in, want := range map[string]bool{
		"Les Bronzés 3": true, "Rocky II": true, "Toy Story 2 ": true, "Part–2": true, "Shrek 2!": true,
		"Alien³": false, "OSS 117": false, "Amélie": false, "": false, "Rocky 1": false, "(V)": true,
	} {
		if got := endsWithSequelNumber(in); got != want {
			t.Errorf("endsWithSequelNumber(%q) = %v, want %v", in, got, want)
		}
	}
}

// sagaKeys returns what ties film f to a saga by its titles, as the
// selector reads them in two parts (sagaMarked, sagaPrefixes).
func sagaKeys(f *data.Film) (marked, prefixes []string) {
	return sagaMarked(f), sagaPrefixes(f)
}
