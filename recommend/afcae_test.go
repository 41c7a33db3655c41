package recommend_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
)

func TestReadAFCAE(t *testing.T) {
	cat := fixture(t)
	// Rows written for the test, in the AFCAE layout (CRLF, capitals,
	// "SURNAME Firstname", French release date).
	csv := "titre,realisateur,labels,date_sortie,distributeur,visa\r\n" +
		"LES VISITEURS,POIRÉ Jean-Marie,,27/01/1993,GAUMONT,80.000\r\n" + // matched
		"LE DINER DE CONS,VEBER Francis,,15/04/1998,GAUMONT,90.000\r\n" + // matched, accents folded
		"LA GRANDE ILLUSION,AUTRE Nom,Patrimoine,08/06/1937,X,1\r\n" + // wrong director
		"LES VISITEURS,POIRÉ Jean-Marie,,27/01/2010,GAUMONT,80.000\r\n" + // wrong year
		"FILM INCONNU,DUPONT Jean,,01/01/2000,X,2\r\n" + // no such film
		"SANS DATE,DUPONT Jean,,,X,3\r\n" + // refused: no date
		"TROP COURT\r\n" // refused: one field
	a, err := recommend.ReadAFCAE(strings.NewReader(csv), cat)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{visitors, dinnerGame}; !slices.Equal(a.IDs, want) {
		t.Errorf("matched %v, want %v", a.IDs, want)
	}
	if a.Rows != 7 || a.Refused != 2 || a.Matched != 2 || a.Unmatched != 3 {
		t.Errorf("rows %d refused %d matched %d unmatched %d, want 7, 2, 2, 3", a.Rows, a.Refused, a.Matched, a.Unmatched)
	}
	if len(a.Examples) != 2 || !strings.HasPrefix(a.Examples[0], "line 7:") {
		t.Errorf("examples %q, want the two refused rows with their lines", a.Examples)
	}
	if _, err := recommend.ReadAFCAE(strings.NewReader("title,director\r\nX,Y\r\n"), cat); !errors.Is(err, data.ErrInvalid) {
		t.Errorf("wrong header: err %v, want data.ErrInvalid", err)
	}
}

// The cinema profile orders films about as relevant; it never brings a
// film in that the constraints exclude, and off it changes nothing.
func TestCinemaProfile(t *testing.T) {
	off, _ := newRecommender(t, nil, recommend.DefaultOptions())
	o := recommend.DefaultOptions()
	o.FavourFrench = 1
	on, _ := newRecommender(t, nil, o)
	req := recommend.Request{Liked: []string{heat}, Count: 8}
	a, b := recommendBoth(t, off, on, req)
	french := func(recs []recommend.Recommendation) (n int) {
		for i, r := range recs {
			if r.Film.French() {
				n += len(recs) - i // earlier counts more
			}
		}
		return n
	}
	if french(b) < french(a) {
		t.Errorf("favour_french 1 ranks French films lower: off %v, on %v", titles(a), titles(b))
	}
	if french(b) == french(a) && slices.Equal(ids(a), ids(b)) {
		t.Errorf("favour_french 1 changed nothing on the fixture: %v", titles(a))
	}
	req.Constraints.AvoidCountries = []string{"FR"}
	_, b = recommendBoth(t, off, on, req)
	for _, r := range b {
		if r.Film.French() {
			t.Errorf("favour_french brought in %s against AvoidCountries FR", r.Film.Title)
		}
	}
}
