package search

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/bobine/bobine/data"
)

// autocompleteCandidates is how many of the most-voted matching films an
// autocompletion reranks.
const autocompleteCandidates = 50

// popKnown is the popularity bucket of a well-known film (100,000 votes).
const popKnown = 10

// Autocomplete returns the films whose title starts with, or contains words
// starting with, what the user has typed so far, at most limit, most
// popular first among those whose title starts with the typed text. The
// last word may be incomplete ("le fab", "star w"); earlier words may carry
// typos within their budget. An empty prefix is an error wrapping
// data.ErrInvalid.
func (x *Index) Autocomplete(ctx context.Context, prefix string, limit int) ([]FilmMatch, error) {
	folded := fold(prefix)
	raw := splitWords(folded)
	if len(raw) == 0 {
		return nil, fmt.Errorf("search: %w", data.Invalidf("autocomplete %q: no words", prefix))
	}
	complete := raw
	last := ""
	if r := []rune(folded); isWordRune(r[len(r)-1]) {
		complete, last = raw[:len(raw)-1], raw[len(raw)-1]
	}
	var done []string
	for _, w := range complete {
		if strayElisions[w] {
			continue
		}
		done = append(done, numeral(w))
	}

	var must []query.Query
	for _, w := range done {
		if !stopWords[w] {
			must = append(must, x.fuzzy(fTitle, w, typoBudget(w), 1))
		}
	}
	typedKey := key(done)
	if last != "" {
		alts := []query.Query{term(fTitlePrefix, truncate(last, maxPrefix), 1)}
		if n := numeral(last); n != last {
			alts = append(alts, term(fTitle, n, 1))
		}
		must = append(must, bleve.NewDisjunctionQuery(alts...))
		if len(done) == 1 && leadingArticles[done[0]] {
			typedKey = ""
		}
		typedKey += last
	}
	if len(must) == 0 { // only function words typed: "the "
		must = append(must, term(fTitle, done[len(done)-1], 1))
	}
	var q query.Query = bleve.NewConjunctionQuery(must...)
	if len(typedKey) >= 4 {
		// "spiderm" finds "Spider-Man" through its joined key. Shorter keys
		// would expand to thousands of terms and find nothing the words
		// do not.
		kp := bleve.NewPrefixQuery(typedKey)
		kp.SetField(fTitleKey)
		q = bleve.NewDisjunctionQuery(q, kp)
	}
	// Rank Bleve's hits by popularity bucket (each bucket's boost dwarfs
	// the one below and any text score), which is much cheaper than sorting
	// on a doc-values field; exact votes order the candidates below.
	bq := bleve.NewBooleanQuery()
	bq.AddMust(q)
	for b := 1; b < popBuckets; b++ {
		bq.AddShould(term(fPop, fmt.Sprintf("p%02d", b), math.Pow(8, float64(b))))
	}
	var ids []string
	var err error
	if len([]rune(strings.Join(raw, ""))) <= 2 {
		// One or two letters match thousands of titles: look among the
		// well-known films first (>= 100,000 votes).
		known := make([]query.Query, 0, popBuckets-popKnown)
		for b := popKnown; b < popBuckets; b++ {
			known = append(known, term(fPop, fmt.Sprintf("p%02d", b), 1))
		}
		short := bleve.NewBooleanQuery()
		short.AddMust(q, bleve.NewDisjunctionQuery(known...))
		short.AddShould(bq.Should)
		ids, err = x.hits(ctx, short, autocompleteCandidates, nil)
	}
	if err == nil && len(ids) < limit {
		ids, err = x.hits(ctx, bq, autocompleteCandidates, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("search: autocomplete %q: %w", prefix, err)
	}
	var out []FilmMatch
	var scores []float64
	for _, id := range ids {
		i := x.cat.FilmIndex(id)
		if i < 0 || x.films[i].skip {
			continue
		}
		score := x.films[i].prior
		// A title that starts with what was typed comes first.
		for _, t := range x.films[i].titles {
			if typedKey != "" && (strings.HasPrefix(t.keys[0], typedKey) || strings.HasPrefix(t.keys[1], typedKey) || strings.HasPrefix(t.keys[2], typedKey)) {
				score += 0.5
				break
			}
		}
		out = append(out, FilmMatch{Film: &x.cat.Films()[i], Score: score})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	for _, m := range out {
		scores = append(scores, m.Score)
	}
	for k, p := range softmax(scores, temperature) {
		out[k].Confidence = p
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
