package config

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // programme.timezone works without a system zoneinfo database

	"github.com/spf13/viper"
)

// Config is Bobine's whole configuration. Field tags name the keys.
type Config struct {
	Data      Data      `mapstructure:"data"`
	Index     Index     `mapstructure:"index"`
	Fetch     Fetch     `mapstructure:"fetch"`
	TMDB      TMDB      `mapstructure:"tmdb"`
	Feedback  Feedback  `mapstructure:"feedback"`
	Metrics   Metrics   `mapstructure:"metrics"`
	Programme Programme `mapstructure:"programme"`
	Server    Server    `mapstructure:"server"`
	Posters   Posters   `mapstructure:"posters"`
	Chat      Chat      `mapstructure:"chat"`
	Recommend Recommend `mapstructure:"recommend"`
	Log       Log       `mapstructure:"log"`
}

// Data says where the raw dumps are.
type Data struct {
	Dir string `mapstructure:"dir"`
}

// Index controls what `bobine index` keeps and where it writes.
type Index struct {
	Dir          string   `mapstructure:"dir"`
	TitleTypes   []string `mapstructure:"title_types"`
	MinVotes     int      `mapstructure:"min_votes"`
	IncludeAdult bool     `mapstructure:"include_adult"`
	ContentDims  int      `mapstructure:"content_dims"`
	CollabDims   int      `mapstructure:"collab_dims"`
	AFCAEFile    string   `mapstructure:"afcae_file"`
	// WatchInterval is how often serve looks at the index manifest for a
	// new build to swap in; 0: only on SIGHUP.
	WatchInterval time.Duration `mapstructure:"watch_interval"`
}

// Fetch controls `bobine fetch`.
type Fetch struct {
	BaseURL string        `mapstructure:"base_url"`
	Files   []string      `mapstructure:"files"`
	Timeout time.Duration `mapstructure:"timeout"`
}

// TMDB controls `bobine fetch -tmdb`. APIKey is a secret: never log it.
type TMDB struct {
	APIKey  string        `mapstructure:"api_key"`
	BaseURL string        `mapstructure:"base_url"`
	MaxAge  time.Duration `mapstructure:"max_age"`
	Rate    float64       `mapstructure:"rate"`
	Timeout time.Duration `mapstructure:"timeout"`
}

// Feedback says where usage events are stored and for how long.
type Feedback struct {
	Dir       string        `mapstructure:"dir"`
	Retention time.Duration `mapstructure:"retention"`
}

// Metrics says where /metrics is served. Token is a secret.
type Metrics struct {
	Addr  string `mapstructure:"addr"`
	Token string `mapstructure:"token"`
}

// Programme says where the cinema's showtimes are.
type Programme struct {
	File     string `mapstructure:"file"`
	Timezone string `mapstructure:"timezone"`
}

// Server controls `bobine serve`.
type Server struct {
	Addr            string        `mapstructure:"addr"`
	PublicURL       string        `mapstructure:"public_url"`
	AllowedOrigins  []string      `mapstructure:"allowed_origins"`
	FrameAncestors  []string      `mapstructure:"frame_ancestors"`
	ReadLimit       int64         `mapstructure:"read_limit"`
	RatePerSecond   float64       `mapstructure:"rate_per_second"`
	RateBurst       int           `mapstructure:"rate_burst"`
	IPRatePerSecond float64       `mapstructure:"ip_rate_per_second"`
	IPRateBurst     int           `mapstructure:"ip_rate_burst"`
	PingInterval    time.Duration `mapstructure:"ping_interval"`
	WriteTimeout    time.Duration `mapstructure:"write_timeout"`
	ShutdownTimeout time.Duration `mapstructure:"shutdown_timeout"`
	TrustProxy      bool          `mapstructure:"trust_proxy"`
	MemoryLimit     string        `mapstructure:"memory_limit"`
}

