package chat

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
)

// State is what the engine is working from after a turn, for the customer
// to see and undo: the liked films and the active filters, each a Chip.
type State struct {
	Liked   []Chip // in the order the customer gave them; Label "Heat (1995)"
	Filters []Chip // Label in the reply's language: "sans horreur", "des années 1990"
}

// Chip is one liked film or one filter. Key is stable within a session and
// is what Engine.Remove takes: "film:tt0113277", "genre:Comedy",
// "avoid-genre:Horror", "person:nm0000040", "years", "runtime", "family",
// "language", "french", "country:IT", "avoid-country:US", "theme", "fame"
// (lesser-known films).
type Chip struct {
	Key   string
	Label string
}

// Remove drops one liked film or one filter (a Chip.Key of the session's
// State) and answers the new list, or asks for a film when nothing is left
// to recommend from. A key that is well formed but no longer active is
// answered with the current state and a short text. An unknown kind of key
// is an error wrapping data.ErrInvalid.
func (e *Engine) Remove(ctx context.Context, sessionID, key string) (Reply, error) {
	s, err := e.lockSession(ctx, sessionID)
	if err != nil {
		return Reply{}, err
	}
	defer s.mu.Unlock()
	label := ""
	for _, c := range append(e.likedChips(s), e.filterChips(s)...) {
		if c.Key == key {
			label = c.Label
		}
	}
	kind, arg, _ := strings.Cut(key, ":")
	if !knownChipKind[kind] {
		return Reply{}, fmt.Errorf("chat: remove %q: %w", key, data.ErrInvalid)
	}
	if label == "" {
		return e.withState(s, Reply{Lang: s.lang, Kind: KindText, Text: e.say(s, msgNotActive)}), nil
	}
	s.pending = nil
	dropChip(s, kind, arg)
	intro := e.say(s, msgChipRemoved, e.quoteText(s, label))
	if len(s.liked) == 0 && constraintsEmpty(s.cons) && s.theme == nil && s.audience == "" {
		return e.withState(s, Reply{Lang: s.lang, Kind: KindText, Text: intro + " " + e.say(s, msgAskFilm)}), nil
	}
	recs, err := e.recommend(ctx, s, s.excluded, e.o.Count)
	if err != nil {
		return Reply{}, err
	}
	if len(recs) == 0 {
		return e.withState(s, Reply{Lang: s.lang, Kind: KindText, Text: intro + " " + e.say(s, msgNothingLeft)}), nil
	}
	s.last = e.cards(recs, s.lang)
	e.remember(s)
	s.focus = 0
	text := e.withCriteria(s, intro+" "+e.say(s, msgHereAre, e.films(s, len(recs), false)))
	return e.withState(s, Reply{Lang: s.lang, Kind: KindFilms, Text: text, Films: s.last}), nil
}

var knownChipKind = map[string]bool{
	"film": true, "genre": true, "avoid-genre": true, "person": true, "years": true, "runtime": true,
	"family": true, "language": true, "french": true, "country": true, "avoid-country": true, "theme": true,
	"avoid-theme": true, "audience": true, "avoid-person": true,
}

// dropChip removes what a chip stands for from the session.
func dropChip(s *session, kind, arg string) {
	c := &s.cons
	switch kind {
	case "film":
		s.liked = remove(s.liked, arg)
	case "genre":
		c.Genres = remove(c.Genres, arg)
		c.AllGenres = remove(c.AllGenres, arg)
	case "avoid-genre":
		c.AvoidGenres = remove(c.AvoidGenres, arg)
	case "person":
		c.People = remove(c.People, arg)
		c.Cast = remove(c.Cast, arg)
		c.Directors = remove(c.Directors, arg)
	case "years":
		c.MinYear, c.MaxYear = 0, 0
	case "runtime":
		c.MinRuntime, c.MaxRuntime = 0, 0
	case "fame":
		c.MaxVotes = 0
	case "family":
		c.Family = false
	case "language":
		c.Language = ""
	case "french":
		c.FrenchOnly = false
	case "country":
		if members, ok := regions[arg]; ok {
			c.Countries = remove(c.Countries, members...)
		} else {
			c.Countries = remove(c.Countries, arg)
		}
	case "avoid-country":
		c.AvoidCountries = remove(c.AvoidCountries, arg)
	case "theme":
		s.theme = nil
	case "avoid-theme":
		s.avoidTheme = nil
	case "audience":
		s.audience = ""
	case "avoid-person":
		s.avoidPeople = remove(s.avoidPeople, arg)
	}
}

