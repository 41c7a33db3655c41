package search_test

import (
	"context"
	"fmt"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

func Example() {
	cat := data.NewCatalogue([]data.Film{
		{ID: "tt0111161", Type: "movie", Title: "The Shawshank Redemption", FrenchTitle: "Les Évadés", Year: 1994, Votes: 3000000},
		{ID: "tt0087182", Type: "movie", Title: "Dune", Year: 1984, Votes: 190000},
		{ID: "tt1160419", Type: "movie", Title: "Dune", OriginalTitle: "Dune: Part One", Year: 2021, Votes: 960000},
	}, nil)
	x, err := search.NewMemory(cat)
	if err != nil {
		panic(err)
	}
	defer x.Close()
	ctx := context.Background()
	for _, q := range []string{"les evades", "dune"} {
		ms, _ := x.ResolveFilm(ctx, q, 2)
		for _, m := range ms {
			fmt.Printf("%s: %s (%d) clear=%v\n", q, m.Film.Title, m.Film.Year, m.Confidence >= search.ClearWinner)
		}
	}
	// Output:
	// les evades: The Shawshank Redemption (1994) clear=true
	// dune: Dune (2021) clear=false
	// dune: Dune (1984) clear=false
}