// Posters says how poster URLs are built: BaseURL + Size + poster_path.
type Posters struct {
	BaseURL string `mapstructure:"base_url"`
	Size    string `mapstructure:"size"`
}

// Chat bounds the in-memory dialogue state.
type Chat struct {
	MaxSessions int           `mapstructure:"max_sessions"`
	IdleTimeout time.Duration `mapstructure:"idle_timeout"`
	Language    string        `mapstructure:"language"`
	// SessionSecret signs the dialogue tokens clients carry (or the
	// contents of SessionSecretFile, which wins when set).
	SessionSecret     string `mapstructure:"session_secret"`
	SessionSecretFile string `mapstructure:"session_secret_file"`
}

// Recommend holds what a cinema decides about its recommendations. The
// model's parameters are constants of package recommend, fitted by
// `bobine eval -tune`.
type Recommend struct {
	Count            int     `mapstructure:"count"`
	Diversity        float64 `mapstructure:"diversity"`
	FavourFrench     float64 `mapstructure:"favour_french"`
	FavourEuropean   float64 `mapstructure:"favour_european"`
	FavourArtEtEssai float64 `mapstructure:"favour_art_et_essai"`
	AudienceFrench   float64 `mapstructure:"audience_french"`
	AudienceEuropean float64 `mapstructure:"audience_european"`
}

// Log controls slog output.
type Log struct {
	Level  string `mapstructure:"level"`
	Format string `mapstructure:"format"`
}

// Key is one configuration key with its default and a line of help. The
// defaults table is the single source of keys: Load binds every one of them
// to its environment variable, and the README lists them.
type Key struct {
	Name    string
	Default any
	Help    string
}

