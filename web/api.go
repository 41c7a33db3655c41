package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
)

const maxQueryLen = 200

// query returns the trimmed q parameter, which is required.
func query(c echo.Context) (string, error) {
	q := strings.TrimSpace(c.QueryParam("q"))
	switch {
	case q == "":
		return "", badRequest("the q parameter is required")
	case len(q) > maxQueryLen || !utf8.ValidString(q):
		return "", badRequest(fmt.Sprintf("q must be valid UTF-8 of at most %d bytes", maxQueryLen))
	}
	return q, nil
}

// intParam parses an optional integer parameter within [lo, hi].
func intParam(c echo.Context, name string, def, lo, hi int) (int, error) {
	v := c.QueryParam(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequest(fmt.Sprintf("%s must be an integer from %d to %d", name, lo, hi))
	}
	return n, nil
}

type filmHit struct {
	filmSummary
	Score      float64 `json:"score"`
	Confidence float64 `json:"confidence,omitempty"`
}

type personHit struct {
	personSummary
	Score float64 `json:"score"`
}

type searchResponse struct {
	Query   string `json:"query"`
	Type    string `json:"type"`
	Results []any  `json:"results"`
}

// apiSearch: GET /api/search?q=&type=films|people|keywords&limit=
func (s *Server) apiSearch(c echo.Context) error {
	q, err := query(c)
	if err != nil {
		return err
	}
	limit, err := intParam(c, "limit", 10, 1, 50)
	if err != nil {
		return err
	}
	typ := c.QueryParam("type")
	if typ == "" {
		typ = "films"
	}
	ctx := c.Request().Context()
	resp := searchResponse{Query: q, Type: typ, Results: []any{}}
	switch typ {
	case "films", "keywords":
		find := s.stack(c).Search.ResolveFilm
		if typ == "keywords" {
			find = s.stack(c).Search.SearchKeywords
		}
		ms, err := find(ctx, q, limit)
		if err != nil {
			return fmt.Errorf("web: search %s: %w", typ, err)
		}
		for _, m := range ms {
			resp.Results = append(resp.Results, filmHit{filmSummary: s.filmSummary(m.Film), Score: m.Score, Confidence: m.Confidence})
		}
	case "people":
		ps, err := s.stack(c).Search.SearchPeople(ctx, q, limit)
		if err != nil {
			return fmt.Errorf("web: search people: %w", err)
		}
		for _, p := range ps {
			resp.Results = append(resp.Results, personHit{personSummary: personSummaryOf(p.Person), Score: p.Score})
		}
	default:
		return badRequest("type must be films, people or keywords")
	}
	return c.JSON(http.StatusOK, resp)
}

type resolveResponse struct {
	Query   string    `json:"query"`
	Matches []filmHit `json:"matches"`
}

// apiResolve: GET /api/resolve?q=&limit= — which films a title names, best
// first, with the resolver's confidence.
func (s *Server) apiResolve(c echo.Context) error {
	q, err := query(c)
	if err != nil {
		return err
	}
	limit, err := intParam(c, "limit", 5, 1, 20)
	if err != nil {
		return err
	}
	ms, err := s.stack(c).Search.ResolveFilm(c.Request().Context(), q, limit)
	if err != nil {
		return fmt.Errorf("web: resolve: %w", err)
	}
	resp := resolveResponse{Query: q, Matches: []filmHit{}}
	for _, m := range ms {
		resp.Matches = append(resp.Matches, filmHit{filmSummary: s.filmSummary(m.Film), Score: m.Score, Confidence: m.Confidence})
	}
	return c.JSON(http.StatusOK, resp)
}

type autocompleteResponse struct {
	Query  string          `json:"query"`
	Films  []filmSummary   `json:"films"`
	People []personSummary `json:"people"`
}

