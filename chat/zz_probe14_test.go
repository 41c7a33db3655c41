package chat

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZProbe14(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("PROBE14"), "|") {
		m := parse(s, parseOptions{})
		fmt.Printf("%q\n  themes=%q people=%q titles=%v genres=%v\n", s, m.Themes, m.People, m.Titles, m.Genres)
	}
}

func TestZZProbe14b(t *testing.T) {
	for _, s := range []string{"catch", "swing", "tango", "lutte", "valse", "oiseaux"} {
		x, y := trimFillers(s)
		fmt.Println(s, junk(s), softAdjectives[s], genreOnlyRe.MatchString(s), nationWord[s], genreWords[s] != nil, x, y, listStop[s], personStop[s])
	}
	s := ", du catch, de la lutte"
	fmt.Println(themeListItemRe.FindStringSubmatch(s))
}
