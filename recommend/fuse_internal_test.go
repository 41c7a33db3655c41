package recommend

import (
	"context"
	"testing"

	"github.com/bobine/bobine/data"
)

// A liked film's collaborative ranking weighs as far as MovieLens knows
// the film, and less for a film not in English; content takes over.
func TestSignalWeights(t *testing.T) {
	films := []data.Film{
		{ID: "tt0000001", Type: "movie", OriginalLanguage: "en"},
		{ID: "tt0000002", Type: "movie", OriginalLanguage: "en"},
		{ID: "tt0000003", Type: "movie", OriginalLanguage: "fr"},
		{ID: "tt0000004", Type: "movie", OriginalLanguage: "fr"},
	}
	cat := data.NewCatalogue(films, nil)
	cols, err := newFilmColumns(context.Background(), cat)
	if err != nil {
		t.Fatal(err)
	}
	r := &Recommender{films: cat.Films(), support: []int32{1000, 5, 1000, 0}, cols: cols}
	o := DefaultOptions()
	collab := make([]float64, 4)
	content := make([]float64, 4)
	for i := range collab {
		collab[i], content[i] = r.signalWeights(int32(i), o)
		if collab[i] < 0 || collab[i] > o.WeightCollab || content[i] < o.WeightContent || content[i] > o.WeightContent+o.WeightThinContent {
			t.Errorf("film %d: weights %.3f, %.3f out of range", i, collab[i], content[i])
		}
	}
	switch {
	case collab[0] < 0.95*o.WeightCollab:
		t.Errorf("an English film with 1000 positive ratings gets collaborative weight %.3f of %.3f", collab[0], o.WeightCollab)
	case collab[1] >= collab[0] || content[1] <= content[0]:
		t.Errorf("5 ratings (%.3f, %.3f) are trusted as much as 1000 (%.3f, %.3f)", collab[1], content[1], collab[0], content[0])
	case collab[2] >= collab[0]:
		t.Errorf("a French film (%.3f) is trusted as much as an English one with as many ratings (%.3f)", collab[2], collab[0])
	case collab[3] != 0 || content[3] != o.WeightContent+o.WeightThinContent:
		t.Errorf("no rating: weights %.3f, %.3f, want 0 and all of the content's", collab[3], content[3])
	}
	o.CollabEvidence = 0
	if c, w := r.signalWeights(3, o); c != o.WeightCollab || w != o.WeightContent {
		t.Errorf("CollabEvidence 0: weights %.3f, %.3f, want the plain ones", c, w)
	}
}
