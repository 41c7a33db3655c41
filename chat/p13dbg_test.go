package chat

import (
	"fmt"
	"testing"
)

func TestP13Dbg(t *testing.T) {
	for _, s := range []string{"J'ai adoré Le Samouraï de Melville !!", "I loved Taxi Driver by Scorsese", "un prophète d'audiard, quel film", "on organise une soirée Melville avec des amis, vous proposez quoi ?", "the Coen brothers please", "some Hitchcock for a rainy evening", "we fancy a Sautet this weekend", "que Ventura", "juste Noiret finalement", "a film with either Alain Delon or Lino Ventura", "ce soir c'est soirée Audiard à la maison"} {
		m := parse(s, parseOptions{})
		fmt.Printf("%q\n  titles=%q people=%q filmsOf=%q span=%q clause=%q starring=%q pron=%q more=%q\n", s, m.Titles, m.People, m.FilmsOf, m.SpanNames, m.ClauseNames, m.Starring, m.Pronoun, m.MorePeople)
	}
}
