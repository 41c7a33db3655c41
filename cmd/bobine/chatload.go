package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/bobine/bobine/web/chatload"
)

func init() {
	register(&command{
		name:  "chatload",
		usage: "[flags]",
		short: "drive chat dialogues over the websocket, as the widget does, and count lost turns",
		long: `Chatload opens -dialogues websocket dialogues to -url and sends -turns
messages in each: a liked film, then « encore » and one more liked film in
turn. Like the widget, it resumes a dialogue with the last reply's token when
the connection is cut and sends the unanswered message once more. It prints
what a customer would notice (turns unanswered, dialogues that forgot their
films, resumes refused) and exits 1 when anything was lost.
scripts/replicas.sh runs it through a reverse proxy while it kills a replica.`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			url := fs.String("url", "ws://127.0.0.1:8080/ws", "websocket URL of the chat")
			n := fs.Int("dialogues", 10, "dialogues at once")
			turns := fs.Int("turns", 12, "messages per dialogue")
			pause := fs.Duration("pause", 300*time.Millisecond, "pause between two messages of a dialogue")
			upstream := fs.String("upstream-header", "", "handshake response header naming the replica (set by the proxy)")
			verbose := fs.Bool("v", false, "log each cut and resume")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return errUsage
				}
				o := chatload.Options{URL: *url, Dialogues: *n, Turns: *turns, Pause: *pause, UpstreamHeader: *upstream}
				if *verbose {
					o.Log = func(format string, a ...any) { fmt.Fprintf(e.stderr, format+"\n", a...) }
				}
				start := time.Now()
				r := chatload.Run(ctx, o)
				fmt.Fprintf(e.stdout, "dialogues %d, completed %d, moved to another replica %d\n", r.Dialogues, r.Completed, r.Moved)
				fmt.Fprintf(e.stdout, "turns sent %d, answered %d, lost %d\n", r.Turns, r.Answered, r.Turns-r.Answered)
				fmt.Fprintf(e.stdout, "reconnections %d, messages resent %d, resumes accepted %d, refused %d\n", r.Reconnects, r.Resent, r.Resumed, r.SessionsLost)
				fmt.Fprintf(e.stdout, "replies that forgot liked films %d; fewest liked films at the end %d\n", r.Forgot, r.FinalLikedMin)
				fmt.Fprintf(e.stdout, "elapsed %s\n", time.Since(start).Round(time.Millisecond))
				for _, s := range r.Errors {
					fmt.Fprintf(e.stdout, "error: %s\n", s)
				}
				if !r.OK() {
					return errors.New("some turns or dialogues were lost")
				}
				fmt.Fprintln(e.stdout, "OK: every turn answered, every dialogue kept")
				return nil
			}
		},
	})
}
