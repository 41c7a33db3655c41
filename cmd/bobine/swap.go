package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/web"
)

// sessionSecret returns the key that signs dialogue tokens: the first line
// of chat.session_secret_file, else chat.session_secret, else a random key
// for this process alone (a warning says what is lost).
func sessionSecret(e *env) ([]byte, error) {
	c := e.cfg.Chat
	if c.SessionSecretFile != "" {
		f, err := os.Open(c.SessionSecretFile)
		if err != nil {
			return nil, fmt.Errorf("chat.session_secret_file: %w", err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Scan()
		line := strings.TrimSpace(sc.Text())
		if len(line) < 32 {
			return nil, fmt.Errorf("chat.session_secret_file %s: its first line must hold at least 32 characters (e.g. openssl rand -hex 32), got %d", c.SessionSecretFile, len(line))
		}
		return []byte(line), nil
	}
	if c.SessionSecret != "" {
		return []byte(c.SessionSecret), nil
	}
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	e.log.Warn("no chat.session_secret: dialogues will not survive a restart nor move between replicas",
		"hint", "set chat.session_secret_file (or BOBINE_CHAT_SESSION_SECRET), the same on every replica")
	return b, nil
}

// served is one index opened for serving: the stack and the chat engine
// answering from it.
type served struct {
	st      *stack
	engine  *chat.Engine
	version string // digest of the manifest
	built   time.Time
	once    sync.Once
}

// close closes the index; it is safe to call more than once.
func (s *served) close() { s.once.Do(s.st.close) }

func (s *served) webStack() web.Stack {
	return web.Stack{Catalogue: s.st.in.Catalogue, Search: s.st.idx, Recommender: s.st.rec, Chat: s.engine,
		Version: s.version, Built: s.built, Release: s.close}
}

// manifestDigest names an index by its manifest: a new build has a new one.
func manifestDigest(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, indexer.ManifestFile))
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:6]), nil
}

// openServed opens the index in dir with a chat engine sharing the
// dialogue memory mem. With verify, every file is checked against the
// manifest's checksums first and the index answers a search and a
// recommendation before it is returned: what a swap requires of a new
// index. The manifest must be the same after opening as before, or the
// directory was replaced meanwhile and the result is refused.
func openServed(ctx context.Context, dir string, e *env, mem *chat.Sessions, secret []byte, verify bool) (*served, error) {
	before, err := manifestDigest(dir)
	if err != nil {
		return nil, checkIndexDir(dir, false) // explains a missing index
	}
	if verify {
		if err := checkIndexDir(dir, true); err != nil {
			return nil, err
		}
	}
	st, err := openStack(ctx, dir, e)
	if err != nil {
		return nil, err
	}
	cfg := e.cfg
	engine := chat.New(st.in.Catalogue, st.idx, st.rec, chat.Options{
		MaxSessions: cfg.Chat.MaxSessions,
		IdleTimeout: cfg.Chat.IdleTimeout,
		Language:    cfg.Chat.Language,
		Count:       cfg.Recommend.Count,
		Secret:      secret,
		Sessions:    mem,
	})
	s := &served{st: st, engine: engine, version: before, built: indexBuiltAt(dir)}
	if verify {
		if err := smokeTest(s); err != nil {
			st.close()
			return nil, fmt.Errorf("index %s opens but does not answer: %w", dir, err)
		}
	}
	if after, err := manifestDigest(dir); err != nil || after != before {
		st.close()
		return nil, fmt.Errorf("index %s was replaced while it was being opened: will try again", dir)
	}
	return s, nil
}

// smokeTest asks a new index what serving will: a title and a
// recommendation from the most voted film.
func smokeTest(s *served) error {
	fs := s.st.in.Catalogue.Films()
	if len(fs) == 0 {
		return errors.New("the catalogue is empty")
	}
	top := &fs[0]
	for i := range fs {
		if fs[i].Votes > top.Votes {
			top = &fs[i]
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ms, err := s.st.idx.ResolveFilm(ctx, top.Title, 5)
	if err != nil {
		return fmt.Errorf("search: %w", err)
	}
	if len(ms) == 0 {
		return fmt.Errorf("search finds nothing for %q", top.Title)
	}
	recs, err := s.st.rec.Recommend(ctx, recommend.Request{Liked: []string{top.ID}, Count: 5})
	if err != nil {
		return fmt.Errorf("recommend: %w", err)
	}
	if len(recs) == 0 {
		return fmt.Errorf("no recommendation from %s", top.ID)
	}
	return nil
}

// swapper swaps a newly built index into a running server: on SIGHUP, and
// when the manifest of index.dir changes (checked every
// index.watch_interval). A new index is opened and verified beside the
// one serving, then swapped in; the old one is closed once the requests and
// chat turns on it are done. One that fails is logged and refused: the
// current one goes on serving.
type swapper struct {
	dir    string
	e      *env
	srv    interface{ Swap(web.Stack) }
	mem    *chat.Sessions
	secret []byte
	setup  func(*served) // applied to each new index before it serves (the programme)

	mu      sync.Mutex // one reload at a time
	stopped bool       // the server has stopped: nothing more is swapped in
	current string     // manifest digest serving
	failed  string     // manifest digest last refused: not retried until it changes
}

// reload opens the index in dir and swaps it in unless it is the one
// serving (force: swap it anyway, as SIGHUP does). It returns whether it
// swapped.
func (w *swapper) reload(ctx context.Context, reason string, force bool) (bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	digest, err := manifestDigest(w.dir)
	if err != nil {
		// Between the two renames of `bobine index` there is briefly no
		// index: the next look will find the new one.
		return false, fmt.Errorf("no index to swap in: %w", err)
	}
	if w.stopped || (!force && (digest == w.current || digest == w.failed)) {
		return false, nil
	}
	start := time.Now()
	s, err := openServed(ctx, w.dir, w.e, w.mem, w.secret, true)
	if err != nil {
		w.failed = digest
		w.e.log.Error("new index refused; the current one goes on serving", "reason", reason, "dir", w.dir, "index", digest, "error", err)
		return false, err
	}
	if w.stopped {
		s.close()
		return false, errors.New("the server has stopped")
	}
	if w.setup != nil {
		w.setup(s)
	}
	w.srv.Swap(s.webStack())
	w.e.log.Info("index swapped in", "reason", reason, "index", s.version, "previous", w.current,
		"built_at", s.built.UTC().Format(time.RFC3339), "films", len(s.st.in.Catalogue.Films()),
		"open_time", time.Since(start).Round(time.Millisecond))
	w.current, w.failed = s.version, ""
	return true, nil
}

// watch reloads on SIGHUP and when the manifest changes (reload compares
// its digest, a 2 KB read), until ctx ends.
// stop waits for a reload in progress and makes later ones do nothing.
func (w *swapper) stop() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.stopped = true
}

// hup is notifyHUP's channel.
func (w *swapper) watch(ctx context.Context, hup <-chan os.Signal, every time.Duration) {
	var tick <-chan time.Time
	if every > 0 {
		t := time.NewTicker(every)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			_, _ = w.reload(ctx, "sighup", true)
		case <-tick:
			_, _ = w.reload(ctx, "manifest changed", false)
		}
	}
}

// notifyHUP catches SIGHUP from now on, so that one sent while serve is
// still loading its first index does not end the process (SIGHUP's default
// action); watch then reloads once.
func notifyHUP() (<-chan os.Signal, func()) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	return hup, func() { signal.Stop(hup) }
}
