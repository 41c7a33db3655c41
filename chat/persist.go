package chat

import (
	"context"
	"fmt"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

// A session's state leaves the process as a snapshot: the same fields with
// every film and person replaced by its IMDb id, and a theme by its
// keywords. Restoring it looks the ids up in the engine's own catalogue, so
// a snapshot taken on one replica or before an index swap is answered from
// whatever index the restoring engine serves (a film gone from it is
// dropped). persist_test.go fills every field of session (and of the types
// it holds) by reflection and fails when one does not survive the round
// trip: a new field of the dialogue state must be added here.

// snapshotVersion is the version of the snapshot's JSON form; restoring
// refuses any other.
const snapshotVersion = 1

// saved is the snapshot of a session.
type saved struct {
	V        int                   `json:"v"`
	ID       string                `json:"id"`
	Lang     string                `json:"lang,omitempty"`
	Liked    []string              `json:"liked,omitempty"`
	Excluded []string              `json:"excluded,omitempty"`
	Shown    []string              `json:"shown,omitempty"`
	Cons     recommend.Constraints `json:"cons"`
	Theme    *themeSnap            `json:"theme,omitempty"`
	Avoid    *themeSnap            `json:"avoid_theme,omitempty"` // "pas de super-héros"
	Last     []cardSnap            `json:"last,omitempty"`
	Focus    int                   `json:"focus,omitempty"`
	Pending  *pendingSnap          `json:"pending,omitempty"`
	// Audience is who watches (« pour ados »: a key of audiences);
	// AvoidPeople the people not wanted (IMDb ids).
	Audience    string   `json:"audience,omitempty"`
	AvoidPeople []string `json:"avoid_people,omitempty"`
	VagueEra    bool     `json:"vague_era,omitempty"`
	// LastAct is the act « le 3 aussi » repeats: "reject", "why" or
	// "like-shown" (followturn.go).
	LastAct string `json:"last_act,omitempty"`
	// Described are the people the last request named only to say which
	// film was liked (IMDb ids): « d'autres avec lui » means them.
	Described []string `json:"described,omitempty"`
}

// themeSnap keeps a theme's keywords rather than its hundreds of films: the
// films are asked for again from the restoring engine's index.
type themeSnap struct {
	FR       string     `json:"fr,omitempty"`
	EN       string     `json:"en,omitempty"`
	Keywords []string   `json:"kw"`
	And      *themeSnap `json:"and,omitempty"` // the second theme of a joined one
}

type cardSnap struct {
	Rank    int                `json:"rank"`
	Film    string             `json:"film"`
	Reason  string             `json:"reason,omitempty"`
	Reasons []recommend.Reason `json:"reasons,omitempty"`
}

type choiceSnap struct {
	Index int    `json:"i"`
	Film  string `json:"film"`
	Label string `json:"label"`
}

type pendingSnap struct {
	Kind    outcome      `json:"kind"`
	Mention string       `json:"mention"`
	Choices []choiceSnap `json:"choices"`
	Plan    *planSnap    `json:"plan,omitempty"`
}

type planSnap struct {
	M        message       `json:"m"`
	People   []string      `json:"people,omitempty"`
	Films    []string      `json:"films,omitempty"`
	Like     string        `json:"like,omitempty"`
	Theme    *themeSnap    `json:"theme,omitempty"`
	NoTheme  *themeSnap    `json:"no_theme,omitempty"` // the theme not wanted
	Avoid    []string      `json:"avoid,omitempty"`
	Todo     []mentionSnap `json:"todo,omitempty"`
	NotFound []string      `json:"not_found,omitempty"`
	// Roles is each person's role as the message gave it (cast, director,
	// or any credit); AddsPeople: the message added its people to the
	// earlier ones.
	Roles      map[string]string `json:"roles,omitempty"`
	AddsPeople bool              `json:"adds_people,omitempty"`
	// Typed is each person's name as the message typed it.
	Typed map[string]string `json:"typed,omitempty"`
	// AvoidPeople are the people the message does not want (IMDb ids).
	AvoidPeople []string `json:"avoid_people,omitempty"`
	// SubjectTheme: Theme was read from subjects typed where a title
	// could be, not asked for with a cue.
	SubjectTheme bool `json:"subject_theme,omitempty"`
}

type mentionSnap struct {
	Text    string      `json:"text"`
	Matches []matchSnap `json:"matches,omitempty"`
	Decided bool        `json:"decided,omitempty"`
	Theme   *themeSnap  `json:"theme,omitempty"`
	Person  string      `json:"person,omitempty"` // the span names this person (IMDb id)
	Not     bool        `json:"not,omitempty"`
	Subject bool        `json:"subject,omitempty"` // Theme is a subject typed where a title could be
}

type matchSnap struct {
	Film       string  `json:"film"`
	Score      float64 `json:"score"`
	Confidence float64 `json:"conf"`
}

// snapshotOf captures s; s is locked.
func snapshotOf(s *session) *saved {
	sn := &saved{
		V: snapshotVersion, ID: s.id, Lang: s.lang,
		Liked: s.liked, Excluded: s.excluded, Shown: s.shown,
		Cons: s.cons, Theme: themeSnapOf(s.theme), Avoid: themeSnapOf(s.avoidTheme), Focus: s.focus,
		Audience: s.audience, AvoidPeople: s.avoidPeople,
		VagueEra: s.vagueEra, LastAct: lastActName(s.lastAct), Described: s.described,
	}
	for _, c := range s.last {
		sn.Last = append(sn.Last, cardSnap{Rank: c.Rank, Film: filmID(c.Film), Reason: c.Reason, Reasons: c.Reasons})
	}
	if p := s.pending; p != nil {
		ps := &pendingSnap{Kind: p.kind, Mention: p.mention}
		for _, c := range p.choices {
			ps.Choices = append(ps.Choices, choiceSnap{Index: c.Index, Film: filmID(c.Film), Label: c.Label})
		}
		if pl := p.plan; pl != nil {
			ps.Plan = &planSnap{M: pl.m, Like: filmID(pl.like), Theme: themeSnapOf(pl.theme), NoTheme: themeSnapOf(pl.avoidTheme), NotFound: pl.notFound,
				Films: filmIDs(pl.films), Avoid: filmIDs(pl.avoid), Roles: pl.roles, AddsPeople: pl.addsPeople, Typed: pl.typed, SubjectTheme: pl.subjectTheme}
			for _, p := range pl.avoidPeople {
				ps.Plan.AvoidPeople = append(ps.Plan.AvoidPeople, p.ID)
			}
			for _, p := range pl.people {
				ps.Plan.People = append(ps.Plan.People, p.ID)
			}
			for _, m := range pl.todo {
				ms := mentionSnap{Text: m.Text, Decided: m.Decided, Theme: themeSnapOf(m.Theme), Not: m.Not, Subject: m.Subject}
				if m.Person != nil {
					ms.Person = m.Person.ID
				}
				for _, x := range m.Matches {
					ms.Matches = append(ms.Matches, matchSnap{Film: filmID(x.Film), Score: x.Score, Confidence: x.Confidence})
				}
				ps.Plan.Todo = append(ps.Plan.Todo, ms)
			}
		}
		sn.Pending = ps
	}
	return sn
}

func filmID(f *data.Film) string {
	if f == nil {
		return ""
	}
	return f.ID
}

func filmIDs(fs []*data.Film) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

func themeSnapOf(t *theme) *themeSnap {
	if t == nil {
		return nil
	}
	return &themeSnap{FR: t.labelFR, EN: t.labelEN, Keywords: t.keywords, And: themeSnapOf(t.and)}
}

// restore replaces the state of s (locked) with sn's, resolved against
// e's catalogue and index. Films the catalogue no longer has are dropped;
// a theme whose films cannot be found again is dropped.
func (e *Engine) restore(ctx context.Context, s *session, sn *saved) error {
	if sn.V != snapshotVersion {
		return fmt.Errorf("chat: restore: snapshot version %d, this build reads %d", sn.V, snapshotVersion)
	}
	th, err := e.themeFrom(ctx, sn.Theme)
	if err != nil {
		return err
	}
	avoid, err := e.themeFrom(ctx, sn.Avoid)
	if err != nil {
		return err
	}
	ns := session{id: s.id, lang: sn.Lang, liked: sn.Liked, excluded: sn.Excluded, shown: sn.Shown,
		cons: sn.Cons, theme: th, avoidTheme: avoid, focus: sn.Focus,
		// Like the people of Cons: an audience this build does not know,
		// or a person the index no longer has, is kept and has no effect.
		audience: sn.Audience, avoidPeople: sn.AvoidPeople, vagueEra: sn.VagueEra, lastAct: actNamed(sn.LastAct),
		described: sn.Described}
	for _, c := range sn.Last {
		if f := e.filmOrNil(c.Film); f != nil {
			ns.last = append(ns.last, Card{Rank: c.Rank, Film: f, Reason: c.Reason, Reasons: c.Reasons})
		}
	}
	if ps := sn.Pending; ps != nil {
		p := &pending{kind: ps.Kind, mention: ps.Mention}
		for _, c := range ps.Choices {
			if f := e.filmOrNil(c.Film); f != nil {
				p.choices = append(p.choices, Choice{Index: c.Index, Film: f, Label: c.Label})
			}
		}
		if pl := ps.Plan; pl != nil {
			p.plan = &plan{m: pl.M, like: e.filmOrNil(pl.Like), films: e.filmsOf(pl.Films), avoid: e.filmsOf(pl.Avoid), notFound: pl.NotFound,
				roles: pl.Roles, addsPeople: pl.AddsPeople, typed: pl.Typed, subjectTheme: pl.SubjectTheme}
			if p.plan.theme, err = e.themeFrom(ctx, pl.Theme); err != nil {
				return err
			}
			if p.plan.avoidTheme, err = e.themeFrom(ctx, pl.NoTheme); err != nil {
				return err
			}
			for _, id := range pl.AvoidPeople {
				if pp, err := e.cat.Person(id); err == nil {
					p.plan.avoidPeople = append(p.plan.avoidPeople, pp)
				}
			}
			for _, id := range pl.People {
				if pp, err := e.cat.Person(id); err == nil {
					p.plan.people = append(p.plan.people, pp)
				}
			}
			for _, m := range pl.Todo {
				mt := mention{Text: m.Text, Decided: m.Decided, Not: m.Not, Subject: m.Subject}
				if m.Person != "" {
					if pp, err := e.cat.Person(m.Person); err == nil {
						mt.Person = pp
					}
				}
				if mt.Theme, err = e.themeFrom(ctx, m.Theme); err != nil {
					return err
				}
				for _, x := range m.Matches {
					if f := e.filmOrNil(x.Film); f != nil {
						mt.Matches = append(mt.Matches, search.FilmMatch{Film: f, Score: x.Score, Confidence: x.Confidence})
					}
				}
				p.plan.todo = append(p.plan.todo, mt)
			}
		}
		if len(p.choices) > 0 {
			ns.pending = p
		}
	}
	if ns.lang == "" {
		ns.lang = e.o.Language
	}
	s.lang, s.liked, s.excluded, s.shown, s.cons = ns.lang, ns.liked, ns.excluded, ns.shown, ns.cons
	s.theme, s.avoidTheme, s.last, s.focus, s.pending = ns.theme, ns.avoidTheme, ns.last, ns.focus, ns.pending
	s.audience, s.avoidPeople = ns.audience, ns.avoidPeople
	s.vagueEra = ns.vagueEra
	s.lastAct = ns.lastAct
	s.described = ns.described
	s.cat = e.cat
	return nil
}

func (e *Engine) filmOrNil(id string) *data.Film {
	if id == "" {
		return nil
	}
	f, err := e.cat.Film(id)
	if err != nil {
		return nil
	}
	return f
}

func (e *Engine) filmsOf(ids []string) []*data.Film {
	var out []*data.Film
	for _, id := range ids {
		if f := e.filmOrNil(id); f != nil {
			out = append(out, f)
		}
	}
	return out
}

// themeFrom asks the index for the films of a saved theme again.
func (e *Engine) themeFrom(ctx context.Context, t *themeSnap) (*theme, error) {
	if t == nil || len(t.Keywords) == 0 {
		return nil, nil
	}
	ms, err := e.res.FilmsOnTheme(ctx, search.Theme{LabelFR: t.FR, LabelEN: t.EN, Keywords: t.Keywords, Score: 1}, themeFilms)
	if err != nil {
		return nil, fmt.Errorf("chat: restore theme %q: %w", t.EN, err)
	}
	if len(ms) == 0 {
		return nil, nil
	}
	out := &theme{labelFR: t.FR, labelEN: t.EN, keywords: t.Keywords, films: make([]string, len(ms))}
	for i, m := range ms {
		out.films[i] = m.Film.ID
	}
	if t.And != nil {
		and, err := e.themeFrom(ctx, t.And)
		if err != nil {
			return nil, err
		}
		if and != nil {
			out = joinThemes(out, and)
			out.labelFR, out.labelEN = t.FR, t.EN // the joined label was saved
		}
	}
	return out, nil
}

// rebind makes a session built by another engine (before an index swap)
// point into this engine's catalogue; s is locked.
func (e *Engine) rebind(ctx context.Context, s *session) error {
	if s.cat == e.cat || s.cat == nil {
		s.cat = e.cat
		return nil
	}
	return e.restore(ctx, s, snapshotOf(s))
}
