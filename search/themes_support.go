package search

import (
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2"
)

// The bridge from French words to English keywords guesses in two places
// where the French texts say nothing about a word: a word spelt like a
// keyword's English word is read as its cognate (« psychiatre »), and a
// word no table knows is read as the nearest word it knows (a typo). Both
// are checked against the films: a French word that the French synopses
// do use is a real word, so it is no typo of another, and it is no
// cognate of a keyword none of the films using it carry (« bordel » is
// no border).

// supportHits is how many films using a French word frenchSupport reads.
const supportHits = 200

// frenchSupport returns how many films' French synopses hold the stemmed
// French term (all of them when k < 0, else at most supportHits) and, when
// k >= 0, how many of those carry keyword k or one of its family (themeModel.family).
func (x *Index) frenchSupport(ctx context.Context, term string, k int32) (n, carry int, err error) {
	tq := bleve.NewTermQuery(term)
	tq.SetField(fSynopsisFR)
	req := bleve.NewSearchRequestOptions(tq, supportHits, 0, false)
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return 0, 0, err
	}
	if k < 0 {
		return int(res.Total), 0, nil
	}
	// The keyword's family counts too: « ballerine » films carry "ballet
	// dancer" rather than "ballet".
	lists := [][]int32{x.kwFilms[x.themes.Keywords[k].Name]}
	for _, o := range x.themes.family(k) {
		lists = append(lists, x.kwFilms[x.themes.Keywords[o].Name])
	}
	for _, h := range res.Hits {
		i := x.cat.FilmIndex(h.ID)
		if i < 0 {
			continue
		}
		n++
		for _, films := range lists {
			if _, found := slices.BinarySearch(films, int32(i)); found {
				carry++
				break
			}
		}
	}
	return n, carry, nil
}

// Thresholds of the checks.
const (
	supportRealWord = 2  // French synopses using a word, at least, for it to be a real word
	supportCognate  = 25 // films using a word, at least, for carrying none of a cognate's keyword (nor its family) to disprove it: a true cognate is on one in ten or more (« psychiatre »: 23 of 107), so 25 films without one is unlikely by chance
	// A typo's correction is used this many times as often as the word
	// typed, at least (« meutre »: « meurtre »).
	supportTypoRatio = 20
)

// realFrench reports whether the stemmed French term is a real word rather
// than a typo of fixed, the word the typo correction chose: the French
// synopses use it (supportRealWord films or more), and not far less often
// than fixed (supportTypoRatio).
func (x *Index) realFrench(ctx context.Context, term, fixed string) (bool, error) {
	n, _, err := x.frenchSupport(ctx, term, -1)
	if err != nil || n < supportRealWord {
		return false, err
	}
	nf, _, err := x.frenchSupport(ctx, fixed, -1)
	return n*supportTypoRatio >= nf, err
}

// cognateSupported reports whether the films whose French synopses use
// term (typed: as typed, folded) leave the cognate keyword k possible:
// typed is spelt as a word of k (an English word), or too few films use
// it to tell, or at least one carries k.
func (x *Index) cognateSupported(ctx context.Context, term, typed string, k int32) (bool, error) {
	for _, w := range splitWords(fold(x.themes.Keywords[k].Name)) {
		if typed == w || typed == w+"s" {
			return true, nil
		}
	}
	n, carry, err := x.frenchSupport(ctx, term, k)
	return n < supportCognate || carry > 0, err
}

// keepRealWords undoes the typo corrections of the French words (frRaw as
// analysed, frToks as corrected) that the French synopses use, in both
// readings (enRaw, enToks: the English ones, matched by place).
func (x *Index) keepRealWords(ctx context.Context, frRaw, enRaw, frToks, enToks []token) error {
	for i, t := range frToks {
		// A correction to another form of the word typed (« perdu »,
		// « perdre ») or of a letter or two (« meutre », « meurtre ») stays.
		if t.term == frRaw[i].term || commonPrefix(t.term, frRaw[i].term) >= len(frRaw[i].term)-2 {
			continue
		}
		real, err := x.realFrench(ctx, frRaw[i].term, t.term)
		if err != nil {
			return err
		}
		if !real {
			continue
		}
		frToks[i].term = frRaw[i].term
	}
	// The English reading of a word both readings stem alike (no English
	// stem of its own: « bordel ») goes back when the French synopses use
	// the word: it is French, not an English typo (« border »).
	frAt := map[int]string{}
	for _, t := range frRaw {
		frAt[t.start] = t.term
	}
	for j, e := range enToks {
		raw := enRaw[j].term
		if e.term == raw || frAt[e.start] != raw || commonPrefix(e.term, raw) >= len(raw)-1 {
			continue
		}
		n, _, err := x.frenchSupport(ctx, raw, -1)
		if err != nil {
			return err
		}
		if n >= supportRealWord {
			enToks[j].term = raw
		}
	}
	return nil
}
