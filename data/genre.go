package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// genreFR gives the French name of each genre of IMDb's vocabulary, lower
// case as it reads inside a sentence.
var genreFR = map[string]string{
	"Action": "action", "Adventure": "aventure", "Animation": "animation", "Biography": "biographie",
	"Comedy": "comédie", "Crime": "policier", "Documentary": "documentaire", "Drama": "drame",
	"Family": "famille", "Fantasy": "fantastique", "Film-Noir": "film noir", "Game-Show": "jeu télévisé",
	"History": "histoire", "Horror": "horreur", "Music": "musique", "Musical": "comédie musicale",
	"Mystery": "mystère", "News": "actualités", "Reality-TV": "téléréalité", "Romance": "romance",
	"Sci-Fi": "science-fiction", "Short": "court métrage", "Sport": "sport", "Talk-Show": "talk-show",
	"Thriller": "thriller", "War": "guerre", "Western": "western",
}

// IsGenre reports whether g is a genre of IMDb's vocabulary ("Sci-Fi").
func IsGenre(g string) bool {
	_, ok := genreFR[g]
	return ok
}

// GenreName returns an IMDb genre as it reads inside a sentence in lang
// ("fr" or "en"), lower case: "science-fiction" in French, "sci-fi" in
// English. A genre outside the vocabulary is returned lower-cased.
func GenreName(g, lang string) string {
	if lang == "fr" {
		if s, ok := genreFR[g]; ok {
			return s
		}
	}
	return strings.ToLower(g)
}

// GenreLabel returns the French name of an IMDb genre as a label, with a
// capital ("Science-fiction"); a genre outside the vocabulary is returned as is.
func GenreLabel(g string) string {
	s, ok := genreFR[g]
	if !ok {
		return g
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
