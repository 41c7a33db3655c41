package chatload

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/coder/websocket"
)

// Options says what load to drive. URL is the websocket URL
// (ws://host:port/ws).
type Options struct {
	URL       string
	Dialogues int           // dialogues run at once (default 10)
	Turns     int           // messages per dialogue (default 12)
	Pause     time.Duration // between two messages of a dialogue (default 300ms)
	// Titles are the films the dialogues say they liked, one more every
	// other turn; they should resolve without a question.
	Titles []string
	// UpstreamHeader names a response header of the websocket handshake
	// that says which replica answered (set by the proxy); "" ignores it.
	UpstreamHeader string
	Log            func(format string, args ...any) // progress; nil: silent
}

// Report counts what happened. OK tells whether no customer would have
// noticed anything.
type Report struct {
	Dialogues     int
	Turns         int // messages sent, resends not counted
	Answered      int // of which answered
	Reconnects    int // connections re-opened after a cut
	Resent        int // messages sent again after a cut
	Resumed       int // resumes accepted
	SessionsLost  int // resumes refused: the dialogue started afresh
	Forgot        int // replies whose liked films were fewer than before
	Moved         int // dialogues answered by more than one replica
	Completed     int // dialogues that got every answer and kept their films
	Errors        []string
	FinalLikedMin int // fewest liked films at the end of a dialogue
}

// OK reports whether every turn was answered and every dialogue kept.
func (r Report) OK() bool {
	return r.Answered == r.Turns && r.SessionsLost == 0 && r.Forgot == 0 && r.Completed == r.Dialogues && len(r.Errors) == 0
}

func (o *Options) defaults() {
	if o.Dialogues <= 0 {
		o.Dialogues = 10
	}
	if o.Turns <= 0 {
		o.Turns = 12
	}
	if o.Pause <= 0 {
		o.Pause = 300 * time.Millisecond
	}
	if len(o.Titles) == 0 {
		o.Titles = []string{"Heat", "Le Fabuleux Destin d'Amélie Poulain", "Pulp Fiction", "Les Évadés", "Intouchables",
			"Titanic", "Inception", "La Haine", "Forrest Gump", "Le Dîner de cons", "Fight Club", "Matrix"}
	}
	if o.Log == nil {
		o.Log = func(string, ...any) {}
	}
}

// Run drives the dialogues until they end or ctx does.
func Run(ctx context.Context, o Options) Report {
	o.defaults()
	var (
		mu  sync.Mutex
		rep = Report{Dialogues: o.Dialogues, FinalLikedMin: -1}
		wg  sync.WaitGroup
	)
	for i := 0; i < o.Dialogues; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := &dialogue{o: &o, n: i, session: newSession(), upstreams: map[string]bool{}}
			err := d.run(ctx)
			mu.Lock()
			defer mu.Unlock()
			rep.Turns += d.turns
			rep.Answered += d.answered
			rep.Reconnects += d.reconnects
			rep.Resent += d.resent
			rep.Resumed += d.resumed
			rep.SessionsLost += d.lost
			rep.Forgot += d.forgot
			if len(d.upstreams) > 1 {
				rep.Moved++
			}
			if err != nil {
				rep.Errors = append(rep.Errors, fmt.Sprintf("dialogue %d: %v", i, err))
			} else if d.forgot == 0 && d.lost == 0 && d.answered == d.turns {
				rep.Completed++
			}
			if rep.FinalLikedMin < 0 || d.liked < rep.FinalLikedMin {
				rep.FinalLikedMin = d.liked
			}
		}()
	}
	wg.Wait()
	return rep
}

type dialogue struct {
	o         *Options
	n         int
	session   string
	c         *websocket.Conn
	token     string
	upstreams map[string]bool

	turns, answered, reconnects, resent, resumed, lost, forgot int
	liked                                                      int
}

type reply struct {
	Type  string `json:"type"`
	Kind  string `json:"kind"`
	Code  string `json:"code"`
	Text  string `json:"text"`
	Msg   string `json:"message"`
	Token string `json:"token"`
	State struct {
		Liked []struct {
			Key string `json:"key"`
		} `json:"liked"`
	} `json:"state"`
}