// withState attaches the session's state, and its token, to a reply. A
// token that cannot be made is left out: the client keeps the previous one.
func (e *Engine) withState(s *session, r Reply) Reply {
	r.State = &State{Liked: e.likedChips(s), Filters: e.filterChips(s)}
	r.Token, _ = e.token(s)
	return r
}

func (e *Engine) likedChips(s *session) []Chip {
	out := []Chip{}
	for _, id := range s.liked {
		f, err := e.cat.Film(id)
		if err != nil {
			continue
		}
		label := f.DisplayTitle(s.lang)
		if f.Year > 0 {
			label += " (" + strconv.Itoa(f.Year) + ")"
		}
		out = append(out, Chip{Key: "film:" + id, Label: label})
	}
	return out
}

// filterChips are the active filters, in the order withCriteria lists them.
func (e *Engine) filterChips(s *session) []Chip {
	c, en := s.cons, s.lang == "en"
	pick := func(fr, eng string) string {
		if en {
			return eng
		}
		return fr
	}
	out := []Chip{}
	if s.theme != nil {
		out = append(out, Chip{Key: "theme", Label: pick("thème : ", "theme: ") + s.theme.label(s.lang)})
	}
	if s.avoidTheme != nil {
		out = append(out, Chip{Key: "avoid-theme", Label: pick("sans le thème : ", "not on the theme: ") + s.avoidTheme.label(s.lang)})
	}
	for _, g := range c.Genres {
		out = append(out, Chip{Key: "genre:" + g, Label: data.GenreName(g, s.lang)})
	}
	// Genres all asked together: the first plain, the others with "et"
	// ("comédie", "et romance"), each removable.
	for i, g := range c.AllGenres {
		label := data.GenreName(g, s.lang)
		if i > 0 {
			label = pick("et ", "and ") + label
		}
		out = append(out, Chip{Key: "genre:" + g, Label: label})
	}
	for _, g := range c.AvoidGenres {
		label := pick("sans ", "no ") + data.GenreName(g, s.lang)
		if g == "Family" {
			label = pick("pour adultes", "for adults") // "un dessin animé pour adultes"
		}
		out = append(out, Chip{Key: "avoid-genre:" + g, Label: label})
	}
	for _, id := range c.People {
		if p, err := e.cat.Person(id); err == nil {
			if lead := e.creditLead(id, p.Name, s.lang); lead != "" {
				out = append(out, Chip{Key: "person:" + id, Label: lead + p.Name}) // people11.go: « d'après Zola »
			} else if e.directs(id) {
				out = append(out, Chip{Key: "person:" + id, Label: pick(frOf(p.Name), "by ") + p.Name})
			} else {
				out = append(out, Chip{Key: "person:" + id, Label: pick("avec ", "with ") + p.Name})
			}
		}
	}
	for _, id := range c.Directors {
		if p, err := e.cat.Person(id); err == nil {
			out = append(out, Chip{Key: "person:" + id, Label: pick(frOf(p.Name), "by ") + p.Name})
		}
	}
	for _, id := range c.Cast {
		if p, err := e.cat.Person(id); err == nil {
			out = append(out, Chip{Key: "person:" + id, Label: pick("avec ", "with ") + p.Name})
		}
	}
	var years string
	switch {
	case c.MinYear > 0 && c.MaxYear == c.MinYear+9 && c.MinYear%10 == 0:
		years = fmt.Sprintf(pick("des années %d", "from the %ds"), c.MinYear)
	case c.MinYear > 0 && c.MaxYear == c.MinYear:
		years = fmt.Sprintf(pick("de %d", "from %d"), c.MinYear)
	case c.MinYear > 0 && c.MaxYear > 0:
		years = fmt.Sprintf(pick("de %d à %d", "from %d to %d"), c.MinYear, c.MaxYear)
	case c.MinYear > 0:
		years = fmt.Sprintf(pick("à partir de %d", "from %d on"), c.MinYear)
	case c.MaxYear > 0:
		years = fmt.Sprintf(pick("jusqu'à %d", "up to %d"), c.MaxYear)
	}
	if years != "" {
		out = append(out, Chip{Key: "years", Label: years})
	}
	switch {
	case c.MinRuntime > 0 && c.MaxRuntime > 0:
		out = append(out, Chip{Key: "runtime", Label: fmt.Sprintf(pick("de %d à %d min", "%d to %d min"), c.MinRuntime, c.MaxRuntime)})
	case c.MinRuntime > 0:
		out = append(out, Chip{Key: "runtime", Label: fmt.Sprintf(pick("%d min minimum", "%d min at least"), c.MinRuntime)})
	case c.MaxRuntime > 0:
		out = append(out, Chip{Key: "runtime", Label: fmt.Sprintf(pick("%d min maximum", "%d min at most"), c.MaxRuntime)})
	}
	if c.MaxVotes > 0 {
		out = append(out, Chip{Key: "fame", Label: pick("moins connus", "lesser-known")})
	}
	if c.Family {
		out = append(out, Chip{Key: "family", Label: pick("pour toute la famille", "for the whole family")})
	}
	if ch, ok := audienceChip(s.audience, s.lang); ok {
		out = append(out, ch)
	}
	for _, id := range s.avoidPeople {
		if p, err := e.cat.Person(id); err == nil {
			out = append(out, Chip{Key: "avoid-person:" + id, Label: pick("sans ", "without ") + p.Name})
		}
	}
	if c.Language != "" {
		out = append(out, Chip{Key: "language", Label: pick("en ", "in ") + languageName(c.Language, s.lang)})
	}
	if c.FrenchOnly {
		out = append(out, Chip{Key: "french", Label: pick("films français", "French films")})
	}
	countries := c.Countries
	for _, code := range regionOrder {
		members := regions[code]
		if len(countries) >= len(members) && !slices.ContainsFunc(members, func(cc string) bool { return !slices.Contains(countries, cc) }) {
			out = append(out, Chip{Key: "country:" + code, Label: countryLabel(code, s.lang, false)})
			countries = slices.DeleteFunc(slices.Clone(countries), func(cc string) bool { return slices.Contains(members, cc) })
		}
	}
	for _, cc := range countries {
		out = append(out, Chip{Key: "country:" + cc, Label: countryLabel(cc, s.lang, false)})
	}
	for _, cc := range c.AvoidCountries {
		out = append(out, Chip{Key: "avoid-country:" + cc, Label: countryLabel(cc, s.lang, true)})
	}
	return out
}