// Keys is the defaults table.
var Keys = []Key{
	{"data.dir", "var/raw", "directory holding the raw dumps (imdb/, tmdb/, movielens/)"},
	{"index.dir", "var/index", "directory `bobine index` writes and `bobine serve` reads"},
	{"index.title_types", []string{"movie", "tvMovie", "tvSeries", "tvMiniSeries"}, "IMDb title types kept in the catalogue"},
	{"index.min_votes", 0, "minimum IMDb votes for a title to be kept (use ~1000 on the full official dumps)"},
	{"index.include_adult", false, "keep adult titles"},
	{"index.watch_interval", 10 * time.Second, "how often serve checks index.dir's manifest for a newly built index to swap in (SIGHUP swaps at once); 0 = only on SIGHUP"},
	{"index.content_dims", 64, "dimensions of the recommender's content vectors (truncated SVD; recorded in the index manifest)"},
	{"index.collab_dims", 64, "dimensions of the recommender's collaborative vectors (recorded in the index manifest)"},
	{"index.afcae_file", "", "AFCAE art-et-essai list (CSV: titre,realisateur,labels,date_sortie,distributeur,visa) joined to the catalogue; empty = <data.dir>/afcae/afcae_art_et_essai.csv when present"},
	{"fetch.base_url", "https://datasets.imdbws.com/", "where `bobine fetch` downloads the IMDb dumps from"},
	{"fetch.files", []string{"title.basics.tsv.gz", "title.ratings.tsv.gz", "title.principals.tsv.gz", "title.crew.tsv.gz", "title.akas.tsv.gz", "name.basics.tsv.gz"}, "files `bobine fetch` downloads"},
	{"fetch.timeout", 2 * time.Hour, "maximum time for one download"},
	{"tmdb.api_key", "", "the cinema's TMDB API key (v3) or read access token (v4) for `bobine fetch -tmdb`; a secret, never logged (prefer the environment variable)"},
	{"tmdb.base_url", "https://api.themoviedb.org/3", "TMDB API base URL"},
	{"tmdb.max_age", 30 * 24 * time.Hour, "`bobine fetch -tmdb` asks TMDB again for a film fetched longer ago than this (0 = never)"},
	{"tmdb.rate", 20.0, "most requests per second `bobine fetch -tmdb` makes to TMDB"},
	{"tmdb.timeout", 30 * time.Second, "maximum time for one TMDB request"},
	{"feedback.dir", "var/feedback", "directory of the usage database (feedback.db: films shown, clicks, likes, dislikes, messages not understood, by anonymous session); empty = record nothing"},
	{"feedback.retention", 395 * 24 * time.Hour, "usage events older than this are deleted (daily by serve, and by `bobine purge`); 13 months by default"},
	{"metrics.addr", "127.0.0.1:9091", "address of a listener serving only /metrics (Prometheus), apart from the public one; empty = none"},
	{"metrics.token", "", "when set, /metrics is also served on server.addr to requests with Authorization: Bearer <token> (a secret)"},
	{"programme.file", "", "the cinema's showtimes, CSV (title or imdb, date, time, room, version; comma or semicolon) or iCalendar .ics; re-read when it changes; empty = no programme"},
	{"programme.timezone", "Europe/Paris", "time zone of the showtimes"},
	{"server.addr", "127.0.0.1:8080", "address `bobine serve` listens on"},
	{"server.public_url", "http://127.0.0.1:8080", "URL the widget script loads Bobine from"},
	{"server.allowed_origins", []string{"http://127.0.0.1:8080", "http://localhost:8080"}, "origins allowed to open the chat websocket (the cinema's site)"},
	{"server.frame_ancestors", []string{"'self'"}, "CSP frame-ancestors: pages allowed to embed the widget"},
	{"server.read_limit", 4096, "largest websocket message accepted, in bytes"},
	{"server.rate_per_second", 2.0, "chat messages per second allowed per connection"},
	{"server.rate_burst", 5, "burst of chat messages allowed per connection"},
	{"server.ip_rate_per_second", 10.0, "chat messages per second allowed per client IP"},
	{"server.ip_rate_burst", 20, "burst of chat messages allowed per client IP"},
	{"server.ping_interval", 30 * time.Second, "websocket ping interval"},
	{"server.write_timeout", 10 * time.Second, "websocket write deadline"},
	{"server.shutdown_timeout", 10 * time.Second, "grace period for open requests on shutdown"},
	{"server.trust_proxy", false, "take the client IP from X-Forwarded-For (only behind a reverse proxy you run)"},
	{"server.memory_limit", "auto", "soft memory limit of serve and bench, as GOMEMLIMIT (which wins when set): bytes with an optional unit, e.g. 768MiB or 2GiB; the garbage collector works harder near it; auto = the live heap once the index is open plus half of it, at least 96MiB more; empty or 0 = none (Go's default GOGC 100 alone)"},
	{"posters.base_url", "https://image.tmdb.org/t/p/", "TMDB image base URL"},
	{"posters.size", "w342", "TMDB poster size"},
	{"chat.max_sessions", 10000, "most dialogues kept in memory"},
	{"chat.idle_timeout", 30 * time.Minute, "a dialogue idle this long is forgotten"},
	{"chat.language", "fr", "language used before the customer's language is known (fr or en)"},
	{"chat.session_secret", "", "secret (32+ characters) signing the dialogue tokens clients keep, so that a dialogue survives a restart and moves between replicas; the same on every replica; empty = a random one per process (dialogues then live only as long as it)"},
	{"chat.session_secret_file", "", "file holding chat.session_secret (its first line, 32+ characters); wins over chat.session_secret"},
	{"recommend.count", 5, "films per recommendation"},
	{"recommend.diversity", 0.05, "MMR trade-off between relevance and diversity (0 = none)"},
	{"recommend.favour_french", 0.0, "cinema profile: how much French productions are favoured among films about as relevant (0-1; 0 = not at all)"},
	{"recommend.favour_european", 0.0, "cinema profile: how much European productions are favoured among films about as relevant (0-1)"},
	{"recommend.favour_art_et_essai", 0.0, "cinema profile: how much films of the AFCAE art-et-essai list (index.afcae_file) are favoured among films about as relevant (0-1)"},
	{"recommend.audience_french", 7.0, "cinema's audience: how many times more a French production's IMDb votes count when telling films it has heard of (requests with no liked film first; 0 = as IMDb counts them, 0-100)"},
	{"recommend.audience_european", 1.0, "cinema's audience: the same extra count for a European production that is not French (0-100)"},
	{"log.level", "info", "debug, info, warn or error"},
	{"log.format", "text", "text or json"},
}

