package chat

import (
	"context"
	"errors"
	"regexp"

	"github.com/bobine/bobine/data"
)

// People a customer does not want: « pas avec Christian Clavier », « sans
// Clavier », "a comedy without Jim Carrey". « pas avec » and "not with"
// always name a person; « sans », "without" and "no" may as well name a
// subject (« sans zombies »): those spans are read as themes not wanted
// (avoidThemeRe) and become a person only when they are the whole name of a
// well-known one (avoidPersonOf).

// notWithRe is a cue that only a person follows.
var notWithRe = regexp.MustCompile(`\b(?:(?:mais|but|et|and)\s+)?(?:pas|not|jamais|never|surtout\s+pas)\s+(?:avec|with|starring|featuring)\s+`)

// notThoseWithRe is « pas ceux avec », "not the ones with": only a person
// follows.
var notThoseWithRe = regexp.MustCompile(`\b(?:(?:mais|but|et|and)\s+)?(?:pas|not|no|surtout\s+pas)\s+(?:ceux|celles?|celui|les\s+films?|des\s+films?|de\s+films?|the\s+ones|ones|those|films?|movies?)\s+(?:avec|with|starring|featuring|ou\s+(?:il\s+y\s+a|joue|jouent)|ou\s+y\s+a)\s+`)

// withoutInItRe is « sans Gabin dedans », "without Lee Van Cleef in it":
// « dedans » makes what « sans » leaves out a person of the cast. Group 1
// is the name.
var withoutInItRe = regexp.MustCompile(`\b(?:(?:mais|but|et|and)\s+)?(?:sans|without|no)\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)\s+(?:dedans|la-dedans|in\s+it|in\s+them|in\s+the\s+cast|dans\s+le\s+casting|au\s+casting)\b`)

// cannotStandRe is a person disliked (« mon mari ne supporte pas
// Depardieu », "my wife can't stand Jean Rochefort"), and withoutThemRe
// what makes that dislike a filter: « donc sans lui », "so none with
// him". The name is read only when both are in the message.
var (
	cannotStandRe = regexp.MustCompile(`\b(?:(?:ne|n')\s*(?:supporte|supportent|supportons|peut|peuvent|peux)\s+pas(?:\s+(?:voir|sentir|encadrer))?|(?:deteste|detestent|detestons)|(?:can't|cannot|can\s+not|couldn't)\s+(?:stand|bear)|(?:hates|hate|dislikes|loathes))\s+`)
	withoutThemRe = regexp.MustCompile(`\b(?:(?:donc|alors|so|and|et)\s+)?(?:sans|without|none\s+with|nothing\s+with|no\s+(?:films?|movies?)\s+with|pas\s+(?:de\s+films?\s+)?avec|rien\s+avec|not\s+with)\s+(?:lui|elle|him|her)\b`)
)

// otherThanRe is « autre chose que Godard », « tout sauf du Chabrol »,
// "anything but Spielberg", and a person's films left out
// (notTheirFilmsCue: « pas ceux de Melville », "beyond Kurosawa"): what follows is left out, a person when it is
// the whole name of a well-known one (as after « sans »), else a subject.
// A title follows an article (« autre chose que les Visiteurs »): group 1
// tells it.
var otherThanRe = regexp.MustCompile(`\b(?:autre\s+chose\s+que|tout\s+sauf|anything\s+(?:but|other\s+than|except)|something\s+other\s+than|no\s+more|` + notTheirFilmsCue + `)\s+(?:(?:du|de|des)\s+|d')?((?:les|le|la|l'|the|un|une|a|an)(?:\s|\b)|\d)?`)

// forgetRe is « oubliez belmondo », "forget about Depardieu": what follows
// is dropped from the request; a well-known name is that person, left out
// from now on (read as AvoidThemes: a person only when well known).
// « n'oublie jamais » is a title, no cue.
var forgetRe = regexp.MustCompile(`(?:^|[^'\pL])(?:oublie[rz]?|oublions|forget(?:\s+about)?|enough\s+of|assez\s+(?:de|d'))\s+`)

