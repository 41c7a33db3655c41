package recommend

import (
	"slices"
	"strconv"
	"strings"

	"github.com/bobine/bobine/data"
)

// maxReasons bounds the reasons given for one film.
const maxReasons = 3

// collabReasonRank is the deepest rank in a liked film's collaborative
// ranking that still reads as "people who liked X also liked it".
const collabReasonRank = 25

// explain returns the strongest reasons for c, strongest first: what the
// customer asked for, then shared people, themes, taste of other viewers,
// genre and era, quality. The liked film c is closest to is cited first.
func (r *Recommender) explain(p *pool, c *cand) []Reason {
	f := &r.films[c.film]
	var out []Reason
	add := func(rs ...Reason) {
		for _, x := range rs {
			if len(out) < maxReasons {
				out = append(out, x)
			}
		}
	}
	add(r.constraintReasons(p, f)...)
	order := make([]int, 0, len(p.liked))
	if c.owner >= 0 {
		order = append(order, c.owner)
	}
	for li := range p.liked {
		if li != c.owner {
			order = append(order, li)
		}
	}
	// Each kind of reason cites the first liked film (closest first) that
	// supports it.
	for _, kind := range []func(l *data.Film, li int) (Reason, bool){
		func(l *data.Film, _ int) (Reason, bool) { return r.sharedPeople(f, l, "director") },
		func(l *data.Film, _ int) (Reason, bool) { return r.sharedCast(f, l) },
		func(l *data.Film, _ int) (Reason, bool) {
			if len(shared(f.Directors, l.Directors)) > 0 {
				return Reason{}, false
			}
			return r.sharedPeople(f, l, "writer")
		},
		func(l *data.Film, _ int) (Reason, bool) { return sharedKeywords(f, l) },
		func(l *data.Film, li int) (Reason, bool) {
			if c.collab[li] == 0 || c.collab[li] > collabReasonRank {
				return Reason{}, false
			}
			return Reason{Kind: "collaborative",
				FR: "Les spectateurs qui ont aimé " + l.DisplayTitle("fr") + " l'ont aussi aimé",
				EN: "Viewers who liked " + l.DisplayTitle("en") + " also liked it"}, true
		},
		func(l *data.Film, _ int) (Reason, bool) { return sharedGenres(f, l) },
	} {
		for _, li := range order {
			if x, ok := kind(&r.films[p.liked[li]], li); ok {
				add(x)
				break
			}
		}
	}
	if x, ok := qualityReason(f, len(out) == 0); ok {
		add(x)
	}
	if len(out) == 0 && c.owner >= 0 {
		l := &r.films[p.liked[c.owner]]
		add(Reason{Kind: "content", FR: "Proche de " + l.DisplayTitle("fr") + " par son contenu", EN: "Close in content to " + l.DisplayTitle("en")})
	}
	return out
}

func (r *Recommender) constraintReasons(p *pool, f *data.Film) []Reason {
	var out []Reason
	fi := int32(r.cat.FilmIndex(f.ID))
	for _, pid := range p.people[fi] {
		name := r.personName(pid)
		switch {
		case slices.Contains(f.Directors, pid):
			out = append(out, Reason{Kind: "constraint", FR: "Réalisé par " + name, EN: "Directed by " + name})
		case slices.ContainsFunc(f.Credits, func(c data.Credit) bool { return c.PersonID == pid && c.IsCast() }):
			out = append(out, Reason{Kind: "constraint", FR: "Avec " + name, EN: "With " + name})
		case slices.ContainsFunc(f.Credits, func(c data.Credit) bool { return c.PersonID == pid && c.Category == "composer" }):
			out = append(out, Reason{Kind: "constraint", FR: "Musique de " + name, EN: "Music by " + name})
		case slices.Contains(f.Writers, pid):
			out = append(out, Reason{Kind: "constraint", FR: "Écrit par " + name, EN: "Written by " + name})
		default:
			out = append(out, Reason{Kind: "constraint", FR: "Au générique : " + name, EN: "In the credits: " + name})
		}
	}
	if p.req.Constraints.Family && hasGenre(f, []string{"Family", "Animation"}) {
		out = append(out, Reason{Kind: "constraint", FR: "Pour toute la famille", EN: "For the whole family"})
	}
	return out
}

func (r *Recommender) personName(id string) string {
	if p, err := r.cat.Person(id); err == nil && p.Name != "" {
		return p.Name
	}
	return id
}

