package chat

import (
	"container/list"
	"sync"
	"time"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
)

// maxShown bounds the films remembered as shown in one session.
const maxShown = 500

// session is the state of one dialogue. mu serialises its turns.
type session struct {
	mu sync.Mutex

	id       string
	lastSeen time.Time       // guarded by the store's mutex
	cat      *data.Catalogue // the catalogue its films point into (Engine.rebind); nil: none yet

	lang     string
	page     string   // the language of the page typed on ("fr", "en"; "": unknown), for this turn
	liked    []string // tconsts, in the order the customer gave them
	excluded []string // "pas celui-là"
	shown    []string // every film shown in the session
	cons     recommend.Constraints
	theme    *theme // "un film de braquage": only films on it
	// avoidTheme: "pas de super-héros": none of its films.
	avoidTheme *theme
	// audience: who watches, beyond « en famille » (a key of audiences);
	// avoidPeople: people not wanted (IMDb ids), « sans Clavier ».
	audience    string
	avoidPeople []string
	last        []Card   // the current list: "le 2" is last[1]
	focus       int      // rank the dialogue last talked about ("pourquoi le 2"), 0 if none
	pending     *pending // a question waiting for its answer
	// vagueEra: the era's lower bound came from a vague word (« récent »),
	// which may reach further back when no film meets it.
	vagueEra bool
	// lastAct is the act of the last turn on the cards (set aside, explain,
	// like), which « le 3 aussi » repeats (followturn.go); not persisted.
	lastAct act
	// described: the people the last request named only to say which film
	// was liked (« oss 117 avec dujardin », titlenames.go), whom « d'autres
	// avec lui » then means.
	described []string
}

// reset forgets the dialogue, keeping the language.
func (s *session) reset() {
	lang := s.lang
	s.liked, s.excluded, s.shown, s.last, s.focus, s.pending = nil, nil, nil, nil, 0, nil
	s.cons = recommend.Constraints{}
	s.theme, s.avoidTheme = nil, nil
	s.audience, s.avoidPeople = "", nil
	s.vagueEra = false
	s.lastAct = actNone
	s.described = nil
	s.lang = lang
}

// store holds the sessions: a map for lookup and a list in least recently
// used order for eviction and expiry.
type store struct {
	mu   sync.Mutex
	max  int
	idle time.Duration
	now  func() time.Time
	m    map[string]*list.Element // value *session
	lru  *list.List               // front: most recently used
}

func newStore(max int, idle time.Duration, now func() time.Time) *store {
	return &store{max: max, idle: idle, now: now, m: map[string]*list.Element{}, lru: list.New()}
}

// get returns the session with the given id, creating it when absent or
// expired, and marks it used. It drops expired sessions it meets at the
// old end of the list, and the least recently used one when full.
func (st *store) get(id string) *session {
	st.mu.Lock()
	defer st.mu.Unlock()
	now := st.now()
	st.expire(now, 2)
	if el, ok := st.m[id]; ok {
		s := el.Value.(*session)
		if now.Sub(s.lastSeen) <= st.idle {
			s.lastSeen = now
			st.lru.MoveToFront(el)
			return s
		}
		st.lru.Remove(el)
		delete(st.m, id)
	}
	for st.lru.Len() >= st.max {
		old := st.lru.Back()
		st.lru.Remove(old)
		delete(st.m, old.Value.(*session).id)
	}
	s := &session{id: id, lastSeen: now}
	st.m[id] = st.lru.PushFront(s)
	return s
}

// expire drops up to n expired sessions from the old end (n < 0: all).
// The list is in lastSeen order, so it stops at the first live one.
func (st *store) expire(now time.Time, n int) int {
	dropped := 0
	for n < 0 || dropped < n {
		el := st.lru.Back()
		if el == nil || now.Sub(el.Value.(*session).lastSeen) <= st.idle {
			break
		}
		st.lru.Remove(el)
		delete(st.m, el.Value.(*session).id)
		dropped++
	}
	return dropped
}

func (st *store) sweep() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.expire(st.now(), -1)
}

func (st *store) remove(id string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if el, ok := st.m[id]; ok {
		st.lru.Remove(el)
		delete(st.m, id)
	}
}

func (st *store) len() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.lru.Len()
}
