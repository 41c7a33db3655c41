package search

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/bobine/bobine/data"
)

// autocompleteCandidates is how many of the most-voted matching films an
// autocompletion reranks.
const autocompleteCandidates = 50

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
		return nil, fmt.Errorf("search: autocomplete %q: %w", prefix, data.ErrInvalid)
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
	if typedKey != "" {
		// "spiderm" finds "Spider-Man" through its joined key.
		kp := bleve.NewPrefixQuery(typedKey)
		kp.SetField(fTitleKey)
		q = bleve.NewDisjunctionQuery(q, kp)
	}
	ids, err := x.hits(ctx, q, autocompleteCandidates, []string{"-" + fVotes, "-_score", "_id"})
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
