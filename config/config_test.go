package config_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bobine/bobine/config"
)

var update = flag.Bool("update", false, "rewrite ../bobine.yaml.example from config.Keys")

// clearEnv unsets every BOBINE_* variable for the duration of the test.
func clearEnv(t *testing.T) {
	for _, k := range config.Keys {
		if v, ok := os.LookupEnv(config.EnvName(k.Name)); ok {
			t.Setenv(config.EnvName(k.Name), v) // restored after the test
			os.Unsetenv(config.EnvName(k.Name))
		}
	}
}

// field returns the Config field a key names, following mapstructure tags.
func field(t *testing.T, c *config.Config, key string) reflect.Value {
	t.Helper()
	v := reflect.ValueOf(c).Elem()
	for _, part := range strings.Split(key, ".") {
		found := false
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).Tag.Get("mapstructure") == part {
				v, found = v.Field(i), true
				break
			}
		}
		if !found {
			t.Fatalf("key %s has no field in Config", key)
		}
	}
	return v
}

func TestDefaults(t *testing.T) {
	clearEnv(t)
	c, err := config.Load(os.DevNull, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, config.Default()) {
		t.Error("Load with no file and no environment differs from Default")
	}
	for _, k := range config.Keys {
		got := field(t, &c, k.Name).Interface()
		want := reflect.ValueOf(k.Default).Convert(reflect.TypeOf(got)).Interface()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %v, want default %v", k.Name, got, want)
		}
	}
}

// Every field of Config has a key in the defaults table, so none can be
// forgotten by the environment binding or the example file.
func TestEveryFieldHasAKey(t *testing.T) {
	keys := map[string]bool{}
	for _, k := range config.Keys {
		if keys[k.Name] {
			t.Errorf("key %s listed twice", k.Name)
		}
		keys[k.Name] = true
		if k.Help == "" {
			t.Errorf("key %s has no help", k.Name)
		}
	}
	var walk func(prefix string, typ reflect.Type)
	walk = func(prefix string, typ reflect.Type) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			name := prefix + f.Tag.Get("mapstructure")
			if f.Type.Kind() == reflect.Struct {
				walk(name+".", f.Type)
				continue
			}
			if !keys[name] {
				t.Errorf("field %s has no entry in config.Keys", name)
			}
		}
	}
	walk("", reflect.TypeOf(config.Config{}))
}

func TestYAMLFile(t *testing.T) {
	clearEnv(t)
	c, err := config.Load("testdata/bobine.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := config.Default()
	want.Data.Dir = "/srv/bobine/raw"
	want.Index.Dir = "/srv/bobine/index"
	want.Index.TitleTypes = []string{"movie", "tvMovie"}
	want.Index.MinVotes = 1000
	want.Fetch.Timeout = 45 * time.Minute
	want.Server.Addr = ":9090"
	want.Server.AllowedOrigins = []string{"https://cinema.example"}
	want.Recommend.Diversity = 0.5
	want.Log.Format = "json"
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got  %+v\nwant %+v", c, want)
	}

	// The environment wins over the file, overrides win over both.
	t.Setenv("BOBINE_INDEX_MIN_VOTES", "50")
	t.Setenv("BOBINE_SERVER_ADDR", ":7000")
	c, err = config.Load("testdata/bobine.yaml", map[string]any{"server.addr": ":6000"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Index.MinVotes != 50 || c.Server.Addr != ":6000" || c.Data.Dir != "/srv/bobine/raw" {
		t.Errorf("precedence: min_votes %d, addr %s, data.dir %s", c.Index.MinVotes, c.Server.Addr, c.Data.Dir)
	}
}

func TestMissingFile(t *testing.T) {
	clearEnv(t)
	_, err := config.Load("testdata/nope.yaml", nil)
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Errorf("err = %v, want one naming the file", err)
	}
}

// envValue returns a valid, non-default value for a key as the environment
// would give it, and the value the field must then hold.
func envValue(t *testing.T, k config.Key) (string, any) {
	switch k.Name {
	case "fetch.base_url":
		return "http://mirror.example/imdb/", "http://mirror.example/imdb/"
	case "programme.timezone":
		return "Europe/Brussels", "Europe/Brussels"
	case "metrics.token":
		return "a-long-enough-metrics-token", "a-long-enough-metrics-token"
	case "feedback.retention":
		return "720h", 720 * time.Hour
	case "tmdb.base_url":
		return "http://tmdb.example/3", "http://tmdb.example/3"
	case "posters.base_url":
		return "https://img.example/t/p/", "https://img.example/t/p/"
	case "chat.language":
		return "en", "en"
	case "log.level":
		return "debug", "debug"
	case "log.format":
		return "json", "json"
	case "recommend.diversity":
		return "0.75", 0.75
	case "recommend.count":
		return "12", 12
	case "recommend.favour_french", "recommend.favour_european", "recommend.favour_art_et_essai":
		return "0.5", 0.5
	case "chat.session_secret":
		return "env-session-secret-of-32-characters", "env-session-secret-of-32-characters"
	case "server.memory_limit":
		return "768MiB", "768MiB"
	}
	switch d := k.Default.(type) {
	case string:
		return "env-" + k.Name, "env-" + k.Name
	case bool:
		return fmt.Sprint(!d), !d
	case int:
		return fmt.Sprint(d + 7), d + 7
	case int64:
		return fmt.Sprint(d + 7), d + 7
	case float64:
		return fmt.Sprint(d + 1.25), d + 1.25
	case time.Duration:
		return "1h2m3s", time.Hour + 2*time.Minute + 3*time.Second
	case []string:
		// Both separators, and stray spaces.
		return " alpha, beta gamma ", []string{"alpha", "beta", "gamma"}
	}
	t.Fatalf("key %s: no test value for a %T default", k.Name, k.Default)
	return "", nil
}

func TestEnvOverridesEveryKey(t *testing.T) {
	clearEnv(t)
	for _, k := range config.Keys {
		t.Run(k.Name, func(t *testing.T) {
			env, want := envValue(t, k)
			t.Setenv(config.EnvName(k.Name), env)
			c, err := config.Load(os.DevNull, nil)
			if err != nil {
				t.Fatalf("%s=%q: %v", config.EnvName(k.Name), env, err)
			}
			got := field(t, &c, k.Name).Interface()
			want = reflect.ValueOf(want).Convert(reflect.TypeOf(got)).Interface()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s=%q: %s = %#v, want %#v", config.EnvName(k.Name), env, k.Name, got, want)
			}
			// Default ignores the environment.
			if d := field(t, ptr(config.Default()), k.Name).Interface(); reflect.DeepEqual(d, got) {
				t.Errorf("Default() picked up %s", config.EnvName(k.Name))
			}
		})
	}
}