func (d *dialogue) run(ctx context.Context) error {
	defer func() {
		if d.c != nil {
			d.c.CloseNow()
		}
	}()
	if err := d.connect(ctx, false); err != nil {
		return err
	}
	next := 0
	for t := 0; t < d.o.Turns; t++ {
		if t > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(d.o.Pause):
			}
		}
		text := "encore"
		if t == 0 {
			text = "j'ai aimé " + d.o.Titles[(d.n+next)%len(d.o.Titles)]
			next++
		} else if t%2 == 0 {
			text = "j'ai aussi aimé " + d.o.Titles[(d.n+next)%len(d.o.Titles)]
			next++
		}
		d.turns++
		r, err := d.turn(ctx, text)
		if err != nil {
			return fmt.Errorf("turn %d %q: %w", t+1, text, err)
		}
		d.answered++
		if r.Type != "reply" {
			return fmt.Errorf("turn %d %q: %s %s", t+1, text, r.Code, r.Msg)
		}
		if n := len(r.State.Liked); n < d.liked {
			d.forgot++
			d.o.Log("dialogue %d turn %d: %d liked films, %d before", d.n, t+1, n, d.liked)
		} else {
			d.liked = n
		}
		if r.Token != "" {
			d.token = r.Token
		}
	}
	return nil
}

// turn sends text and waits for its answer; a cut connection is re-opened,
// the dialogue resumed and text sent once more.
func (d *dialogue) turn(ctx context.Context, text string) (reply, error) {
	msg, _ := json.Marshal(map[string]string{"type": "message", "text": text})
	for attempt := 0; ; attempt++ {
		r, err := d.exchange(ctx, msg)
		if err == nil {
			return r, nil
		}
		if ctx.Err() != nil || attempt == 1 {
			return reply{}, err
		}
		d.o.Log("dialogue %d: connection cut (%v); reconnecting", d.n, err)
		if err := d.connect(ctx, true); err != nil {
			return reply{}, err
		}
		d.resent++
	}
}

func (d *dialogue) exchange(ctx context.Context, msg []byte) (reply, error) {
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := d.c.Write(tctx, websocket.MessageText, msg); err != nil {
		return reply{}, err
	}
	_, b, err := d.c.Read(tctx)
	if err != nil {
		return reply{}, err
	}
	var r reply
	if err := json.Unmarshal(b, &r); err != nil {
		return reply{}, fmt.Errorf("server sent %q: %w", b, err)
	}
	return r, nil
}

// connect opens the websocket, retrying while no replica answers, and
// resumes the dialogue with the last token.
func (d *dialogue) connect(ctx context.Context, again bool) error {
	if d.c != nil {
		d.c.CloseNow()
		d.c = nil
	}
	var last error
	for i := 0; i < 40; i++ {
		if i > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(250 * time.Millisecond):
			}
		}
		dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		c, resp, err := websocket.Dial(dctx, d.o.URL+"?lang=fr&session="+d.session, nil)
		cancel()
		if err != nil {
			last = err
			continue
		}
		c.SetReadLimit(1 << 20)
		d.c = c
		if d.o.UpstreamHeader != "" && resp != nil {
			d.upstreams[resp.Header.Get(d.o.UpstreamHeader)] = true
		}
		if again {
			d.reconnects++
		}
		if d.token == "" {
			return nil
		}
		msg, _ := json.Marshal(map[string]string{"type": "resume", "token": d.token})
		r, err := d.exchange(ctx, msg)
		if err != nil {
			last = err
			continue
		}
		switch {
		case r.Type == "resumed":
			d.resumed++
		case r.Type == "error" && r.Code == "session_lost":
			d.lost++
			d.o.Log("dialogue %d: resume refused: %s", d.n, r.Msg)
		default:
			return fmt.Errorf("resume answered %s %s", r.Type, r.Code)
		}
		return nil
	}
	return errors.Join(errors.New("no replica answers"), last)
}

func newSession() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return "load-" + hex.EncodeToString(b[:])
}