func shared(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func (r *Recommender) sharedPeople(f, l *data.Film, role string) (Reason, bool) {
	a, b := f.Directors, l.Directors
	fr, en := "Même réalisateur que ", "Same director as "
	if role == "writer" {
		a, b = f.Writers, l.Writers
		fr, en = "Même scénariste que ", "Same writer as "
	}
	ids := shared(a, b)
	if len(ids) == 0 {
		return Reason{}, false
	}
	names := r.names(ids, 2)
	return Reason{Kind: role,
		FR: fr + l.DisplayTitle("fr") + " : " + join(names, "fr"),
		EN: en + l.DisplayTitle("en") + ": " + join(names, "en")}, true
}

func castOf(f *data.Film) []string {
	var out []string
	for _, c := range f.Credits {
		if (c.Category == "actor" || c.Category == "actress") && !slices.Contains(out, c.PersonID) {
			out = append(out, c.PersonID)
		}
	}
	return out
}

func (r *Recommender) sharedCast(f, l *data.Film) (Reason, bool) {
	ids := shared(castOf(f), castOf(l))
	if len(ids) == 0 {
		return Reason{}, false
	}
	names := r.names(ids, 2)
	return Reason{Kind: "cast",
		FR: "Avec " + join(names, "fr") + ", comme dans " + l.DisplayTitle("fr"),
		EN: "With " + join(names, "en") + ", as in " + l.DisplayTitle("en")}, true
}

func (r *Recommender) names(ids []string, max int) []string {
	if len(ids) > max {
		ids = ids[:max]
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = r.personName(id)
	}
	return out
}

func sharedKeywords(f, l *data.Film) (Reason, bool) {
	kw := shared(f.Keywords, l.Keywords)
	if len(kw) < 2 {
		return Reason{}, false
	}
	if len(kw) > 3 {
		kw = kw[:3]
	}
	// TMDB keywords are English: the French reason names the film only, so
	// that a French reply has no English word in it.
	return Reason{Kind: "keywords",
		FR: "Des thèmes en commun avec " + l.DisplayTitle("fr"),
		EN: "Themes in common with " + l.DisplayTitle("en") + ": " + strings.Join(kw, ", ")}, true
}

func sharedGenres(f, l *data.Film) (Reason, bool) {
	gs := shared(f.Genres, l.Genres)
	if len(gs) == 0 {
		return Reason{}, false
	}
	if len(gs) > 2 {
		gs = gs[:2]
	}
	fr := make([]string, len(gs))
	en := make([]string, len(gs))
	for i, g := range gs {
		fr[i], en[i] = data.GenreName(g, "fr"), data.GenreName(g, "en")
	}
	x := Reason{Kind: "genres",
		FR: "Même genre que " + l.DisplayTitle("fr") + " (" + strings.Join(fr, ", ") + ")",
		EN: "Same genre as " + l.DisplayTitle("en") + " (" + strings.Join(en, ", ") + ")"}
	if f.Year > 0 && l.Year > 0 && f.Year/10 == l.Year/10 {
		d := strconv.Itoa(f.Year / 10 * 10)
		x.FR += ", même époque (années " + d + ")"
		x.EN += ", same era (" + d + "s)"
	}
	return x, true
}

// qualityMinVotes is the fewest IMDb votes for a rating to be quoted.
const qualityMinVotes = 1000

// qualityReason quotes the IMDb rating of a well-rated film; any rating
// when fallback is set.
func qualityReason(f *data.Film, fallback bool) (Reason, bool) {
	if f.Rating == 0 || f.Votes < qualityMinVotes && !fallback {
		return Reason{}, false
	}
	s := strconv.FormatFloat(f.Rating, 'f', 1, 64)
	sfr := strings.Replace(s, ".", ",", 1)
	switch {
	case f.Rating >= 8:
		return Reason{Kind: "quality", FR: "Très bien noté : " + sfr + "/10 sur IMDb", EN: "Highly rated: " + s + "/10 on IMDb"}, true
	case f.Rating >= 7:
		return Reason{Kind: "quality", FR: "Bien noté : " + sfr + "/10 sur IMDb", EN: "Well rated: " + s + "/10 on IMDb"}, true
	case fallback:
		return Reason{Kind: "quality", FR: "Noté " + sfr + "/10 sur IMDb", EN: "Rated " + s + "/10 on IMDb"}, true
	}
	return Reason{}, false
}

// join lists names the way each language does: "A, B et C", "A, B and C".
func join(names []string, lang string) string {
	and := " and "
	if lang == "fr" {
		and = " et "
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + and + names[len(names)-1]
}