// familyMaxRuntime bounds the films of a family request that sets no
// runtime: a child sits through two hours, rarely three.
const familyMaxRuntime = 135

// familyGenres are what a family request prefers when it names no genre.
var familyGenres = []string{"Family", "Animation"}

// recommend asks the Recommender for n films from the session's state,
// leaving out exclude. A theme narrows the films to its own.
func (e *Engine) recommend(ctx context.Context, s *session, exclude []string, n int) ([]recommend.Recommendation, error) {
	cons, count := s.cons, n
	alone := s.theme != nil && len(s.liked) == 0
	if s.theme != nil {
		cons.Among = s.theme.films
	}
	if s.avoidTheme != nil {
		exclude = append(slices.Clone(exclude), s.avoidTheme.films...)
	}
	// "The Lion King, the 2019 one": the other versions of a liked film
	// are no discovery (versions13.go).
	exclude = append(slices.Clone(exclude), e.otherVersions(s.liked)...)
	applyAudience(&cons, s.audience)
	if ex := e.audienceExcluded(s.audience); len(ex) > 0 {
		exclude = append(slices.Clone(exclude), ex...)
	}
	if len(s.avoidPeople) > 0 {
		exclude = append(slices.Clone(exclude), e.filmsCrediting(s.avoidPeople)...)
	}
	if cons.Family && len(cons.Genres) == 0 && len(cons.AllGenres) == 0 && len(cons.People)+len(cons.Cast)+len(cons.Directors) == 0 {
		// "pour les enfants": films made for them, not merely harmless
		// ones; « avec Bourvil, en famille » is Bourvil's films fit for
		// children, whatever their genre.
		cons.Genres = familyGenres
	}
	if cons.Family && cons.MaxRuntime == 0 {
		cons.MaxRuntime = familyMaxRuntime
	}
	if alone {
		// A theme alone is answered with the films on it in the theme's
		// own order (carrying it strongly, well known first); the
		// recommender only applies the other filters.
		count = max(8*n, 40)
	}
	if s.theme != nil && !alone {
		count = max(count, themeFusedPool*n) // themes10.go: fuseThemeRank
	}
	docsLast := s.theme != nil && !e.wantsDocumentaries(s, cons)
	if docsLast {
		count = max(count, n+5)
	}
	recs, err := e.rec.Recommend(ctx, recommend.Request{Liked: s.liked, Exclude: exclude, Constraints: cons, Count: count})
	if err != nil {
		return nil, fmt.Errorf("chat: recommend: %w", err)
	}
	if s.theme == nil {
		return recs, nil
	}
	if !alone {
		recs = fuseThemeRank(recs, s.theme.films) // themes10.go
	}
	if alone {
		rank := make(map[string]int, len(s.theme.films))
		for i, id := range s.theme.films {
			rank[id] = i
		}
		slices.SortStableFunc(recs, func(a, b recommend.Recommendation) int { return rank[a.Film.ID] - rank[b.Film.ID] })
	}
	if docsLast {
		slices.SortStableFunc(recs, func(a, b recommend.Recommendation) int {
			return documentary(a.Film) - documentary(b.Film)
		})
	}
	recs = recs[:min(n, len(recs))]
	for i := range recs {
		rs := []recommend.Reason{{Kind: "theme", FR: "Sur le thème : " + s.theme.label("fr"), EN: "On the theme: " + s.theme.label("en")}}
		recs[i].Reasons = append(rs, recs[i].Reasons...)
	}
	return recs, nil
}

