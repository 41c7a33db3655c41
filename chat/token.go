package chat

import (
	"bytes"
	"compress/flate"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// A dialogue token carries a session's whole state to the client, which
// sends it back when it reconnects, to this server after a restart or to
// another replica. Layout, before URL-safe base64 without padding:
//
//	byte 0      tokenVersion
//	bytes 1-8   expiry, Unix seconds, big-endian
//	bytes 9-n   the snapshot's JSON, DEFLATE-compressed
//	last 16     HMAC-SHA256(secret, bytes 0..n), truncated
//
// It is signed, not encrypted: it holds the films the customer named and
// was shown, which the customer already knows.

const (
	tokenVersion = 1
	macSize      = 16
	// MaxTokenLen is the longest token Engine issues or accepts, in bytes.
	// The oldest shown films are left out of a state that would not fit
	// (the customer may see one of them again, nothing else is lost).
	MaxTokenLen = 6144
	// maxSnapshotJSON bounds what a token may inflate to.
	maxSnapshotJSON = 256 << 10
)

// ErrToken is wrapped by every error about a dialogue token the engine
// refuses; errors.As finds a *TokenError with the reason.
var ErrToken = errors.New("dialogue token refused")

// TokenError says why a token was refused: "malformed", "too large",
// "version", "signature" (altered, or signed with another secret),
// "expired", "session" (issued to another session) or "state" (its state
// does not restore).
type TokenError struct {
	Reason string
	Err    error // the underlying error, if any
}

func (e *TokenError) Error() string {
	if e.Err != nil {
		return "chat: dialogue token refused: " + e.Reason + ": " + e.Err.Error()
	}
	return "chat: dialogue token refused: " + e.Reason
}

func (e *TokenError) Unwrap() []error { return []error{ErrToken, e.Err} }

func tokenErr(reason string, err error) error { return &TokenError{Reason: reason, Err: err} }

// token encodes and signs s (locked); it returns "" when the engine has no
// secret.
func (e *Engine) token(s *session) (string, error) {
	if len(e.o.Secret) == 0 {
		return "", nil
	}
	sn := snapshotOf(s)
	exp := e.o.Now().Add(e.o.TokenTTL).Unix()
	for {
		tok, err := e.seal(sn, exp)
		if err != nil {
			return "", err
		}
		if len(tok) <= MaxTokenLen {
			return tok, nil
		}
		if len(sn.Shown) == 0 {
			return "", fmt.Errorf("chat: dialogue token of %d bytes without shown films, over %d", len(tok), MaxTokenLen)
		}
		sn.Shown = sn.Shown[len(sn.Shown)/2:]
	}
}

func (e *Engine) seal(sn *saved, exp int64) (string, error) {
	js, err := json.Marshal(sn)
	if err != nil {
		return "", fmt.Errorf("chat: encode dialogue: %w", err)
	}
	var buf bytes.Buffer
	buf.WriteByte(tokenVersion)
	var t [8]byte
	binary.BigEndian.PutUint64(t[:], uint64(exp))
	buf.Write(t[:])
	zw, _ := flate.NewWriter(&buf, flate.BestCompression) // the level is valid
	zw.Write(js)
	if err := zw.Close(); err != nil {
		return "", fmt.Errorf("chat: compress dialogue: %w", err)
	}
	mac := hmac.New(sha256.New, e.o.Secret)
	mac.Write(buf.Bytes())
	buf.Write(mac.Sum(nil)[:macSize])
	return base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// open checks a token and returns its snapshot.
func (e *Engine) open(tok string) (*saved, error) {
	if len(e.o.Secret) == 0 {
		return nil, tokenErr("signature", errors.New("this server has no session secret"))
	}
	if len(tok) > MaxTokenLen {
		return nil, tokenErr("too large", fmt.Errorf("%d bytes, at most %d", len(tok), MaxTokenLen))
	}
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(b) < 1+8+macSize {
		return nil, tokenErr("malformed", err)
	}
	body, sum := b[:len(b)-macSize], b[len(b)-macSize:]
	mac := hmac.New(sha256.New, e.o.Secret)
	mac.Write(body)
	if !hmac.Equal(sum, mac.Sum(nil)[:macSize]) {
		return nil, tokenErr("signature", nil)
	}
	if body[0] != tokenVersion {
		return nil, tokenErr("version", fmt.Errorf("version %d, this build reads %d", body[0], tokenVersion))
	}
	if exp := time.Unix(int64(binary.BigEndian.Uint64(body[1:9])), 0); e.o.Now().After(exp) {
		return nil, tokenErr("expired", fmt.Errorf("expired at %s", exp.UTC().Format(time.RFC3339)))
	}
	js, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(body[9:])), maxSnapshotJSON+1))
	if err != nil {
		return nil, tokenErr("malformed", err)
	}
	if len(js) > maxSnapshotJSON {
		return nil, tokenErr("too large", fmt.Errorf("state over %d bytes", maxSnapshotJSON))
	}
	var sn saved
	if err := json.Unmarshal(js, &sn); err != nil {
		return nil, tokenErr("malformed", err)
	}
	if sn.V != snapshotVersion {
		return nil, tokenErr("version", fmt.Errorf("state version %d, this build reads %d", sn.V, snapshotVersion))
	}
	return &sn, nil
}

// Resume restores a session from a token an earlier reply carried
// (Reply.Token), on this server or another one sharing its secret, and
// returns the state it now holds. The token wins over what this process
// remembers of the session: a client that resends a message whose answer
// it never got replays it on the state that message was first sent on. A
// refused token (altered, expired, too large, of another session or
// version) is an error wrapping ErrToken, and the session is then a new,
// empty one; other errors mean ctx ended or the index failed.
func (e *Engine) Resume(ctx context.Context, sessionID, tok string) (*State, error) {
	sn, terr := e.open(tok)
	if terr == nil && sn.ID != sessionID {
		terr = tokenErr("session", errors.New("issued to another session"))
	}
	if terr != nil {
		e.store.remove(sessionID)
		return nil, terr
	}
	s, err := e.lockSession(ctx, sessionID)
	if err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	if err := e.restore(ctx, s, sn); err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		s.reset()
		return nil, tokenErr("state", err)
	}
	st := e.withState(s, Reply{}).State
	return st, nil
}
