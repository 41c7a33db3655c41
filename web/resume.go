package web

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"

	"github.com/bobine/bobine/chat"
)

// Resumer restores a dialogue from the token of a reply (chat.Reply.Token),
// on this server or another replica. *chat.Engine satisfies it. A refused
// token is an error wrapping chat.ErrToken; the dialogue then starts afresh.
type Resumer interface {
	Resume(ctx context.Context, sessionID, token string) (*chat.State, error)
}

// resumeLimit is the largest first message of a connection: a resume and
// its token.
const resumeLimit = chat.MaxTokenLen + 256

// isResume reports whether a raw message is a resume, cheaply enough to be
// asked of an oversized one.
func isResume(b []byte) bool {
	var in struct {
		Type string `json:"type"`
	}
	return json.Unmarshal(b, &in) == nil && in.Type == typeResume
}

// resume restores the dialogue from the client's token and returns the
// message to send, or nil when the connection is going away.
func (c *wsConn) resume(ctx context.Context, token string) any {
	token = strings.TrimSpace(token)
	if token == "" {
		return errorMsg(codeBadMessage, `resume needs the "token" of the last reply`)
	}
	st := c.s.acquire()
	defer st.release()
	r, ok := st.Chat.(Resumer)
	if !ok {
		return errorMsg(codeSessionLost, localized(c.lang, "Je ne peux pas reprendre la conversation : recommençons. Quels films avez-vous aimés ?",
			"I cannot resume our conversation: let us start again. Which films did you like?"))
	}
	tctx, cancel := context.WithTimeout(ctx, c.s.o.TurnTimeout)
	defer cancel()
	stop := context.AfterFunc(c.s.stopping, cancel)
	defer stop()
	state, err := r.Resume(tctx, c.session, token)
	var te *chat.TokenError
	switch {
	case ctx.Err() != nil || c.s.stopping.Err() != nil:
		return nil
	case err == nil:
		return resumedMessage{Type: typeResumed, State: stateOf(state)}
	case errors.As(err, &te):
		// The reason only: the token holds what the customer typed.
		c.s.o.Logger.LogAttrs(ctx, slog.LevelInfo, "chat_resume_refused", slog.String("reason", te.Reason))
		return errorMsg(codeSessionLost, localized(c.lang,
			"Je n'ai pas pu reprendre notre conversation précédente (expirée ou invalide) : recommençons. Quels films avez-vous aimés ?",
			"I could not resume our previous conversation (expired or invalid): let us start again. Which films did you like?"))
	case errors.Is(err, context.DeadlineExceeded):
		return errorMsg(codeTimeout, localized(c.lang, "Je mets trop de temps à répondre, réessayez.", "I am taking too long to answer, please try again."))
	default:
		c.s.o.Logger.LogAttrs(ctx, slog.LevelError, "chat_resume_failed", slog.String("error", err.Error()))
		return errorMsg(codeInternal, localized(c.lang, "Désolé, une erreur est survenue.", "Sorry, something went wrong."))
	}
}
