// Command bobine builds Bobine's catalogue and index from the official IMDb,
// TMDB and MovieLens files and serves the film-recommendation chat.
//
// Usage:
//
//	bobine [-config bobine.yaml] COMMAND [flags] [args]
//
// Run `bobine help` for the list of commands and `bobine COMMAND -h` for one.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/bobine/bobine/config"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// env is what a command runs with: its configuration, logger and streams.
type env struct {
	cfg    config.Config
	log    *slog.Logger
	stdout io.Writer
	stderr io.Writer
}

// command is one subcommand. flags is called on a fresh FlagSet before
// parsing; run receives the remaining arguments.
type command struct {
	name  string
	usage string // arguments, e.g. "[flags] QUERY"
	short string // one line for `bobine help`
	long  string // paragraph for `bobine COMMAND -h`
	flags func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// errUsage makes run print the command's usage and exit with status 2.
var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	global := flag.NewFlagSet("bobine", flag.ContinueOnError)
	global.SetOutput(stderr)
	cfgFile := global.String("config", "", "configuration file (default ./bobine.yaml when present)")
	global.Usage = func() { printHelp(stderr) }
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	args = global.Args()
	if len(args) == 0 {
		printHelp(stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		if len(args) > 1 {
			if args[1] == "config" {
				printConfigHelp(stdout)
				return 0
			}
			if c, ok := commands[args[1]]; ok {
				fs := flag.NewFlagSet("bobine "+c.name, flag.ContinueOnError)
				c.flags(fs)
				printCommandHelp(stdout, c, fs)
				return 0
			}
		}
		printHelp(stdout)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "bobine: unknown command %q\n\n", name)
		printHelp(stderr)
		return 2
	}
	fs := flag.NewFlagSet("bobine "+c.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	runFn := c.flags(fs)
	fs.Usage = func() { printCommandHelp(stderr, c, fs) }
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	cfg, err := config.Load(*cfgFile, nil)
	if err != nil {
		fmt.Fprintf(stderr, "bobine: %v\n", err)
		return 1
	}
	e := &env{cfg: cfg, log: newLogger(cfg.Log, stderr), stdout: stdout, stderr: stderr}
	if err := runFn(ctx, e, fs.Args()); err != nil {
		if errors.Is(err, errUsage) {
			printCommandHelp(stderr, c, fs)
			return 2
		}
		fmt.Fprintf(stderr, "bobine %s: %v\n", c.name, err)
		return 1
	}
	return 0
}

func newLogger(c config.Log, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(c.Level)) // validated by config
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func printHelp(w io.Writer) {
	fmt.Fprint(w, "Bobine recommends films from the ones you liked.\n\nUsage:\n  bobine [-config FILE] COMMAND [flags] [args]\n\nCommands:\n")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].short)
	}
	fmt.Fprint(w, "  help       this list; `bobine help COMMAND` for one command, `bobine help config` for the keys\n")
}

func printCommandHelp(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: bobine %s %s\n\n%s\n", c.name, c.usage, strings.TrimSpace(c.long))
	fs.SetOutput(w)
	fmt.Fprintln(w, "\nFlags:")
	fs.PrintDefaults()
}

func printConfigHelp(w io.Writer) {
	fmt.Fprintln(w, "Configuration keys (bobine.yaml, or the BOBINE_* environment variable):")
	for _, k := range config.Keys {
		fmt.Fprintf(w, "  %-26s %-32s default %v\n      %s\n", k.Name, config.EnvName(k.Name), k.Default, k.Help)
	}
}
