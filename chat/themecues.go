package chat

import (
	"regexp"
	"slices"
)

// Theme readings the general cues miss: a subject that is a genre with a
// tone (« une comédie noire », "a dark comedy"), an anime asked as a noun
// ("an anime", « un animé »: Japanese animation), and the cue words typed
// with their letters swapped (« un flim d'espionnage »).

// cueTypos are the commonest misspellings of the words that announce a
// film: too short for the lexicon's one-edit correction, and never words
// of their own.
var cueTypos = map[string]string{"flim": "film", "flims": "films", "fiml": "film", "fimls": "films",
	"moive": "movie", "moives": "movies", "movei": "movie", "moveis": "movies", "mvoie": "movie", "mvoies": "movies"}

// toneGenreRe is a genre with a tone that names a theme of its own: « une
// comédie noire », « des comédies noires », "a dark comedy", "black
// comedies": the theme dark comedy, and the genre is kept.
var toneGenreRe = regexp.MustCompile(`\b(?:(comedies?|drames?|thrillers?|polars?)\s+(noires?|sombres?)|(dark|black)\s+(comed(?:y|ies)|dramas?|thrillers?))\b`)

// animeNounRe is "anime" as a noun or before "movie": Japanese animation:
// Japan beside the Animation genre ("an anime", "anime movies", « un
// animé », « des animés japonais »), not the adjective of « des films
// animés » or « un dessin animé ».
var animeNounRe = regexp.MustCompile(`(?:^|[^a-z'])(?:(?:an|un|une|des|les|some|any|good|great|bon|bons|l'|japanese)\s+(?:(?:good|great|bon|bons|bonne|bonnes|vieux|old|new)\s+)?animes?\b|animes?\s+(?:movies?|films?|flicks?|japonais|japanese)\b)`)

// toneThemes reads the tone genres of the message (their theme and genre)
// and its anime nouns (Japan).
func (p *parser) toneThemes() {
	p.each(toneGenreRe, func(sub []string, idx []int) bool {
		noun := sub[1]
		if noun == "" {
			noun = sub[4]
		}
		p.m.Genres = appendNew(p.m.Genres, genresOf(noun)...)
		p.m.Themes = append(p.m.Themes, darkComedy)
		return true
	})
	if animeNounRe.MatchString(string(p.work)) {
		// Japanese animation: the Animation genre (read by the genre
		// rules) from Japan. The keyword "anime" is a remark the theme
		// search does not lead with, and "based on manga" leaves out
		// most of Ghibli.
		p.m.Countries = appendNew(p.m.Countries, "JP")
	}
}

// The theme of toneThemes, searched by the lexicon's phrase: the search
// reads « comedy » as a genre word, not a subject.
const (
	darkComedy = "\x00darkcomedy"
)

func init() {
	kindThemes[darkComedy] = kindTheme{query: "humour noir", fr: "humour noir", en: "dark comedy"}
}

// nationDeRe is a country named without an article after « un film de »:
// « un film de Hong Kong », « des films de Taïwan » — where the film is
// from, not a person.
var nationDeRe = regexp.MustCompile(`\b(?:un|des|les)\s+films?\s+de\s+(` + nationAlt + `)\b`)

// joinedFilms is the least number of films on both themes for a request
// naming two to keep only those; with fewer, the films of each theme take
// turns.
const joinedFilms = 3

// joinThemes is the request for two themes named in one message (« un
// film de pirates avec des fantômes », "zombies and nazis"): the films on
// both, best known first, or when too few films carry both, the films of
// each in turn.
func joinThemes(a, b *theme) *theme {
	out := &theme{labelFR: a.labelFR + " et " + b.labelFR, labelEN: a.labelEN + " and " + b.labelEN, keywords: a.keywords, and: b}
	if a.labelFR == "" || b.labelFR == "" {
		out.labelFR = ""
	}
	inB := make(map[string]bool, len(b.films))
	for _, id := range b.films {
		inB[id] = true
	}
	for _, id := range a.films {
		if inB[id] {
			out.films = append(out.films, id)
		}
	}
	if len(out.films) >= joinedFilms {
		return out
	}
	out.films = out.films[:0]
	seen := map[string]bool{}
	for i := 0; i < max(len(a.films), len(b.films)); i++ {
		for _, fs := range [][]string{a.films, b.films} {
			if i < len(fs) && !seen[fs[i]] {
				seen[fs[i]] = true
				out.films = append(out.films, fs[i])
			}
		}
	}
	return out
}

// addTheme sets the theme of the plan, joined to the one already read in
// the same message if it is another (a third is left out).
func (p *plan) addTheme(th *theme) {
	switch {
	case th == nil || p.theme != nil && (p.theme.and != nil || slices.Equal(p.theme.keywords, th.keywords)):
		// nothing new, or two themes already: a third is not joined
	case p.theme == nil:
		p.theme = th
	default:
		p.theme = joinThemes(p.theme, th)
	}
}