// notWithPeople reads the names after notWithRe (and notThoseWithRe, and
// withoutInItRe) into the message. It runs before the person cues, which
// would read « avec Clavier » as wanted.
func (p *parser) notWithPeople() {
	p.each(withoutInItRe, func(sub []string, idx []int) bool {
		name := p.f.origSpan(idx[2], idx[3])
		if lexiconName(name) || junk(sub[1]) {
			return false
		}
		p.m.AvoidPeople = append(p.m.AvoidPeople, name)
		return true
	})
	for _, re := range []*regexp.Regexp{notThoseWithRe, notWithRe} {
		p.notWithCue(re)
	}
	p.m.AvoidThemes = append(p.m.AvoidThemes, p.namesAfter(forgetRe)...)
}

// otherThanPeople reads the names after otherThanRe as left out. It runs
// before the person rules, which would read « pas ceux de Melville » as
// his films wanted.
func (p *parser) otherThanPeople() {
	p.each(otherThanRe, func(sub []string, idx []int) bool {
		if sub[1] != "" {
			return false // a title, read by the title rules
		}
		name := p.nameAfterCue(idx[0], idx[1])
		if name == "" {
			return false
		}
		p.m.AvoidThemes = append(p.m.AvoidThemes, name)
		return false
	})
}

// dislikedPeople reads « mon mari ne supporte pas Depardieu, donc sans lui
// »: the name is not wanted, and « sans lui » is no pronoun for the cast of
// a film. It runs before the pronouns. A subject (« ne supporte pas la
// violence, sans elle ») is kept only if the theme rules read it, as a
// well-known name alone is read as a person (AvoidThemes).
func (p *parser) dislikedPeople() {
	if !withoutThemRe.MatchString(string(p.work)) {
		return
	}
	if names := p.namesAfter(cannotStandRe); len(names) > 0 {
		p.m.AvoidThemes = append(p.m.AvoidThemes, names...)
		p.each(withoutThemRe, func([]string, []int) bool { return true })
	}
}

// notWithCue reads the name after each match of re as a person not wanted.
func (p *parser) notWithCue(re *regexp.Regexp) {
	p.m.AvoidPeople = append(p.m.AvoidPeople, p.namesAfter(re)...)
}

// namesAfter returns the name typed after each match of re, consuming the
// cue and the name; a lexicon word or junk after the cue is no name.
func (p *parser) namesAfter(re *regexp.Regexp) []string {
	var names []string
	p.each(re, func(_ []string, idx []int) bool {
		name := p.nameAfterCue(idx[0], idx[1])
		if name == "" {
			return false
		}
		names = append(names, name)
		return false
	})
	return names
}

// nameAfterCue returns the name typed after a cue spanning [start, end) of
// the message and consumes both, or "" when no name follows (a lexicon
// word or junk after the cue is no name).
func (p *parser) nameAfterCue(start, end int) string {
	from, stop := p.name(end, false)
	if stop == from {
		return ""
	}
	name := p.f.origSpan(from, stop)
	if lexiconName(name) || junk(fold(name).s) {
		return ""
	}
	p.consume(start, stop)
	return name
}

// avoidPersonOf returns the well-known person a name not wanted stands
// for, or nil: every word of the name in theirs (a typo aside) when the
// cue names a person, the exact words of a known name when it may name a
// subject (strict).
func (e *Engine) avoidPersonOf(ctx context.Context, name string, strict bool) (*data.Person, error) {
	per, err := e.resolvePerson(ctx, name)
	if errors.Is(err, data.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if strict && (!exactName(name, per) || e.cat.RoleCount(per.ID) < knownPerson) {
		return nil, nil
	}
	return per, nil
}

// mergeAvoidPeople records the people the plan does not want, and drops
// them from the people asked for.
func mergeAvoidPeople(s *session, p *plan) {
	c := &s.cons
	for _, per := range p.avoidPeople {
		s.avoidPeople = appendNew(s.avoidPeople, per.ID)
		c.People, c.Cast, c.Directors = remove(c.People, per.ID), remove(c.Cast, per.ID), remove(c.Directors, per.ID)
	}
	for _, per := range p.people {
		s.avoidPeople = remove(s.avoidPeople, per.ID) // asked for again
	}
}

// filmsCrediting returns the films crediting any of the people (IMDb ids),
// in any role.
func (e *Engine) filmsCrediting(ids []string) []string {
	var out []string
	for _, id := range ids {
		for _, r := range e.cat.Roles(id) {
			out = append(out, r.FilmID)
		}
	}
	return out
}