// conflicts returns the keys of the session's filters that film f fails:
// a new list of liked films drops them rather than keep filters its own
// films could never meet ("sans drame" then "j'ai aimé Heat").
func (e *Engine) conflicts(s *session, f *data.Film) []string {
	c := s.cons
	var out []string
	if len(c.Genres) > 0 && !slices.ContainsFunc(c.Genres, func(g string) bool { return slices.Contains(f.Genres, g) }) {
		for _, g := range c.Genres {
			out = append(out, "genre:"+g)
		}
	}
	for _, g := range c.AllGenres {
		if !slices.Contains(f.Genres, g) {
			out = append(out, "genre:"+g)
		}
	}
	for _, g := range c.AvoidGenres {
		if slices.Contains(f.Genres, g) {
			out = append(out, "avoid-genre:"+g)
		}
	}
	if f.Year > 0 && ((c.MinYear > 0 && f.Year < c.MinYear) || (c.MaxYear > 0 && f.Year > c.MaxYear)) {
		out = append(out, "years")
	}
	if (c.MaxRuntime > 0 && f.Runtime > c.MaxRuntime) || (c.MinRuntime > 0 && f.Runtime > 0 && f.Runtime < c.MinRuntime) {
		out = append(out, "runtime")
	}
	if c.Family && !f.FamilySafe() {
		out = append(out, "family")
	}
	if audienceConflict(s.audience, f) {
		out = append(out, "audience")
	}
	if slices.ContainsFunc(s.avoidPeople, func(id string) bool { return credits(f, id) }) {
		for _, id := range s.avoidPeople {
			if credits(f, id) {
				out = append(out, "avoid-person:"+id)
			}
		}
	}
	if c.Language != "" && f.OriginalLanguage != "" && f.OriginalLanguage != c.Language {
		out = append(out, "language")
	}
	if c.FrenchOnly && !f.MadeIn("FR") {
		out = append(out, "french")
	}
	if len(c.Countries) > 0 && !slices.ContainsFunc(c.Countries, f.MadeIn) {
		for _, cc := range c.Countries {
			out = append(out, "country:"+cc)
		}
	}
	for _, cc := range c.AvoidCountries {
		if slices.Contains(f.Countries, cc) {
			out = append(out, "avoid-country:"+cc)
		}
	}
	for _, id := range c.People {
		if !credits(f, id) {
			out = append(out, "person:"+id)
		}
	}
	for _, id := range c.Directors {
		if !slices.Contains(f.Directors, id) {
			out = append(out, "person:"+id)
		}
	}
	for _, id := range c.Cast {
		if !slices.ContainsFunc(f.Credits, func(cr data.Credit) bool { return cr.PersonID == id && cr.IsCast() }) {
			out = append(out, "person:"+id)
		}
	}
	if s.theme != nil && !slices.Contains(s.theme.films, f.ID) {
		out = append(out, "theme")
	}
	if s.avoidTheme != nil && slices.Contains(s.avoidTheme.films, f.ID) {
		out = append(out, "avoid-theme")
	}
	return out
}

