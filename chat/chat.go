package chat

import (
	"context"
	"time"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

// Resolver finds films, people and themes named in free text.
// *search.Index satisfies it. Implementations must be safe for concurrent
// use.
type Resolver interface {
	ResolveFilm(ctx context.Context, q string, limit int) ([]search.FilmMatch, error)
	SearchPeople(ctx context.Context, q string, limit int) ([]search.PersonMatch, error)
	// MatchTheme reads a few words ("braquage", "time travel") as a plot
	// theme; ok is false when they name none.
	MatchTheme(ctx context.Context, q string) (search.Theme, bool, error)
	// FilmsOnTheme returns the films carrying a theme, best known first.
	FilmsOnTheme(ctx context.Context, t search.Theme, limit int) ([]search.FilmMatch, error)
}

// Recommender picks films. *recommend.Recommender satisfies it.
// Implementations must be safe for concurrent use.
type Recommender interface {
	Recommend(ctx context.Context, req recommend.Request) ([]recommend.Recommendation, error)
}

// Options bound the dialogue state and set the defaults of an Engine.
type Options struct {
	MaxSessions int           // most dialogues kept; the least recently used is dropped first (default 10000)
	IdleTimeout time.Duration // a dialogue idle this long is forgotten (default 30 minutes)
	Language    string        // "fr" (default) or "en": the language used until the customer's is known
	Count       int           // films per answer (default 5)
	Now         func() time.Time

	// Secret, when set, signs the dialogue token every reply carries
	// (Reply.Token, Engine.Resume): at least 32 bytes, the same on every
	// replica. TokenTTL is how long a token is honoured (default
	// IdleTimeout).
	Secret   []byte
	TokenTTL time.Duration
	// Sessions, when set, is the dialogue memory this engine shares with
	// the engines of other index generations (an index swap); nil: its own.
	Sessions *Sessions
}

// Sessions is the in-memory dialogue state that engines built on
// successive indexes share. It is safe for concurrent use.
type Sessions struct{ st *store }

// NewSessions returns a dialogue memory holding at most max dialogues
// (default 10000), each forgotten once idle for idle (default 30 minutes).
func NewSessions(max int, idle time.Duration) *Sessions {
	if max <= 0 {
		max = 10000
	}
	if idle <= 0 {
		idle = 30 * time.Minute
	}
	return &Sessions{st: newStore(max, idle, time.Now)}
}

// Reply kinds.
const (
	KindFilms  = "films"  // Films holds the recommended films
	KindChoose = "choose" // Choices holds the films to choose from, Text the question
	KindText   = "text"   // Text only (help, a question, an explanation)
)

// Reply is the engine's answer to one message.
type Reply struct {
	Lang    string   // "fr" or "en": the language of Text and of the cards' Reason
	Kind    string   // KindFilms, KindChoose or KindText
	Text    string   // always set
	Films   []Card   // for KindFilms; for "pourquoi le 2", the film explained
	Choices []Choice // for KindChoose
	State   *State   // the liked films and filters the engine now works from; set by Handle and Remove
	// Token is the signed dialogue state after this reply, for the client
	// to send back to Resume after a reconnection; "" without
	// Options.Secret.
	Token string
	// Unresolved: the message was not understood, or named a film or a
	// person the catalogue lacks (for the staff's list of what to improve).
	Unresolved bool
}

// Card is one recommended film.
type Card struct {
	Rank    int // 1-based position in the current list: what "pourquoi le 2" refers to
	Film    *data.Film
	Reason  string // the strongest reason, in Reply.Lang
	Reasons []recommend.Reason
}

// Choice is one film the customer may pick when a title is ambiguous or
// unknown.
type Choice struct {
	Index int // 1-based: the customer answers "2" or "le 2"
	Film  *data.Film
	Label string // "Dune (1984) — David Lynch"
}

// Engine runs the dialogues of all customers. It is safe for concurrent use;
// the turns of one session are handled one at a time.
type Engine struct {
	cat   *data.Catalogue
	res   Resolver
	rec   Recommender
	o     Options
	store *store

	prog Programme // the cinema's showtimes; nil: none (SetProgramme)

	audienceCache // films an audience never gets, by keyword (audience.go)
	versionCache  // the other versions of each film (versions13.go)
}

// New returns an Engine answering from cat, finding titles and people with
// res and films with rec. Zero Options fields take their defaults.
func New(cat *data.Catalogue, res Resolver, rec Recommender, o Options) *Engine {
	if o.MaxSessions <= 0 {
		o.MaxSessions = 10000
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = 30 * time.Minute
	}
	if o.Language != "en" {
		o.Language = "fr"
	}
	if o.Count <= 0 {
		o.Count = 5
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.TokenTTL <= 0 {
		o.TokenTTL = o.IdleTimeout
	}
	st := newStore(o.MaxSessions, o.IdleTimeout, o.Now)
	if o.Sessions != nil {
		st = o.Sessions.st
	}
	go langModelOf(cat) // built meanwhile; the first turn waits for it if need be
	e := &Engine{cat: cat, res: res, rec: rec, o: o, store: st}
	go e.otherVersions(nil) // versions13.go: the same, so no chat turn pays for the map
	return e
}

// lockSession returns the session, created when new or expired, locked
// for one turn and with its language set; the caller unlocks it. It fails,
// unlocked, when ctx has ended.
func (e *Engine) lockSession(ctx context.Context, id string) (*session, error) {
	return e.lockSessionIn(ctx, id, "")
}

// lockSessionIn is lockSession for a customer on a page in lang: a new
// dialogue starts in the page's language ("fr" or "en"; else
// Options.Language).
func (e *Engine) lockSessionIn(ctx context.Context, id, lang string) (*session, error) {
	s := e.store.get(id)
	s.mu.Lock()
	s.page = ""
	if lang == "fr" || lang == "en" {
		s.page = lang
	}
	if s.lang == "" {
		s.lang = e.o.Language
		if lang == "fr" || lang == "en" {
			s.lang = lang
		}
	}
	if err := ctx.Err(); err != nil {
		s.mu.Unlock()
		return nil, err
	}
	if err := e.rebind(ctx, s); err != nil {
		s.mu.Unlock()
		return nil, err
	}
	return s, nil
}

// Handle answers one message of a session, creating the session when it is
// new or has expired. Misunderstandings, unknown titles and empty messages
// get a friendly Reply; an error means the Resolver or the Recommender
// failed, or ctx ended.
func (e *Engine) Handle(ctx context.Context, sessionID, text string) (Reply, error) {
	return e.HandleIn(ctx, sessionID, "", text)
}

// HandleIn answers like Handle a message typed on a page in lang ("fr" or
// "en", the page's or the browser's language; "" or anything else:
// Options.Language). The page's language is the dialogue's until a message
// of the customer's says otherwise: a bare name ("Omar Sy") or a title the
// same in both languages ("Parasite") is answered in it.
func (e *Engine) HandleIn(ctx context.Context, sessionID, lang, text string) (Reply, error) {
	s, err := e.lockSessionIn(ctx, sessionID, lang)
	if err != nil {
		return Reply{}, err
	}
	defer s.mu.Unlock()
	r, handled, err := e.programmeTurn(ctx, s, text)
	if !handled {
		r, err = e.turn(ctx, s, text)
	}
	if err != nil {
		return r, err
	}
	return e.withState(s, r), nil
}

// Reset forgets a session. The next message starts a new dialogue.
func (e *Engine) Reset(sessionID string) { e.store.remove(sessionID) }

// Sweep forgets every session idle for longer than Options.IdleTimeout and
// returns how many it dropped. Expired sessions are also dropped lazily;
// Sweep only bounds the memory they hold until then.
func (e *Engine) Sweep() int { return e.store.sweep() }

// Sessions returns how many sessions are held in memory.
func (e *Engine) Sessions() int { return e.store.len() }