// EnvName returns the environment variable that overrides a key.
func EnvName(key string) string {
	return "BOBINE_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// Load reads the configuration. file may be empty: then ./bobine.yaml is read
// when it exists. overrides (key -> value) win over everything else.
//
// List keys read from the environment are split on commas and white space:
// BOBINE_INDEX_TITLE_TYPES="movie tvSeries" and "movie,tvSeries" are the same.
// Durations are Go durations ("90s", "2h").
func Load(file string, overrides map[string]any) (Config, error) {
	return load(file, overrides, true)
}

func load(file string, overrides map[string]any, useEnv bool) (Config, error) {
	v := viper.New()
	for _, k := range Keys {
		v.SetDefault(k.Name, k.Default)
		if !useEnv {
			continue
		}
		// Unmarshal ignores the environment for keys it does not know of;
		// binding each key explicitly makes every BOBINE_* variable work.
		if err := v.BindEnv(k.Name, EnvName(k.Name)); err != nil {
			return Config{}, fmt.Errorf("config: bind %s: %w", k.Name, err)
		}
	}
	v.SetConfigType("yaml")
	switch {
	case file != "":
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config: read %s: %w", file, err)
		}
	default:
		if _, err := os.Stat("bobine.yaml"); err == nil {
			v.SetConfigFile("bobine.yaml")
			if err := v.ReadInConfig(); err != nil {
				return Config{}, fmt.Errorf("config: read bobine.yaml: %w", err)
			}
		}
	}
	if err := checkUnknown(v, useEnv); err != nil {
		return Config{}, err
	}
	for k, val := range overrides {
		v.Set(k, val)
	}
	var c Config
	if err := v.Unmarshal(&c, viper.DecodeHook(decodeHook)); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// decodeHook turns strings (from the environment or YAML) into durations and
// lists. It replaces viper's default hooks, which split lists on commas only.
func decodeHook(from, to reflect.Type, data any) (any, error) {
	durationType := reflect.TypeOf(time.Duration(0))
	if to == durationType && from != durationType {
		switch from.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
			reflect.Float32, reflect.Float64:
			// A bare 30 would be 30 nanoseconds: never what was meant.
			return nil, fmt.Errorf("duration %v needs a unit, e.g. 30s, 10m or 2h", data)
		}
	}
	s, ok := data.(string)
	if !ok || from.Kind() != reflect.String {
		return data, nil
	}
	switch {
	case to == durationType:
		d, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("%q is not a duration such as 90s or 2h", s)
		}
		return d, nil
	case to.Kind() == reflect.Slice && to.Elem().Kind() == reflect.String:
		return strings.FieldsFunc(s, func(r rune) bool {
			return r == ',' || r == ' ' || r == '\t' || r == '\n'
		}), nil
	}
	return data, nil
}

// Default returns the configuration with every key at its default, ignoring
// bobine.yaml and the environment.
func Default() Config {
	c, err := load(os.DevNull, nil, false)
	if err != nil {
		panic(err) // the defaults table is wrong: a programming error
	}
	return c
}

// removedKeys are keys of earlier versions, each with what replaces it, so
// that an old bobine.yaml or environment gets a precise error.
var removedKeys = map[string]string{
	"server.gc_percent": "removed: the catalogue no longer needs a large GOGC; set server.memory_limit (GOMEMLIMIT-style, e.g. 768MiB) instead, or GOGC in the environment",
}

