package search

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/bobine/bobine/data"
)

// PersonMatch is a person found for a query; higher Score is better.
type PersonMatch struct {
	Person *data.Person
	Score  float64
}

// SearchPeople returns the people whose name matches q, best first, at most
// limit: people matching more of the query's words first, then those with
// fewer typos (within the word budget), then the better match, and among
// equal matches the person credited on the most-voted films ("depardieu"
// finds Gérard before Guillaume). An empty query is an error
// wrapping data.ErrInvalid.
func (x *Index) SearchPeople(ctx context.Context, q string, limit int) ([]PersonMatch, error) {
	ws := nameWords(q)
	if len(ws) == 0 {
		return nil, fmt.Errorf("search: %w", data.Invalidf("search people %q: no name words", q))
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("search: search people %q: %w", q, err)
	}
	// Each word within its typo budget, and the whole name joined
	// ("jeanpaul belmondo"); rescoring forgives typos in the joined name.
	qs := make([]wordQuery, len(ws))
	for i, w := range ws {
		qs[i] = wordQuery{w: w, budget: TypoBudget(w), nearToo: len(ws) == 1}
	}
	type cand struct {
		PersonMatch
		m matchResult
	}
	var cs []cand
	sound := ""
	if len(ws) == 1 && len(ws[0]) >= 5 {
		// A surname spelt as it sounds (« truffo »): the names that begin
		// as it does are candidates too, kept when one of their words
		// sounds the same.
		sound = SoundKey(ws[0])
		qs = append(qs, wordQuery{w: ws[0][:4], prefix: true})
	}
	for _, r := range x.names.candidates(qs, []string{key(ws), strings.Join(ws, "")}, candidates) {
		pos := x.names.pos[r]
		name := x.cat.PersonName(int(pos))
		m := match(ws, makeKeys(ws, ws), newTitleInfo(name, false))
		if m.score < minMatch {
			if sound == "" || !soundsLike(sound, name) {
				continue
			}
			// Heard right, spelt beyond the typo budget: after every
			// match within it.
			m = matchResult{score: minMatch, words: 1, typos: 3}
		}
		person := x.cat.PersonAt(int(pos))
		p := &person
		cs = append(cs, cand{PersonMatch{Person: p, Score: m.score + x.personPop[pos]}, m})
	}
	// As Meilisearch ranks: more query words found first, then fewer
	// typos, then the score, so that "gabin" is Jean Gabin and not a
	// better-known Gavin.
	sort.SliceStable(cs, func(a, b int) bool {
		ma, mb := cs[a].m, cs[b].m
		switch {
		case ma.words != mb.words:
			return ma.words > mb.words
		case ma.typos != mb.typos:
			return ma.typos < mb.typos
		case cs[a].Score != cs[b].Score:
			return cs[a].Score > cs[b].Score
		}
		return cs[a].Person.ID < cs[b].Person.ID
	})
	out := make([]PersonMatch, len(cs))
	for i, c := range cs {
		out[i] = c.PersonMatch
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	for i := range out {
		out[i].Score = math.Round(out[i].Score*1e4) / 1e4
	}
	return out, nil
}

// soundsLike reports whether a word of the person's name has the sound key
// key.
func soundsLike(key, name string) bool {
	for _, w := range nameWords(name) {
		if SoundKey(w) == key {
			return true
		}
	}
	return false
}
