package chat

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/bobine/bobine/recommend"
)

// Showtime is one showing of a film on the cinema's programme.
type Showtime struct {
	FilmID string    // IMDb id of a catalogue film
	Start  time.Time // in the cinema's time zone
	Label  string    // "sam. 12 déc. 20:30 · VOST · Salle 1", in the language asked for
}

// Programme is what the chat needs of the cinema's programme. It must be
// safe for concurrent use; the programme may change between calls.
type Programme interface {
	// Showtimes returns the showings starting in [from, to), by start.
	Showtimes(from, to time.Time, lang string) []Showtime
}

// SetProgramme gives the engine the cinema's programme (nil: none). Call it
// before the first Handle.
func (e *Engine) SetProgramme(p Programme) { e.prog = p }

// Cues that a customer asks about the programme (on folded text). Words
// that merely mention the cinema ("j'ai vu au cinéma...") are not cues.
var (
	programmeCue = regexp.MustCompile(`\b(?:a l'? ?affiche|au programme|qu'? ?est[- ]ce qu(?:i (?:se )?(?:passe|joue)|'? ?il y a (?:a voir|au cinema))|qu'? ?y a[- ]t[- ]il (?:a voir|au cinema)|quels? films? (?:passent|passe|jouent|sont (?:a l'? ?affiche|projetes))|what'? ?s (?:on|showing|playing)|now (?:showing|playing)|(?:showing|playing) (?:at the cinema|tonight|today|tomorrow|this week(?:end)?))\b`)
	cueTonight   = regexp.MustCompile(`\b(?:ce soir|tonight)\b`)
	cueToday     = regexp.MustCompile(`\b(?:aujourd'? ?hui|today)\b`)
	cueTomorrow  = regexp.MustCompile(`\b(?:demain|tomorrow)\b`)
	cueWeekend   = regexp.MustCompile(`\b(?:ce week-? ?end|this weekend)\b`)
	cueWeek      = regexp.MustCompile(`\b(?:cette semaine|this week|en ce moment|right now|actuellement|currently)\b`)
	cueFiller    = regexp.MustCompile(`[?!.,;:]|\b(?:au cinema|at the cinema|il y a|des films?|quoi|what|y a-t-il)\b`)
)

// window is the period a programme question is about.
type window struct {
	from, to time.Time
	fr, en   string // "ce soir", "tonight"
}

func programmeWindow(text string, now time.Time) window {
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	switch {
	case cueTonight.MatchString(text):
		return window{now, day.Add(28 * time.Hour), "ce soir", "tonight"} // late shows run past midnight
	case cueToday.MatchString(text):
		return window{now, day.Add(28 * time.Hour), "aujourd'hui", "today"}
	case cueTomorrow.MatchString(text):
		return window{day.AddDate(0, 0, 1), day.AddDate(0, 0, 2), "demain", "tomorrow"}
	case cueWeekend.MatchString(text):
		sat := day.AddDate(0, 0, (int(time.Saturday)-int(day.Weekday())+7)%7)
		if day.Weekday() == time.Sunday {
			sat = day.AddDate(0, 0, -1)
		}
		return window{maxTime(now, sat), sat.AddDate(0, 0, 2), "ce week-end", "this weekend"}
	}
	return window{now, day.AddDate(0, 0, 8), "cette semaine", "this week"}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// programmeTurn answers a question about the programme: « qu'est-ce qui
// passe ce soir ? » lists the films showing then (or, once the customer has
// named films they liked, the closest of them); « à l'affiche comme
// Amélie » recommends among the films showing. handled is false when the
// message is not about the programme. s is locked.
func (e *Engine) programmeTurn(ctx context.Context, s *session, text string) (r Reply, handled bool, err error) {
	f := fold(text).s
	if !programmeCue.MatchString(f) {
		return Reply{}, false, nil
	}
	if l := e.detectLang(text); l != "" {
		s.lang = l
	}
	rest := strings.TrimSpace(cueFiller.ReplaceAllString(programmeCue.ReplaceAllString(
		cueWeek.ReplaceAllString(cueWeekend.ReplaceAllString(cueTomorrow.ReplaceAllString(
			cueToday.ReplaceAllString(cueTonight.ReplaceAllString(f, " "), " "), " "), " "), " "), " "), " "))
	m := parse(rest, parseOptions{})
	if e.prog == nil {
		if m.hasRequest() {
			return Reply{}, false, nil // no programme: an ordinary request
		}
		return e.say2(s, "Je n'ai pas le programme du cinéma. Dites-moi plutôt un film que vous avez aimé et je vous en proposerai d'autres.",
			"I do not have the cinema's programme. Tell me a film you liked instead and I will suggest others."), true, nil
	}
	w := programmeWindow(f, e.o.Now())
	shows := e.prog.Showtimes(w.from, w.to, s.lang)
	var ids []string
	for _, sh := range shows {
		ids = appendNew(ids, sh.FilmID)
	}
	if len(ids) == 0 {
		return e.say2(s, "Je ne vois aucune séance "+w.fr+" au programme.", "I see no showing "+w.en+" on the programme."), true, nil
	}
	if m.hasRequest() || len(s.liked) > 0 {
		// Recommend among the films showing, from this message (« comme
		// Amélie ») or from the films the customer already named.
		prev := s.cons.Among
		s.cons.Among = ids
		defer func() { s.cons.Among = prev }()
		if m.hasRequest() {
			r, err := e.turn(ctx, s, rest)
			if err == nil && r.Kind == KindFilms {
				r.Text = e.pick(s, "À l'affiche "+w.fr+" : ", "Showing "+w.en+": ") + r.Text
			}
			return r, true, err
		}
		recs, err := e.recommend(ctx, s, s.excluded, e.o.Count)
		if err != nil {
			return Reply{}, true, err
		}
		if len(recs) > 0 {
			s.last = e.cards(recs, s.lang)
			s.focus = 0
			e.remember(s)
			return Reply{Lang: s.lang, Kind: KindFilms, Films: s.last,
				Text: e.pick(s, "À l'affiche "+w.fr+", les plus proches des films que vous aimez :", "Showing "+w.en+", closest to the films you like:")}, true, nil
		}
	}
	// The films showing, by their first showtime.
	times := map[string][]string{}
	for _, sh := range shows {
		if len(times[sh.FilmID]) < 3 {
			times[sh.FilmID] = append(times[sh.FilmID], sh.Label)
		}
	}
	var cards []Card
	for _, id := range ids {
		film, err := e.cat.Film(id)
		if err != nil || len(cards) == maxProgrammeCards {
			continue
		}
		when := strings.Join(times[id], ", ")
		reason := recommend.Reason{Kind: "programme", FR: "Séances : " + when, EN: "Showtimes: " + when}
		cards = append(cards, Card{Rank: len(cards) + 1, Film: film, Reason: e.pick(s, reason.FR, reason.EN), Reasons: []recommend.Reason{reason}})
	}
	s.last = cards
	s.focus = 0
	e.remember(s)
	return Reply{Lang: s.lang, Kind: KindFilms, Films: cards,
		Text: e.pick(s, capitalize(w.fr)+" au cinéma :", capitalize(w.en)+" at the cinema:")}, true, nil
}

// maxProgrammeCards bounds the films listed for a programme question.
const maxProgrammeCards = 10

func (e *Engine) pick(s *session, fr, en string) string {
	if s.lang == "en" {
		return en
	}
	return fr
}

func (e *Engine) say2(s *session, fr, en string) Reply {
	return Reply{Lang: s.lang, Kind: KindText, Text: e.pick(s, fr, en)}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
