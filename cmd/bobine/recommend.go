package main

import (
	"context"
	"flag"
	"fmt"
	"regexp"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

func init() {
	register(&command{
		name:  "recommend",
		usage: "[flags] FILM [FILM...]",
		short: "recommend films from liked ones, with reasons",
		long: `Recommend resolves each FILM (a title in French or English, or an IMDb id
such as tt0113277) with the search index, takes the best match, and prints
the films Bobine recommends from them, each with its reasons. With no FILM,
it recommends the films that satisfy the constraint flags, well known and
well rated first.`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			n := fs.Int("n", 0, "number of films (default recommend.count)")
			lang := fs.String("lang", "", "language of the reasons, fr or en (default chat.language)")
			exclude := fs.String("exclude", "", "films never to recommend, comma-separated titles or ids")
			genres := fs.String("genres", "", "only these IMDb genres, comma-separated (e.g. Comedy,Western)")
			avoid := fs.String("avoid", "", "never these IMDb genres, comma-separated")
			from := fs.Int("from", 0, "released in or after this year")
			to := fs.Int("to", 0, "released in or before this year")
			allGenres := fs.String("all-genres", "", "every one of these IMDb genres, comma-separated (e.g. Comedy,Romance)")
			minRuntime := fs.Int("min-runtime", 0, "shortest runtime in minutes")
			runtime := fs.Int("max-runtime", 0, "longest runtime in minutes")
			olang := fs.String("original-language", "", "original language, ISO 639-1 (e.g. fr)")
			french := fs.Bool("french", false, "French productions only")
			family := fs.Bool("family", false, "family-friendly films")
			with := fs.String("with", "", "films with these people (directors, writers or cast): names or nconsts, comma-separated")
			cast := fs.String("cast", "", "films in whose cast every one of these people plays: names or nconsts, comma-separated")
			directors := fs.String("directed-by", "", "films every one of these people directed: names or nconsts, comma-separated")
			series := fs.Bool("series", false, "also recommend series")
			return func(ctx context.Context, e *env, args []string) error {
				l := e.cfg.Chat.Language
				if *lang != "" {
					l = *lang
				}
				if l != "fr" && l != "en" {
					return fmt.Errorf("-lang must be fr or en, got %q", l)
				}
				dir := e.cfg.Index.Dir
				st, err := openStack(ctx, dir, e)
				if err != nil {
					return err
				}
				defer st.close()
				in, idx, rec := st.in, st.idx, st.rec
				req := recommend.Request{Count: *n, Constraints: recommend.Constraints{
					Genres: splitList(*genres), AllGenres: splitList(*allGenres), AvoidGenres: splitList(*avoid), MinYear: *from, MaxYear: *to,
					MinRuntime: *minRuntime, MaxRuntime: *runtime, Language: *olang, FrenchOnly: *french, Family: *family, IncludeSeries: *series,
				}}
				var liked []*data.Film
				for _, q := range args {
					f, err := resolveFilm(ctx, in.Catalogue, idx, q)
					if err != nil {
						return err
					}
					liked = append(liked, f)
					req.Liked = append(req.Liked, f.ID)
				}
				for _, q := range splitList(*exclude) {
					f, err := resolveFilm(ctx, in.Catalogue, idx, q)
					if err != nil {
						return err
					}
					req.Exclude = append(req.Exclude, f.ID)
				}
				for _, l := range []struct {
					names string
					ids   *[]string
				}{{*with, &req.Constraints.People}, {*cast, &req.Constraints.Cast}, {*directors, &req.Constraints.Directors}} {
					for _, q := range splitList(l.names) {
						pid, err := resolvePerson(ctx, in.Catalogue, idx, q)
						if err != nil {
							return err
						}
						*l.ids = append(*l.ids, pid)
					}
				}
				recs, err := rec.Recommend(ctx, req)
				if err != nil {
					return err
				}
				if len(liked) > 0 {
					label := "Films aimés"
					if l == "en" {
						label = "Liked"
					}
					names := make([]string, len(liked))
					for i, f := range liked {
						names[i] = fmt.Sprintf("%s (%d)", f.DisplayTitle(l), f.Year)
					}
					fmt.Fprintf(e.stdout, "%s : %s\n\n", label, strings.Join(names, ", "))
				}
				if len(recs) == 0 {
					if l == "en" {
						fmt.Fprintln(e.stdout, "No film matches these constraints.")
					} else {
						fmt.Fprintln(e.stdout, "Aucun film ne correspond à ces critères.")
					}
				}
				for i, r := range recs {
					fmt.Fprintf(e.stdout, "%d. %s (%d)  %s  [%s]\n", i+1, r.Film.DisplayTitle(l), r.Film.Year, r.Film.ID, strings.Join(r.Film.Genres, ", "))
					for _, x := range r.Reasons {
						text := x.FR
						if l == "en" {
							text = x.EN
						}
						fmt.Fprintf(e.stdout, "   - %s\n", text)
					}
				}
				return nil
			}
		},
	})
}

var (
	tconstRe = regexp.MustCompile(`^tt\d{7,}$`)
	nconstRe = regexp.MustCompile(`^nm\d{7,}$`)
)

// resolveFilm takes an IMDb id as is, else the search index's best match.
func resolveFilm(ctx context.Context, cat *data.Catalogue, idx *search.Index, q string) (*data.Film, error) {
	q = strings.TrimSpace(q)
	if tconstRe.MatchString(q) {
		return cat.Film(q)
	}
	m, err := idx.ResolveFilm(ctx, q, 1)
	if err != nil {
		return nil, err
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("no film matches %q: %w", q, data.ErrNotFound)
	}
	return m[0].Film, nil
}

// resolvePerson takes an nconst as is, else the search index's best match.
func resolvePerson(ctx context.Context, cat *data.Catalogue, idx *search.Index, q string) (string, error) {
	q = strings.TrimSpace(q)
	if nconstRe.MatchString(q) {
		p, err := cat.Person(q)
		if err != nil {
			return "", err
		}
		return p.ID, nil
	}
	m, err := idx.SearchPeople(ctx, q, 1)
	if err != nil {
		return "", err
	}
	if len(m) == 0 {
		return "", fmt.Errorf("no person matches %q: %w", q, data.ErrNotFound)
	}
	return m[0].Person.ID, nil
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}
