package chat

import (
	"slices"
	"strings"
)

// Blends refused: « une comédie mais pas une comédie romantique », « des
// comédies » then « pas de comédies romantiques », "a comedy but not a
// romcom". A genre word that names two genres at once (lexicon.go: «
// comédie romantique » is Comedy and Romance) refuses their blend, not each
// of them: a genre of the blend asked for in the same message, or kept from
// the request on screen, stays asked for, and only the others are refused.
// Without one asked for, the whole blend is refused, as before.

// avoidGenresOf refuses the genres named in s, and records its blends.
func (p *parser) avoidGenresOf(s string) {
	p.m.AvoidGenres = appendNew(p.m.AvoidGenres, genresOf(s)...)
	p.m.AvoidBlends = append(p.m.AvoidBlends, avoidBlends(s)...)
}

// avoidBlends are the genre words of s that name several genres.
func avoidBlends(s string) [][]string {
	var out [][]string
	for _, w := range genreWordRe.FindAllString(s, -1) {
		if gs := genreWords[strings.Join(strings.Fields(w), " ")]; len(gs) > 1 {
			out = append(out, gs)
		}
	}
	return out
}

// keepAskedBlends takes out of m.AvoidGenres the genres of a refused blend
// that are asked for: by the message (its genres), else by the request on
// screen (genres, allGenres).
func keepAskedBlends(m *message, genres, allGenres []string) {
	asked := slices.Concat(m.Genres, m.AllGenres)
	if len(asked) == 0 {
		asked = slices.Concat(genres, allGenres)
	}
	for _, blend := range m.AvoidBlends {
		var kept []string
		for _, g := range blend {
			if slices.Contains(asked, g) {
				kept = append(kept, g)
			}
		}
		if len(kept) < len(blend) {
			m.AvoidGenres = remove(m.AvoidGenres, kept...)
		}
	}
}