func ptr(c config.Config) *config.Config { return &c }

func TestEnvListSeparators(t *testing.T) {
	clearEnv(t)
	for _, v := range []string{"movie tvSeries", "movie,tvSeries", "movie, tvSeries", "  movie\ttvSeries  "} {
		t.Setenv("BOBINE_INDEX_TITLE_TYPES", v)
		c, err := config.Load(os.DevNull, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"movie", "tvSeries"}; !reflect.DeepEqual(c.Index.TitleTypes, want) {
			t.Errorf("%q: title types %q, want %q", v, c.Index.TitleTypes, want)
		}
	}
}

func TestErrors(t *testing.T) {
	clearEnv(t)
	for _, tc := range []struct {
		name string
		file string
		env  map[string]string
		want []string
	}{
		{"unknown keys", "testdata/unknown.yaml", nil,
			[]string{"unknown keys", "posters.sise", "server.adress"}},
		{"invalid values", "testdata/invalid.yaml", nil, []string{
			"index.min_votes (BOBINE_INDEX_MIN_VOTES): must be >= 0, got -5",
			`chat.language (BOBINE_CHAT_LANGUAGE): must be fr or en, got "de"`,
			"recommend.count (BOBINE_RECOMMEND_COUNT): must be 1-50, got 0",
			"recommend.diversity (BOBINE_RECOMMEND_DIVERSITY): must be 0-1, got 2",
			"recommend.favour_french (BOBINE_RECOMMEND_FAVOUR_FRENCH): must be 0-1, got 1.5",
			"index.content_dims (BOBINE_INDEX_CONTENT_DIMS): must be 2-1024, got 1",
			`log.level (BOBINE_LOG_LEVEL): must be debug, info, warn or error, got "loud"`,
		}},
		{"invalid env values", os.DevNull, map[string]string{
			"BOBINE_FETCH_BASE_URL":            "datasets.imdbws.com",
			"BOBINE_INDEX_TITLE_TYPES":         " , ",
			"BOBINE_SERVER_READ_LIMIT":         "10",
			"BOBINE_CHAT_MAX_SESSIONS":         "0",
			"BOBINE_RECOMMEND_FAVOUR_EUROPEAN": "-1",
			"BOBINE_SERVER_MEMORY_LIMIT":       "lots",
		}, []string{
			`fetch.base_url (BOBINE_FETCH_BASE_URL): must be an http(s) URL, got "datasets.imdbws.com"`,
			"index.title_types (BOBINE_INDEX_TITLE_TYPES): must list at least one IMDb title type",
			"server.read_limit (BOBINE_SERVER_READ_LIMIT): must be at least 64 bytes, got 10",
			"chat.max_sessions (BOBINE_CHAT_MAX_SESSIONS): must be >= 1",
			"recommend.favour_european (BOBINE_RECOMMEND_FAVOUR_EUROPEAN): must be 0-1, got -1",
			`server.memory_limit (BOBINE_SERVER_MEMORY_LIMIT): "lots" is not a size such as 768MiB or 2GiB`,
		}},
		{"bad duration", os.DevNull, map[string]string{"BOBINE_FETCH_TIMEOUT": "ten minutes"},
			[]string{"fetch.timeout", "not a duration"}},
		{"duration without unit", "testdata/nounit.yaml", nil,
			[]string{"chat.idle_timeout", "unit"}},
		{"bad number", os.DevNull, map[string]string{"BOBINE_INDEX_MIN_VOTES": "many"},
			[]string{"min_votes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			_, err := config.Load(tc.file, nil)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not contain %q:\n%v", w, err)
				}
			}
		})
	}
}