func checkUnknown(v *viper.Viper, useEnv bool) error {
	known := make(map[string]bool, len(Keys))
	for _, k := range Keys {
		known[k.Name] = true
	}
	var bad, removed []string
	for _, k := range v.AllKeys() {
		if hint, ok := removedKeys[k]; ok {
			removed = append(removed, fmt.Sprintf("%s: %s", k, hint))
		} else if !known[k] {
			bad = append(bad, k)
		}
	}
	if useEnv {
		for k, hint := range removedKeys {
			if _, ok := os.LookupEnv(EnvName(k)); ok {
				removed = append(removed, fmt.Sprintf("%s: %s", EnvName(k), hint))
			}
		}
	}
	if len(removed) > 0 {
		sort.Strings(removed)
		return fmt.Errorf("config: %s", strings.Join(removed, "; "))
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("config: unknown keys %s (see `bobine help config`)", strings.Join(bad, ", "))
	}
	return nil
}

// Validate reports every invalid value at once.
func (c Config) Validate() error {
	var errs []error
	bad := func(key, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s (%s): %s", key, EnvName(key), fmt.Sprintf(format, a...)))
	}
	if c.Data.Dir == "" {
		bad("data.dir", "must not be empty")
	}
	if c.Index.Dir == "" {
		bad("index.dir", "must not be empty")
	}
	if c.Index.WatchInterval < 0 {
		bad("index.watch_interval", "must be >= 0, got %s", c.Index.WatchInterval)
	}
	if n := len(c.Chat.SessionSecret); n > 0 && n < 32 {
		bad("chat.session_secret", "must be at least 32 characters (e.g. openssl rand -hex 32), got %d", n)
	}
	if len(c.Index.TitleTypes) == 0 {
		bad("index.title_types", "must list at least one IMDb title type")
	}
	if c.Index.MinVotes < 0 {
		bad("index.min_votes", "must be >= 0, got %d", c.Index.MinVotes)
	}
	if u, err := url.Parse(c.Fetch.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		bad("fetch.base_url", "must be an http(s) URL, got %q", c.Fetch.BaseURL)
	}
	if c.Fetch.Timeout <= 0 {
		bad("fetch.timeout", "must be positive")
	}
	if u, err := url.Parse(c.TMDB.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		bad("tmdb.base_url", "must be an http(s) URL, got %q", c.TMDB.BaseURL)
	}
	if c.TMDB.MaxAge < 0 {
		bad("tmdb.max_age", "must be >= 0")
	}
	if c.TMDB.Rate <= 0 || c.TMDB.Rate > 50 {
		bad("tmdb.rate", "must be > 0 and at most 50 (TMDB's limit), got %g", c.TMDB.Rate)
	}
	if c.TMDB.Timeout <= 0 {
		bad("tmdb.timeout", "must be positive")
	}
	if c.Feedback.Retention < 24*time.Hour {
		bad("feedback.retention", "must be at least 24h, got %s", c.Feedback.Retention)
	}
	if c.Metrics.Addr != "" && c.Metrics.Addr == c.Server.Addr {
		bad("metrics.addr", "must differ from server.addr (use metrics.token to serve /metrics on the public listener)")
	}
	if c.Metrics.Token != "" && len(c.Metrics.Token) < 16 {
		bad("metrics.token", "must be at least 16 characters")
	}
	if _, err := time.LoadLocation(c.Programme.Timezone); err != nil || c.Programme.Timezone == "" {
		bad("programme.timezone", "must be a time zone such as Europe/Paris, got %q", c.Programme.Timezone)
	}
	if c.Server.Addr == "" {
		bad("server.addr", "must not be empty")
	}
	if c.Server.ReadLimit < 64 {
		bad("server.read_limit", "must be at least 64 bytes, got %d", c.Server.ReadLimit)
	}
	if c.Server.RatePerSecond <= 0 || c.Server.RateBurst < 1 {
		bad("server.rate_per_second", "rate must be > 0 and burst >= 1")
	}
	if c.Server.IPRatePerSecond <= 0 || c.Server.IPRateBurst < 1 {
		bad("server.ip_rate_per_second", "rate must be > 0 and burst >= 1")
	}
	if c.Server.MemoryLimit == MemoryLimitAuto {
		// set by serve once the index is open
	} else if n, err := ParseBytes(c.Server.MemoryLimit); err != nil {
		bad("server.memory_limit", "%v", err)
	} else if n != 0 && n < 64<<20 {
		bad("server.memory_limit", "must be at least 64MiB (or empty for none), got %q", c.Server.MemoryLimit)
	}
	if c.Server.PingInterval <= 0 || c.Server.WriteTimeout <= 0 {
		bad("server.ping_interval", "ping interval and write timeout must be positive")
	}
	if u, err := url.Parse(c.Posters.BaseURL); err != nil || u.Scheme == "" {
		bad("posters.base_url", "must be an absolute URL, got %q", c.Posters.BaseURL)
	}
	if c.Chat.MaxSessions < 1 {
		bad("chat.max_sessions", "must be >= 1")
	}
	if c.Chat.IdleTimeout <= 0 {
		bad("chat.idle_timeout", "must be positive")
	}
	if c.Chat.Language != "fr" && c.Chat.Language != "en" {
		bad("chat.language", "must be fr or en, got %q", c.Chat.Language)
	}
	if c.Recommend.Count < 1 || c.Recommend.Count > 50 {
		bad("recommend.count", "must be 1-50, got %d", c.Recommend.Count)
	}
	if c.Recommend.Diversity < 0 || c.Recommend.Diversity > 1 {
		bad("recommend.diversity", "must be 0-1, got %g", c.Recommend.Diversity)
	}
	for _, w := range []struct {
		k string
		v float64
	}{{"recommend.favour_french", c.Recommend.FavourFrench}, {"recommend.favour_european", c.Recommend.FavourEuropean}, {"recommend.favour_art_et_essai", c.Recommend.FavourArtEtEssai}} {
		if w.v < 0 || w.v > 1 {
			bad(w.k, "must be 0-1, got %g", w.v)
		}
	}
	for _, w := range []struct {
		k string
		v float64
	}{{"recommend.audience_french", c.Recommend.AudienceFrench}, {"recommend.audience_european", c.Recommend.AudienceEuropean}} {
		if w.v < 0 || w.v > 100 {
			bad(w.k, "must be 0-100, got %g", w.v)
		}
	}
	if c.Index.ContentDims < 2 || c.Index.ContentDims > 1024 {
		bad("index.content_dims", "must be 2-1024, got %d", c.Index.ContentDims)
	}
	if c.Index.CollabDims < 2 || c.Index.CollabDims > 1024 {
		bad("index.collab_dims", "must be 2-1024, got %d", c.Index.CollabDims)
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "must be debug, info, warn or error, got %q", c.Log.Level)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		bad("log.format", "must be text or json, got %q", c.Log.Format)
	}
	if len(errs) > 0 {
		return fmt.Errorf("config: invalid configuration:\n  %w", errors.Join(errs...))
	}
	return nil
}

// MemoryLimitAuto is the server.memory_limit that asks serve to derive the
// limit from what the index it opened holds (the live heap plus half,
// at least 96MiB more): the default.
const MemoryLimitAuto = "auto"

// ParseBytes reads a size as GOMEMLIMIT does: a non-negative integer of
// bytes with an optional unit B, KiB, MiB, GiB or TiB ("768MiB"). Empty,
// "0" and "off" mean no limit and give 0.
func ParseBytes(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "off" {
		return 0, nil
	}
	units := []struct {
		suffix string
		shift  uint
	}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}, {"B", 0}}
	num, shift := s, uint(0)
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			num, shift = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.shift
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64>>shift {
		return 0, fmt.Errorf("%q is not a size such as 768MiB or 2GiB (units B, KiB, MiB, GiB, TiB)", s)
	}
	return n << shift, nil
}
