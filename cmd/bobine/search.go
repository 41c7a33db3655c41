package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/search"
)

func init() {
	register(&command{
		name:  "search",
		usage: "[flags] QUERY",
		short: "find films or people in the index, with scores",
		long: `Search looks QUERY up in the search index of index.dir, as the chat
does: by default it resolves a film mention ("les evades", "interstelar",
"dune 1984") and prints the ranked candidates with their score and
confidence (a confidence of at least 0.6 makes a clear winner). -people
searches people, -autocomplete completes a title being typed, -keywords
finds films about a subject ("time travel", "voyage dans le temps").`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			people := fs.Bool("people", false, "search people instead of films")
			auto := fs.Bool("autocomplete", false, "complete a title being typed")
			keywords := fs.Bool("keywords", false, "search films by keywords and synopsis")
			n := fs.Int("n", 10, "number of results")
			dir := fs.String("index", "", "index directory (default index.dir)")
			return func(ctx context.Context, e *env, args []string) error {
				q := strings.TrimSpace(strings.Join(args, " "))
				modes := 0
				for _, b := range []bool{*people, *auto, *keywords} {
					if b {
						modes++
					}
				}
				if q == "" || modes > 1 || *n <= 0 {
					return errUsage
				}
				if *dir == "" {
					*dir = e.cfg.Index.Dir
				}
				res, err := indexer.Open(ctx, *dir)
				if err != nil {
					return err
				}
				x, err := search.Open(filepath.Join(*dir, "search"), res.Catalogue)
				if err != nil {
					return err
				}
				defer x.Close()
				start := time.Now()
				tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
				switch {
				case *people:
					ms, err := x.SearchPeople(ctx, q, *n)
					if err != nil {
						return err
					}
					fmt.Fprintln(tw, "#\tID\tNAME\tBORN\tPROFESSIONS\tSCORE")
					for i, m := range ms {
						fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%.3f\n", i+1, m.Person.ID, m.Person.Name, searchYear(m.Person.BirthYear),
							strings.Join(m.Person.Professions, ","), m.Score)
					}
				default:
					var ms []search.FilmMatch
					switch {
					case *auto:
						ms, err = x.Autocomplete(ctx, q, *n)
					case *keywords:
						if th, ok, terr := x.MatchTheme(ctx, q); terr == nil && ok {
							fmt.Fprintf(e.stdout, "theme: %s / %s %v (score %.2f)\n", th.LabelFR, th.LabelEN, th.Keywords, th.Score)
						}
						ms, err = x.SearchKeywords(ctx, q, *n)
					default:
						ms, err = x.ResolveFilm(ctx, q, *n)
					}
					if err != nil {
						return err
					}
					printFilms(tw, ms)
				}
				if err := tw.Flush(); err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "(%s)\n", time.Since(start).Round(time.Microsecond))
				return nil
			}
		},
	})
}

func printFilms(tw *tabwriter.Writer, ms []search.FilmMatch) {
	fmt.Fprintln(tw, "#\tID\tTITLE\tYEAR\tTYPE\tVOTES\tSCORE\tCONFIDENCE")
	for i, m := range ms {
		f := m.Film
		title := f.Title
		if fr := f.DisplayTitle("fr"); fr != title {
			title += " (" + fr + ")"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%.3f\t%.2f\n", i+1, f.ID, title, searchYear(f.Year), f.Type, f.Votes, m.Score, m.Confidence)
	}
}

func searchYear(y int) string {
	if y == 0 {
		return "-"
	}
	return fmt.Sprint(y)
}