// The example file lists every key at its default, with its help; it is
// rendered from config.Keys (go test ./config -update rewrites it).
func TestExampleFile(t *testing.T) {
	clearEnv(t)
	const path = "../bobine.yaml.example"
	want := renderExample()
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is out of date with config.Keys; run go test ./config -update", path)
	}
	c, err := config.Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, config.Default()) {
		t.Errorf("%s does not load to the defaults:\n got %+v\nwant %+v", path, c, config.Default())
	}
}

func renderExample() string {
	var b strings.Builder
	b.WriteString("# bobine.yaml example: every configuration key at its default value.\n")
	b.WriteString("# Copy to bobine.yaml (read from the working directory, or pass -config FILE)\n")
	b.WriteString("# and keep only what you change. Each key can also be set from the environment:\n")
	b.WriteString("# data.dir -> BOBINE_DATA_DIR; lists as BOBINE_INDEX_TITLE_TYPES=\"movie tvSeries\"\n")
	b.WriteString("# (commas or spaces); durations as 90s, 30m, 2h. Unknown keys are an error.\n")
	b.WriteString("# Generated from config.Keys by `go test ./config -update`.\n")
	section := ""
	for _, k := range config.Keys {
		sec, name, _ := strings.Cut(k.Name, ".")
		if sec != section {
			section = sec
			fmt.Fprintf(&b, "\n%s:\n", sec)
		}
		fmt.Fprintf(&b, "  # %s (%s)\n  %s: %s\n", k.Help, config.EnvName(k.Name), name, yamlValue(k.Default))
	}
	return b.String()
}

func yamlValue(v any) string {
	switch d := v.(type) {
	case string:
		return quote(d)
	case []string:
		q := make([]string, len(d))
		for i, s := range d {
			q[i] = quote(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	case time.Duration:
		switch {
		case d%time.Hour == 0:
			return fmt.Sprintf("%dh", d/time.Hour)
		case d%time.Minute == 0:
			return fmt.Sprintf("%dm", d/time.Minute)
		}
		return d.String()
	case float64:
		s := fmt.Sprint(d)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		return s
	}
	return fmt.Sprint(v)
}

// quote double-quotes a string when YAML would read it as something else.
func quote(s string) string {
	plain := s != "" && !strings.ContainsAny(s, ":#'\"{}[],&*!|>%@`") && strings.TrimSpace(s) == s
	if plain {
		switch strings.ToLower(s) {
		case "true", "false", "yes", "no", "on", "off", "null", "~":
			plain = false
		}
	}
	if plain {
		return s
	}
	return fmt.Sprintf("%q", s)
}

func TestKeysSorted(t *testing.T) {
	// Sections stay grouped so that the example and `bobine help config`
	// read in order.
	var sections []string
	seen := map[string]bool{}
	for _, k := range config.Keys {
		sec, _, _ := strings.Cut(k.Name, ".")
		if len(sections) == 0 || sections[len(sections)-1] != sec {
			if seen[sec] {
				t.Errorf("section %s is split in config.Keys", sec)
			}
			seen[sec] = true
			sections = append(sections, sec)
		}
	}
}

func TestParseBytes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		bad  bool
	}{
		{"", 0, false}, {"0", 0, false}, {"off", 0, false}, {"1048576", 1 << 20, false},
		{"768MiB", 768 << 20, false}, {"2GiB", 2 << 30, false}, {" 1 TiB ", 1 << 40, false}, {"512B", 512, false},
		{"2GB", 0, true}, {"-1MiB", 0, true}, {"lots", 0, true}, {"9999999999TiB", 0, true},
	} {
		got, err := config.ParseBytes(tc.in)
		if (err != nil) != tc.bad || got != tc.want {
			t.Errorf("ParseBytes(%q) = %d, %v; want %d, error %v", tc.in, got, err, tc.want, tc.bad)
		}
	}
}

func TestRemovedKeyExplainsItsReplacement(t *testing.T) {
	clearEnv(t)
	path := filepath.Join(t.TempDir(), "bobine.yaml")
	if err := os.WriteFile(path, []byte("server:\n  gc_percent: 400\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := config.Load(path, nil)
	if err == nil || !strings.Contains(err.Error(), "server.gc_percent: removed") || !strings.Contains(err.Error(), "server.memory_limit") {
		t.Errorf("old key in the file: err %v, want it named with its replacement", err)
	}
	t.Setenv("BOBINE_SERVER_GC_PERCENT", "400")
	_, err = config.Load(os.DevNull, nil)
	if err == nil || !strings.Contains(err.Error(), "BOBINE_SERVER_GC_PERCENT: removed") {
		t.Errorf("old variable in the environment: err %v, want it named", err)
	}
}
