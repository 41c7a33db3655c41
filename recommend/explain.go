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
//
// It compares columns (reasonColumns), not records: of the records, only
// the title of a liked film a reason cites is read.
func (r *Recommender) explain(p *pool, c *cand) []Reason {
	f := c.film
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
	for _, kind := range []func(l int32, li int) (Reason, bool){
		func(l int32, _ int) (Reason, bool) {
			return r.sharedPeople(l, shared(r.cols.directorsOf(f), r.cols.directorsOf(l)), "director")
		},
		func(l int32, _ int) (Reason, bool) { return r.sharedCast(f, l) },
		func(l int32, _ int) (Reason, bool) {
			if len(shared(r.cols.directorsOf(f), r.cols.directorsOf(l))) > 0 {
				return Reason{}, false
			}
			return r.sharedPeople(l, shared(r.cols.writersOf(f), r.cols.writersOf(l)), "writer")
		},
		func(l int32, _ int) (Reason, bool) { return r.sharedKeywords(f, l) },
		func(l int32, li int) (Reason, bool) {
			if c.collab[li] == 0 || c.collab[li] > collabReasonRank {
				return Reason{}, false
			}
			t := &r.films[l]
			return Reason{Kind: "collaborative",
				FR: "Les spectateurs qui ont aimé " + t.DisplayTitle("fr") + " l'ont aussi aimé",
				EN: "Viewers who liked " + t.DisplayTitle("en") + " also liked it"}, true
		},
		func(l int32, _ int) (Reason, bool) { return r.sharedGenres(f, l) },
	} {
		for _, li := range order {
			if x, ok := kind(p.liked[li], li); ok {
				add(x)
				break
			}
		}
	}
	if x, ok := qualityReason(r.rating(f), int(r.cols.votes[f]), len(out) == 0); ok {
		add(x)
	}
	if len(out) == 0 && c.owner >= 0 {
		l := &r.films[p.liked[c.owner]]
		add(Reason{Kind: "content", FR: "Proche de " + l.DisplayTitle("fr") + " par son contenu", EN: "Close in content to " + l.DisplayTitle("en")})
	}
	return out
}

// constraintReasons says which people the request asked for film fi
// credits, and in what role, and whether it is for the family.
func (r *Recommender) constraintReasons(p *pool, fi int32) []Reason {
	var out []Reason
	for _, pid := range p.people[fi] {
		name := r.personName(pid)
		code, ok := r.cols.personCode(r.cat, pid)
		switch {
		case ok && slices.Contains(r.cols.directorsOf(fi), code):
			out = append(out, Reason{Kind: "constraint", FR: "Réalisé par " + name, EN: "Directed by " + name})
		case ok && r.cols.credited(fi, code, catActor, catActress, catSelf):
			out = append(out, Reason{Kind: "constraint", FR: "Avec " + name, EN: "With " + name})
		case ok && r.cols.credited(fi, code, catComposer):
			out = append(out, Reason{Kind: "constraint", FR: "Musique de " + name, EN: "Music by " + name})
		case ok && slices.Contains(r.cols.writersOf(fi), code):
			out = append(out, Reason{Kind: "constraint", FR: "Écrit par " + name, EN: "Written by " + name})
		default:
			out = append(out, Reason{Kind: "constraint", FR: "Au générique : " + name, EN: "In the credits: " + name})
		}
	}
	if p.req.Constraints.Family && r.cols.flags[fi]&familyGenre != 0 {
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

// shared returns the elements of a that b has too, each once, in a's
// order.
func shared[T comparable](a, b []T) []T {
	var out []T
	for _, x := range a {
		if slices.Contains(b, x) && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// sharedPeople is the reason "same director (writer) as liked film l"
// for the people's codes ids the two films share.
func (r *Recommender) sharedPeople(l int32, ids []int32, role string) (Reason, bool) {
	fr, en := "Même réalisateur que ", "Same director as "
	if role == "writer" {
		fr, en = "Même scénariste que ", "Same writer as "
	}
	if len(ids) == 0 {
		return Reason{}, false
	}
	names := r.names(ids, 2)
	t := &r.films[l]
	return Reason{Kind: role,
		FR: fr + t.DisplayTitle("fr") + " : " + join(names, "fr"),
		EN: en + t.DisplayTitle("en") + ": " + join(names, "en")}, true
}

func (r *Recommender) sharedCast(f, l int32) (Reason, bool) {
	ids := shared(r.cols.castOf(f), r.cols.castOf(l))
	if len(ids) == 0 {
		return Reason{}, false
	}
	names := r.names(ids, 2)
	t := &r.films[l]
	return Reason{Kind: "cast",
		FR: "Avec " + join(names, "fr") + ", comme dans " + t.DisplayTitle("fr"),
		EN: "With " + join(names, "en") + ", as in " + t.DisplayTitle("en")}, true
}

// names returns the names of the first max people of codes ids.
func (r *Recommender) names(ids []int32, max int) []string {
	if len(ids) > max {
		ids = ids[:max]
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = r.codeName(id)
	}
	return out
}

func (r *Recommender) sharedKeywords(f, l int32) (Reason, bool) {
	kw := shared(r.cols.keywordsOf(f), r.cols.keywordsOf(l))
	if len(kw) < 2 {
		return Reason{}, false
	}
	if len(kw) > 3 {
		kw = kw[:3]
	}
	words := make([]string, len(kw))
	for i, k := range kw {
		words[i] = r.cols.keywordNames[k]
	}
	// TMDB keywords are English: the French reason names the film only, so
	// that a French reply has no English word in it.
	t := &r.films[l]
	return Reason{Kind: "keywords",
		FR: "Des thèmes en commun avec " + t.DisplayTitle("fr"),
		EN: "Themes in common with " + t.DisplayTitle("en") + ": " + strings.Join(words, ", ")}, true
}

func (r *Recommender) sharedGenres(f, l int32) (Reason, bool) {
	gs := shared(r.genresOf(f), r.genresOf(l))
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
	t := &r.films[l]
	x := Reason{Kind: "genres",
		FR: "Même genre que " + t.DisplayTitle("fr") + " (" + strings.Join(fr, ", ") + ")",
		EN: "Same genre as " + t.DisplayTitle("en") + " (" + strings.Join(en, ", ") + ")"}
	if fy, ly := int(r.cols.year[f]), int(r.cols.year[l]); fy > 0 && ly > 0 && fy/10 == ly/10 {
		d := strconv.Itoa(fy / 10 * 10)
		x.FR += ", même époque (années " + d + ")"
		x.EN += ", same era (" + d + "s)"
	}
	return x, true
}

// qualityMinVotes is the fewest IMDb votes for a rating to be quoted.
const qualityMinVotes = 1000

// qualityReason quotes the IMDb rating of a well-rated film (its rating
// and votes); any rating when fallback is set.
func qualityReason(rating float64, votes int, fallback bool) (Reason, bool) {
	if rating == 0 || votes < qualityMinVotes && !fallback {
		return Reason{}, false
	}
	s := strconv.FormatFloat(rating, 'f', 1, 64)
	sfr := strings.Replace(s, ".", ",", 1)
	switch {
	case rating >= 8:
		return Reason{Kind: "quality", FR: "Très bien noté : " + sfr + "/10 sur IMDb", EN: "Highly rated: " + s + "/10 on IMDb"}, true
	case rating >= 7:
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
