package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"reflect"
	"sort"
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
	GCPercent       int           `mapstructure:"gc_percent"`
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
}

// Recommend holds the fusion weights and knobs of the recommender.
type Recommend struct {
	Count            int     `mapstructure:"count"`
	WeightMLT        float64 `mapstructure:"weight_mlt"`
	WeightContent    float64 `mapstructure:"weight_content"`
	WeightCollab     float64 `mapstructure:"weight_collab"`
	WeightQuality    float64 `mapstructure:"weight_quality"`
	WeightProfile    float64 `mapstructure:"weight_profile"`
	WeightTaste      float64 `mapstructure:"weight_taste"`
	WeightOrder      float64 `mapstructure:"weight_order"`
	WeightShared     float64 `mapstructure:"weight_shared"`
	Diversity        float64 `mapstructure:"diversity"`
	Interleave       float64 `mapstructure:"interleave"`
	DistinctKind     float64 `mapstructure:"distinct_kind"`
	DistinctAudience float64 `mapstructure:"distinct_audience"`
	KindFloor        float64 `mapstructure:"kind_floor"`
	RRFK             float64 `mapstructure:"rrf_k"`
	QualityVotes     float64 `mapstructure:"quality_votes"`
	ContentDims      int     `mapstructure:"content_dims"`
	CollabDims       int     `mapstructure:"collab_dims"`
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
	{"server.gc_percent", 400, "Go garbage collector target for serve and bench, as GOGC (which wins when set): heap growth in % of the live heap before a collection"},
	{"posters.base_url", "https://image.tmdb.org/t/p/", "TMDB image base URL"},
	{"posters.size", "w342", "TMDB poster size"},
	{"chat.max_sessions", 10000, "most dialogues kept in memory"},
	{"chat.idle_timeout", 30 * time.Minute, "a dialogue idle this long is forgotten"},
	{"chat.language", "fr", "language used before the customer's language is known (fr or en)"},
	{"recommend.count", 5, "films per recommendation"},
	{"recommend.weight_mlt", 0.25, "fusion weight of the Bleve more-like-this ranking"},
	{"recommend.weight_content", 0.25, "fusion weight of the content-vector ranking"},
	{"recommend.weight_collab", 1.5, "fusion weight of the collaborative-vector ranking"},
	{"recommend.weight_quality", 1.0, "weight of the Bayesian-average quality prior"},
	{"recommend.weight_profile", 0.0, "fusion weight of the collaborative ranking of all liked films together"},
	{"recommend.weight_taste", 0.01, "weight of the taste-profile score (collaborative dot product with the liked films, relative to the best candidate)"},
	{"recommend.weight_order", 0.0, "weight of the taste-profile score when ordering the films picked (0 = fused score only)"},
	{"recommend.weight_shared", 0.25, "weight of the other liked films' rankings beyond a candidate's closest liked film (0 = max, 1 = sum)"},
	{"recommend.diversity", 0.05, "MMR trade-off between relevance and diversity (0 = none)"},
	{"recommend.interleave", 0.05, "penalty per film already picked for the same liked film (multi-interest; 0 = none, 1 = round-robin)"},
	{"recommend.distinct_kind", 0.3, "content cosine below which two liked films sharing no specific genre are different kinds; a liked film of a kind of its own is guaranteed a film of that kind (0 = off)"},
	{"recommend.distinct_audience", 0.2, "collaborative cosine at or above which two liked films are of one kind whatever their content (the same people like both; 0 = content and genres only)"},
	{"recommend.kind_floor", 0.0, "share of the fused score of the film it would displace that the best film of a liked film's kind needs to be guaranteed one of the last slots (0 = always)"},
	{"recommend.rrf_k", 100.0, "reciprocal rank fusion constant"},
	{"recommend.quality_votes", 10000.0, "IMDb votes at which the quality prior (Bayesian average) trusts a film's own rating half"},
	{"recommend.content_dims", 64, "dimensions of the content vectors (truncated SVD)"},
	{"recommend.collab_dims", 64, "dimensions of the collaborative vectors"},
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
	if err := checkUnknown(v); err != nil {
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

func checkUnknown(v *viper.Viper) error {
	known := make(map[string]bool, len(Keys))
	for _, k := range Keys {
		known[k.Name] = true
	}
	var bad []string
	for _, k := range v.AllKeys() {
		if !known[k] {
			bad = append(bad, k)
		}
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
	if c.Server.GCPercent < 25 {
		bad("server.gc_percent", "must be >= 25, got %d", c.Server.GCPercent)
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
	for _, w := range []struct {
		k string
		v float64
	}{{"recommend.weight_mlt", c.Recommend.WeightMLT}, {"recommend.weight_content", c.Recommend.WeightContent}, {"recommend.weight_collab", c.Recommend.WeightCollab}, {"recommend.weight_quality", c.Recommend.WeightQuality}} {
		if w.v < 0 {
			bad(w.k, "must be >= 0, got %g", w.v)
		}
	}
	if c.Recommend.Diversity < 0 || c.Recommend.Diversity > 1 {
		bad("recommend.diversity", "must be 0-1, got %g", c.Recommend.Diversity)
	}
	if c.Recommend.DistinctAudience < 0 || c.Recommend.DistinctAudience > 1 {
		bad("recommend.distinct_audience", "must be 0-1, got %g", c.Recommend.DistinctAudience)
	}
	if c.Recommend.KindFloor < 0 {
		bad("recommend.kind_floor", "must be >= 0, got %g", c.Recommend.KindFloor)
	}
	if c.Recommend.ContentDims < 2 || c.Recommend.CollabDims < 2 {
		bad("recommend.content_dims", "vector dimensions must be >= 2")
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