// apiAutocomplete: GET /api/autocomplete?q= — films by title prefix and
// people by name, for the staff search box.
func (s *Server) apiAutocomplete(c echo.Context) error {
	q, err := query(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	fs, err := s.stack(c).Search.Autocomplete(ctx, q, 6)
	if err != nil {
		return fmt.Errorf("web: autocomplete: %w", err)
	}
	ps, err := s.stack(c).Search.SearchPeople(ctx, q, 4)
	if err != nil {
		return fmt.Errorf("web: autocomplete people: %w", err)
	}
	resp := autocompleteResponse{Query: q, Films: []filmSummary{}, People: []personSummary{}}
	for _, m := range fs {
		resp.Films = append(resp.Films, s.filmSummary(m.Film))
	}
	for _, p := range ps {
		resp.People = append(resp.People, personSummaryOf(p.Person))
	}
	return c.JSON(http.StatusOK, resp)
}

// recommendRequest is the body of POST /api/recommend. Liked and Exclude
// hold IMDb ids ("tt0111161") or titles, resolved with the search index.
type recommendRequest struct {
	Liked       []string             `json:"liked"`
	Exclude     []string             `json:"exclude"`
	Count       int                  `json:"count"`
	Constraints recommendConstraints `json:"constraints"`
}

type recommendConstraints struct {
	Genres      []string `json:"genres"`
	AllGenres   []string `json:"all_genres"` // every one of these, as the chat asks « une comédie romantique »
	AvoidGenres []string `json:"avoid_genres"`
	MinYear     int      `json:"min_year"`
	MaxYear     int      `json:"max_year"`
	MinRuntime  int      `json:"min_runtime"`
	MaxRuntime  int      `json:"max_runtime"`
	Language    string   `json:"language"`
	Family      bool     `json:"family"`
	FrenchOnly  bool     `json:"french_only"`
	People      []string `json:"people"`    // nconsts or names: any credit, any of them
	Cast        []string `json:"cast"`      // nconsts or names: every one plays in the film
	Directors   []string `json:"directors"` // nconsts or names: every one directed it
}

type reasonView struct {
	Kind string `json:"kind"`
	FR   string `json:"fr"`
	EN   string `json:"en"`
}

type recommendedFilm struct {
	Rank int `json:"rank"`
	filmSummary
	Score   float64      `json:"score"`
	Reasons []reasonView `json:"reasons"`
}

type recommendResponse struct {
	Liked []filmSummary     `json:"liked"`
	Films []recommendedFilm `json:"films"`
}

// maxRecommendBody is the largest POST /api/recommend body.
const maxRecommendBody = 64 << 10

// apiRecommend: GET or POST /api/recommend.
func (s *Server) apiRecommend(c echo.Context) error {
	var in recommendRequest
	if c.Request().Method == http.MethodPost {
		if err := decodeJSON(c, maxRecommendBody, &in); err != nil {
			return err
		}
	} else {
		var err error
		if in, err = recommendFromQuery(c); err != nil {
			return err
		}
	}
	if in.Count == 0 {
		in.Count = 5
	}
	if in.Count < 1 || in.Count > 50 {
		return badRequest("count must be from 1 to 50")
	}
	cs := in.Constraints
	if len(in.Liked) > 20 || len(in.Exclude) > 200 || len(cs.People)+len(cs.Cast)+len(cs.Directors) > 10 {
		return badRequest("too many films or people: at most 20 liked, 200 excluded, 10 people")
	}
	if cs.MinYear < 0 || cs.MaxYear < 0 || cs.MinRuntime < 0 || cs.MaxRuntime < 0 || (cs.MaxYear > 0 && cs.MinYear > cs.MaxYear) ||
		(cs.MaxRuntime > 0 && cs.MinRuntime > cs.MaxRuntime) {
		return badRequest("min_year, max_year, min_runtime and max_runtime must be positive, min_year <= max_year and min_runtime <= max_runtime")
	}
	ctx := c.Request().Context()
	liked, err := s.resolveFilms(c, in.Liked)
	if err != nil {
		return err
	}
	exclude, err := s.resolveFilms(c, in.Exclude)
	if err != nil {
		return err
	}
	req := recommend.Request{
		Count: in.Count,
		Constraints: recommend.Constraints{
			Genres: cs.Genres, AllGenres: cs.AllGenres, AvoidGenres: cs.AvoidGenres,
			MinYear: cs.MinYear, MaxYear: cs.MaxYear, MinRuntime: cs.MinRuntime, MaxRuntime: cs.MaxRuntime,
			Language: cs.Language, Family: cs.Family, FrenchOnly: cs.FrenchOnly,
		},
	}
	resp := recommendResponse{Liked: []filmSummary{}, Films: []recommendedFilm{}}
	for _, f := range liked {
		req.Liked = append(req.Liked, f.ID)
		resp.Liked = append(resp.Liked, s.filmSummary(f))
	}
	for _, f := range exclude {
		req.Exclude = append(req.Exclude, f.ID)
	}
	for _, l := range []struct {
		refs []string
		ids  *[]string
	}{{cs.People, &req.Constraints.People}, {cs.Cast, &req.Constraints.Cast}, {cs.Directors, &req.Constraints.Directors}} {
		for _, p := range l.refs {
			id, err := s.resolvePerson(c, p)
			if err != nil {
				return err
			}
			*l.ids = append(*l.ids, id)
		}
	}
	recs, err := s.stack(c).Recommender.Recommend(ctx, req)
	if err != nil {
		return fmt.Errorf("web: recommend: %w", err)
	}
	for i, r := range recs {
		rf := recommendedFilm{Rank: i + 1, filmSummary: s.filmSummary(r.Film), Score: r.Score, Reasons: []reasonView{}}
		for _, re := range r.Reasons {
			rf.Reasons = append(rf.Reasons, reasonView{Kind: re.Kind, FR: re.FR, EN: re.EN})
		}
		resp.Films = append(resp.Films, rf)
	}
	return c.JSON(http.StatusOK, resp)
}

func recommendFromQuery(c echo.Context) (recommendRequest, error) {
	qp := c.QueryParams()
	in := recommendRequest{
		Liked:   qp["liked"],
		Exclude: qp["exclude"],
		Constraints: recommendConstraints{
			Genres:      qp["genre"],
			AllGenres:   qp["all_genre"],
			AvoidGenres: qp["avoid_genre"],
			Language:    qp.Get("language"),
			People:      qp["person"],
			Cast:        qp["cast"],
			Directors:   qp["director"],
		},
	}
	ints := []struct {
		name   string
		dst    *int
		lo, hi int
	}{
		{"count", &in.Count, 1, 50},
		{"min_year", &in.Constraints.MinYear, 0, 3000},
		{"max_year", &in.Constraints.MaxYear, 0, 3000},
		{"min_runtime", &in.Constraints.MinRuntime, 0, 1000},
		{"max_runtime", &in.Constraints.MaxRuntime, 0, 1000},
	}
	for _, p := range ints {
		n, err := intParam(c, p.name, 0, p.lo, p.hi)
		if err != nil {
			return in, err
		}
		*p.dst = n
	}
	for name, dst := range map[string]*bool{"family": &in.Constraints.Family, "french_only": &in.Constraints.FrenchOnly} {
		if v := qp.Get(name); v != "" {
			b, err := strconv.ParseBool(v)
			if err != nil {
				return in, badRequest(name + " must be true or false")
			}
			*dst = b
		}
	}
	return in, nil
}

// resolveFilms maps ids or titles to catalogue films; an unknown id or a
// title that matches nothing is a 404 naming it.
func (s *Server) resolveFilms(c echo.Context, refs []string) ([]*data.Film, error) {
	var out []*data.Film
	for _, ref := range refs {
		ref = strings.TrimSpace(ref)
		if ref == "" || len(ref) > maxQueryLen {
			return nil, badRequest("film references must be non-empty ids or titles of at most 200 bytes")
		}
		if isFilmID(ref) {
			f, err := s.stack(c).Catalogue.Film(ref)
			if err != nil {
				return nil, err
			}
			out = append(out, f)
			continue
		}
		ms, err := s.stack(c).Search.ResolveFilm(c.Request().Context(), ref, 1)
		if err != nil {
			return nil, fmt.Errorf("web: resolve %q: %w", ref, err)
		}
		if len(ms) == 0 {
			return nil, fmt.Errorf("web: %w", data.NotFoundf("no film matches %q", ref))
		}
		out = append(out, ms[0].Film)
	}
	return out, nil
}

func (s *Server) resolvePerson(c echo.Context, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if isPersonID(ref) {
		if _, err := s.stack(c).Catalogue.Person(ref); err != nil {
			return "", err
		}
		return ref, nil
	}
	if ref == "" || len(ref) > maxQueryLen {
		return "", badRequest("people must be non-empty ids or names")
	}
	ps, err := s.stack(c).Search.SearchPeople(c.Request().Context(), ref, 1)
	if err != nil {
		return "", fmt.Errorf("web: resolve person %q: %w", ref, err)
	}
	if len(ps) == 0 {
		return "", fmt.Errorf("web: %w", data.NotFoundf("no person matches %q", ref))
	}
	return ps[0].Person.ID, nil
}

func isFilmID(s string) bool   { return isID(s, "tt") }
func isPersonID(s string) bool { return isID(s, "nm") }

func isID(s, prefix string) bool {
	if len(s) < len(prefix)+1 || len(s) > len(prefix)+10 || !strings.HasPrefix(s, prefix) {
		return false
	}
	for _, ch := range s[len(prefix):] {
		if ch < '0' || ch > '9' {
			return false
		}
	}
	return true
}

// filmParam returns the film named by the :id path parameter.
func (s *Server) filmParam(c echo.Context) (*data.Film, error) {
	id := c.Param("id")
	if !isFilmID(id) {
		return nil, badRequest("film ids look like tt0111161")
	}
	return s.stack(c).Catalogue.Film(id)
}

func (s *Server) personParam(c echo.Context) (*data.Person, error) {
	id := c.Param("id")
	if !isPersonID(id) {
		return nil, badRequest("person ids look like nm0000229")
	}
	return s.stack(c).Catalogue.Person(id)
}

// apiFilm: GET /api/films/:id
func (s *Server) apiFilm(c echo.Context) error {
	f, err := s.filmParam(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, s.filmDetail(f))
}

// apiPerson: GET /api/people/:id
func (s *Server) apiPerson(c echo.Context) error {
	p, err := s.personParam(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, s.personDetail(p))
}

type health struct {
	Status  string `json:"status"`
	Version string `json:"version"`
	Films   int    `json:"films"`
	People  int    `json:"people"`
	// The index served: a digest of its manifest and when it was built.
	Index      string `json:"index,omitempty"`
	IndexBuilt string `json:"index_built,omitempty"`
}

func (s *Server) handleHealth(c echo.Context) error {
	st := s.stack(c)
	h := health{Status: "ok", Version: s.o.Version, Films: len(st.Catalogue.Films()), People: st.Catalogue.NumPeople(), Index: st.Version}
	if !st.Built.IsZero() {
		h.IndexBuilt = st.Built.UTC().Format(time.RFC3339)
	}
	return c.JSON(http.StatusOK, h)
}

// errTooMany is returned when a client exceeds the API rate limit.
var errTooMany = &apiError{Status: http.StatusTooManyRequests, Code: "rate_limited", Message: "too many requests, slow down"}

// limitAPI applies the per-IP rate to the JSON API, with its own buckets so
// API use does not eat into a customer's chat allowance.
func (s *Server) limitAPI(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if !s.apiIPs.allow(c.RealIP(), time.Now()) {
			return errTooMany
		}
		return next(c)
	}
}
