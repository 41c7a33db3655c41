package chat

import (
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
)

// People named right after a title describe it (issue 10 item 3): « la
// piscine avec delon et romy schneider », « jules et jim de truffaut avec
// jeanne moreau », "Chinatown with Jack Nicholson". When they are in the
// credits of the film the title names, they say which film it is; they are
// not a wish for their other films (onlyWhose, dialogue.go), unless the
// message asks for them as one (« d'autres films avec Delon »).

// wishBefore are the words before a cast cue that make the names after it
// a wish rather than a description of the title before: « un film avec
// », « d'autres avec », « mais avec », "something with", "more with".
var wishBefore = map[string]bool{
	"film": true, "films": true, "movie": true, "movies": true, "truc": true, "trucs": true, "chose": true,
	"something": true, "anything": true, "one": true, "ones": true, "mais": true, "but": true, "plutot": true,
	"rather": true, "surtout": true, "seulement": true, "only": true, "just": true, "que": true, "aussi": true,
	"also": true, "toujours": true, "comme": true, "like": true, "sans": true, "without": true, "ou": true, "or": true,
}

// titleNameCue reports whether the person cue at s[i:j] (folded, as typed)
// follows a title, or the names of a title (chained says the names just
// before it were read so): « de »/"by" right after a word, « avec »,
// "with", "starring" after a word or a comma, the word being no wish
// (wishBefore, moreOfRe).
func titleNameCue(s string, i, j int, chained bool) bool {
	if i == 0 {
		return false
	}
	cue := strings.TrimSpace(s[i:j])
	before := strings.TrimRight(s[:i], " ")
	if chained {
		return cue == "by" || cue == "de" || cue == "avec" || cue == "with" || cue == "starring" || cue == "featuring"
	}
	switch cue {
	case "by", "de":
		return before != "" && isWordByte(before[len(before)-1]) && !moreOfRe.MatchString(before)
	case "avec", "with", "starring", "featuring":
	default:
		return false
	}
	before = strings.TrimRight(before, " ,")
	if before == "" || !isWordByte(before[len(before)-1]) || moreOfRe.MatchString(before) {
		return false
	}
	// « un film d action avec belmondo »: a wish word among the last
	// words before the cue says what is wanted, not which film.
	ws := strings.Fields(before)
	for _, w := range ws[max(0, len(ws)-3):] {
		if wishBefore[strings.Trim(w, ",.;:!?'")] {
			return false
		}
	}
	return true
}

// describesTitle reports whether the message names the person only right
// after a title: not also as an example of their films, after « more »,
// or after a cue of its own (« le samouraï avec Delon, d'autres films avec
// Delon » asks for him).
func describesTitle(m message, per *data.Person) bool {
	count := func(names []string) int {
		n := 0
		for _, name := range names {
			if exactName(name, per) {
				n++
			}
		}
		return n
	}
	by := count(m.TitleBy)
	return by > 0 && count(m.ExampleNames) == 0 && count(m.MorePeople) == 0 &&
		count(m.Starring)+count(m.DirectedBy)+count(m.FilmsOf)+count(m.WrittenBy) <= by
}

// describedPeople returns the people the last request named beside a
// title (session.described) who are credited in one of films: « jai bien
// aimé oss 117 le caire avec dujardin », then « d'autres avec lui ».
func (e *Engine) describedPeople(s *session, films []*data.Film) []*data.Person {
	var out []*data.Person
	for _, id := range s.described {
		per, err := e.cat.Person(id)
		if err != nil {
			continue
		}
		if slices.ContainsFunc(films, func(f *data.Film) bool { return credited(f, per) }) {
			out = append(out, per)
		}
	}
	return out
}
