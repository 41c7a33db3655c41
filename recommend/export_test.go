package recommend

import "slices"

// StripRecords makes r read its films' records from a copy that lacks
// what the columns hold: credits, directors, writers, keywords, rating,
// votes, year and genres, and the original language but that of the
// films keep names (the liked films: the language of one outside the
// columns' vocabulary is read from its record). A request answered the
// same by r before and after reads none of those from the records.
func StripRecords(r *Recommender, keep ...string) {
	films := slices.Clone(r.films)
	for i := range films {
		f := &films[i]
		f.Credits, f.Directors, f.Writers, f.Keywords = nil, nil, nil, nil
		f.Rating, f.Votes, f.Year = 0, 0, 0
		f.Genres = nil
		if !slices.Contains(keep, f.ID) {
			f.OriginalLanguage = ""
		}
	}
	r.films = films
}