// credits reports whether a person is credited on a film.
func credits(f *data.Film, id string) bool {
	if slices.Contains(f.Directors, id) {
		return true
	}
	for _, c := range f.Credits {
		if c.PersonID == id {
			return true
		}
	}
	return false
}

// languageName names an ISO 639-1 language in the reply's language.
func languageName(code, lang string) string {
	if n, ok := languageNames[code]; ok {
		if lang == "en" {
			return n[1]
		}
		return n[0]
	}
	return code
}

var languageNames = map[string][2]string{
	"fr": {"français", "French"}, "en": {"anglais", "English"}, "it": {"italien", "Italian"},
	"es": {"espagnol", "Spanish"}, "de": {"allemand", "German"}, "ja": {"japonais", "Japanese"},
	"ko": {"coréen", "Korean"}, "zh": {"chinois", "Chinese"}, "ru": {"russe", "Russian"},
	"sv": {"suédois", "Swedish"}, "da": {"danois", "Danish"}, "pt": {"portugais", "Portuguese"},
	"hi": {"hindi", "Hindi"}, "cn": {"cantonais", "Cantonese"}, "no": {"norvégien", "Norwegian"},
	"fi": {"finnois", "Finnish"}, "nl": {"néerlandais", "Dutch"}, "el": {"grec", "Greek"}, "tr": {"turc", "Turkish"},
	"th": {"thaï", "Thai"}, "pl": {"polonais", "Polish"}, "fa": {"persan", "Persian"},
	"hu": {"hongrois", "Hungarian"}, "cs": {"tchèque", "Czech"}, "ro": {"roumain", "Romanian"}, "he": {"hébreu", "Hebrew"},
}

// countryLabel is a country filter's label: "films italiens", "pas de
// films américains"; "Italian films", "no American films".
func countryLabel(code, lang string, avoid bool) string {
	n, ok := countryByCode[code]
	if !ok {
		if lang == "en" {
			if avoid {
				return "no films from " + code
			}
			return "films from " + code
		}
		if avoid {
			return "pas de films de " + code
		}
		return "films de " + code
	}
	switch {
	case lang == "en" && avoid:
		return "no " + n.en + " films"
	case lang == "en":
		return n.en + " films"
	case avoid:
		return "pas de films " + n.frPlural
	}
	return "films " + n.frPlural
}

// wantsDocumentaries tells whether documentaries may lead a theme's films:
// only when the customer asked for them or liked one. « d'autres films sur
// la mer » after Le Grand Bleu means films, with Le Monde du silence after
// them, not before.
func (e *Engine) wantsDocumentaries(s *session, cons recommend.Constraints) bool {
	if slices.Contains(cons.Genres, "Documentary") || slices.Contains(cons.AllGenres, "Documentary") {
		return true
	}
	for _, id := range s.liked {
		if f, err := e.cat.Film(id); err == nil && documentary(f) == 1 {
			return true
		}
	}
	return false
}

// documentary is 1 for a documentary, 0 for any other film: a sort key.
func documentary(f *data.Film) int {
	if f != nil && slices.Contains(f.Genres, "Documentary") {
		return 1
	}
	return 0
}
