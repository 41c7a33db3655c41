package chat

import (
	"reflect"
	"testing"
)

// TestParse checks what the understanding layer makes of every kind of
// message, in French and English, before anything is looked up.
func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want message
	}{
		// liked films
		{"j'ai adoré Intouchables et Le Dîner de cons", message{Lang: "fr", Titles: []string{"Intouchables et Le Dîner de cons"}}},
		{"j'ai aimé les evades et amelie", message{Lang: "fr", Titles: []string{"les evades et amelie"}}},
		{"I liked Heat, Alien and Amélie", message{Lang: "en", Titles: []string{"Heat, Alien and Amélie"}}},
		{"I really loved Heat & Alien.", message{Lang: "en", Titles: []string{"Heat & Alien"}}},
		{"Heat", message{Titles: []string{"Heat"}}},
		{"Harry Potter et la Chambre des secrets", message{Lang: "fr", Titles: []string{"Harry Potter et la Chambre des secrets"}}},
		{"Pride and Prejudice", message{Titles: []string{"Pride and Prejudice"}}},
		{"Le Bon, la Brute et le Truand", message{Lang: "fr", Titles: []string{"Le Bon, la Brute et le Truand"}}},
		{"Drôle de drame", message{Lang: "fr", Titles: []string{"Drôle de drame"}}},
		{"bonjour, j'ai aimé Amélie", message{Lang: "fr", Titles: []string{"Amélie"}}},
		// a film like X but newer / older
		{"un film comme Les Bronzés mais plus récent", message{Lang: "fr", Titles: []string{"Les Bronzés"}, Newer: true}},
		{"something like Alien but older", message{Lang: "en", Titles: []string{"Alien"}, Older: true}},
		{"un film récent", message{Lang: "fr", Recent: true}},
		// people
		{"des films avec Jean Gabin", message{Lang: "fr", People: []string{"Jean Gabin"}, Starring: []string{"Jean Gabin"}}},
		{"un film de Kubrick", message{Lang: "fr", People: []string{"Kubrick"}, FilmsOf: []string{"Kubrick"}}},
		{"with Tom Hanks", message{Lang: "en", People: []string{"Tom Hanks"}, Starring: []string{"Tom Hanks"}}},
		{"a movie directed by Jane Campion", message{Lang: "en", People: []string{"Jane Campion"}, DirectedBy: []string{"Jane Campion"}}},
		{"avec Jean Gabin et Louis de Funès", message{Lang: "fr", People: []string{"Jean Gabin", "Louis de Funès"}, Starring: []string{"Jean Gabin", "Louis de Funès"}}},
		{"j'ai aimé Danse avec les loups", message{Lang: "fr", Titles: []string{"Danse"}, People: []string{"les loups"}, Starring: []string{"les loups"}, TitleBy: []string{"les loups"}}},
		// eras
		{"des films des années 90", message{Lang: "fr", MinYear: 1990, MaxYear: 1999}},
		{"les années 2000", message{Lang: "fr", MinYear: 2000, MaxYear: 2009}},
		{"des années cinquante", message{Lang: "fr", MinYear: 1950, MaxYear: 1959}},
		{"something from the 80s", message{Lang: "en", MinYear: 1980, MaxYear: 1989}},
		{"1970s films", message{Lang: "en", MinYear: 1970, MaxYear: 1979}},
		{"après 2010", message{Lang: "fr", MinYear: 2011}},
		{"since 2015", message{MinYear: 2015}},
		{"avant 1960", message{Lang: "fr", MaxYear: 1959}},
		{"entre 1990 et 2000", message{Lang: "fr", MinYear: 1990, MaxYear: 2000}},
		// genres
		{"pas d'horreur", message{Lang: "fr", AvoidGenres: []string{"Horror"}}},
		{"no horror", message{Lang: "en", AvoidGenres: []string{"Horror"}}},
		{"pas de films de guerre ni d'horreur", message{Lang: "fr", AvoidGenres: []string{"War", "Horror"}}},
		// what someone is tired of is not wanted (asides.go)
		{"j'en ai marre des super-héros", message{Lang: "fr", AvoidThemes: []string{"super-héros"}}},
		{"I'm sick of zombie films", message{Lang: "en", AvoidThemes: []string{"zombie"}}},
		{"marre des comédies", message{AvoidGenres: []string{"Comedy"}}},
		{"une comédie", message{Lang: "fr", Genres: []string{"Comedy"}}},
		{"un policier", message{Lang: "fr", Genres: []string{"Crime"}}},
		{"de la science-fiction", message{Lang: "fr", Genres: []string{"Sci-Fi"}}},
		{"un dessin animé", message{Lang: "fr", Genres: []string{"Animation"}}},
		{"des films d'aventure", message{Lang: "fr", Genres: []string{"Adventure"}}},
		{"une comédie romantique", message{Lang: "fr", AllGenres: []string{"Comedy", "Romance"}}},
		{"une comédie ou un drame", message{Lang: "fr", Genres: []string{"Comedy", "Drama"}}},
		{"une comedie dramatique", message{Lang: "fr", AllGenres: []string{"Comedy", "Drama"}}},
		{"a horror comedy", message{Lang: "en", AllGenres: []string{"Horror", "Comedy"}}},
		{"comedie romantique des annees 90", message{Lang: "fr", AllGenres: []string{"Comedy", "Romance"}, MinYear: 1990, MaxYear: 1999}},
		{"comédies ou drames", message{Genres: []string{"Comedy", "Drama"}}},
		{"isabelle huppert dans un film de chabrol", message{Lang: "fr", People: []string{"isabelle huppert", "chabrol"}, Starring: []string{"isabelle huppert"}, FilmsOf: []string{"chabrol"}}},
		// a person's films with what is wanted of them (personroles.go, personwish.go, avoidpeople.go)
		{"Belmondo jeune, dans les années 60", message{Lang: "fr", Titles: []string{"Belmondo"}, ClauseNames: []string{"Belmondo"}, MinYear: 1960, MaxYear: 1969}},
		{"Belmondo, tout ce que vous avez", message{Lang: "fr", Titles: []string{"Belmondo"}}},
		{"avec delon et des gangsters", message{Lang: "fr", Titles: []string{"des gangsters"}, People: []string{"delon"}, Starring: []string{"delon"}}},
		{"les films d'agnès varda, on aime beaucoup", message{Lang: "fr", People: []string{"agnès varda"}, FilmsOf: []string{"agnès varda"}}},
		{"des films de Patrice Leconte, mais ma femme ne supporte pas Jean Rochefort, donc sans lui", message{Lang: "fr", People: []string{"Patrice Leconte"}, FilmsOf: []string{"Patrice Leconte"}, AvoidThemes: []string{"Jean Rochefort"}}},
		{"des westerns de sergio leone", message{Lang: "fr", Genres: []string{"Western"}, People: []string{"sergio leone"}, FilmsOf: []string{"sergio leone"}}},
		{"avec gerard depardieu et catherine deneuve", message{Lang: "fr", People: []string{"gerard depardieu", "catherine deneuve"}, Starring: []string{"gerard depardieu", "catherine deneuve"}}},
		{"un film d'animation d'1h30 environ", message{Lang: "fr", Genres: []string{"Animation"}, MinRuntime: 75, MaxRuntime: 105}},
		{"a comedy around 90 minutes", message{Lang: "en", Genres: []string{"Comedy"}, MinRuntime: 75, MaxRuntime: 105}},
		{"un drame de plus de 2h", message{Lang: "fr", Genres: []string{"Drama"}, MinRuntime: 121}},
		{"un peu plus ancien svp", message{Lang: "fr", Older: true}},
		{"a bit older please", message{Lang: "en", Older: true}},
		{"western", message{Genres: []string{"Western"}}},
		{"a comedy", message{Lang: "en", Genres: []string{"Comedy"}}},
		{"I'd like a sci-fi movie from the 90s, no horror please", message{Lang: "en", Genres: []string{"Sci-Fi"}, AvoidGenres: []string{"Horror"}, MinYear: 1990, MaxYear: 1999}},
		// family, length, language, French films
		{"pour les enfants", message{Lang: "fr", Family: true}},
		{"un dessin animé pour les enfants", message{Lang: "fr", Genres: []string{"Animation"}, Family: true}},
		{"for kids", message{Lang: "en", Family: true}},
		{"moins long", message{Lang: "fr", Shorter: true}},
		{"shorter please", message{Lang: "en", Shorter: true}},
		{"en français", message{Language: "fr"}},
		{"in French", message{Lang: "en", Language: "fr"}},
		{"un film français", message{Lang: "fr", FrenchOnly: true}},
		{"a French movie with Jean Gabin", message{Lang: "en", FrenchOnly: true, People: []string{"Jean Gabin"}, Starring: []string{"Jean Gabin"}}},
		{"une comédie française des années 80", message{Lang: "fr", Genres: []string{"Comedy"}, FrenchOnly: true, MinYear: 1980, MaxYear: 1989}},
		// more
		{"encore", message{Lang: "fr", More: true}},
		{"d'autres", message{Lang: "fr", More: true}},
		{"more", message{Lang: "en", More: true}},
		{"encore, mais pas d'horreur", message{Lang: "fr", More: true, AvoidGenres: []string{"Horror"}}},
		// why
		{"pourquoi le 2 ?", message{Lang: "fr", Act: actWhy, Refs: []int{2}}},
		{"pourquoi le deuxième", message{Lang: "fr", Act: actWhy, Refs: []int{2}}},
		{"why the second?", message{Lang: "en", Act: actWhy, Refs: []int{2}}},
		{"why number 4", message{Lang: "en", Act: actWhy, Refs: []int{4}}},
		{"pourquoi ?", message{Lang: "fr", Act: actWhy, Refs: []int{0}}},
		// more like a shown film
		{"plus comme le 3", message{Lang: "fr", Act: actLikeShown, Refs: []int{3}}},
		{"d'autres comme le premier", message{Lang: "fr", Act: actLikeShown, Refs: []int{1}}},
		{"another one like the second", message{Lang: "en", Act: actLikeShown, Refs: []int{2}}},
		{"more like 3", message{Lang: "en", Act: actLikeShown, Refs: []int{3}}},
		// reject
		{"non, pas celui-là", message{Lang: "fr", Act: actReject, Refs: []int{0}}},
		{"pas le 4", message{Lang: "fr", Act: actReject, Refs: []int{4}}},
		{"pas le 2 ni le 5", message{Lang: "fr", Act: actReject, Refs: []int{2, 5}}},
		{"le 2 je l'ai déjà vu", message{Lang: "fr", Act: actReject, Refs: []int{2}}},
		{"not that one", message{Lang: "en", Act: actReject, Refs: []int{0}}},
		{"not the last one", message{Lang: "en", Act: actReject, Refs: []int{-1}}},
		// reset, greetings, help, thanks
		{"recommencer", message{Lang: "fr", Reset: true}},
		{"on recommence : j'ai aimé Heat", message{Lang: "fr", Reset: true, Titles: []string{"Heat"}}},
		{"reset", message{Lang: "en", Reset: true}},
		{"start over", message{Lang: "en", Reset: true}},
		{"bonjour", message{Lang: "fr", Act: actGreet}},
		{"hello", message{Lang: "en", Act: actGreet}},
		{"aide", message{Lang: "fr", Act: actHelp}},
		{"help", message{Lang: "en", Act: actHelp}},
		{"merci !", message{Lang: "fr", Act: actThanks}},
		// nothing to go on
		{"ok", message{}},
		{"des films", message{}},
		{"asdfghjkl", message{Titles: []string{"asdfghjkl"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := parse(tt.in, parseOptions{})
			if !reflect.DeepEqual(normalise(got), normalise(tt.want)) {
				t.Errorf("parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

func normalise(m message) message {
	for _, p := range []*[]string{&m.Titles, &m.People, &m.Genres, &m.AvoidGenres} {
		if len(*p) == 0 {
			*p = nil
		}
	}
	if len(m.Refs) == 0 {
		m.Refs = nil
	}
	m.Raw = "" // the message itself, kept for pickByHints
	return m
}

// TestParseNoPeople checks the second reading used when a "person" turns
// out to be the end of a title.
func TestParseNoPeople(t *testing.T) {
	for in, want := range map[string]string{
		"j'ai aimé Danse avec les loups": "Danse avec les loups",
		"I liked Gone with the Wind":     "Gone with the Wind",
		"Stand by Me":                    "Stand by Me",
	} {
		m := parse(in, parseOptions{noPeople: true})
		if len(m.People) != 0 || !reflect.DeepEqual(m.Titles, []string{want}) {
			t.Errorf("parse(%q, noPeople) = titles %q people %q, want title %q", in, m.Titles, m.People, want)
		}
	}
}

func TestDetectLang(t *testing.T) {
	for in, want := range map[string]string{
		"j'ai aimé les evades et amelie": "fr",
		"I liked Heat, Alien and Amélie": "en",
		"pourquoi le 2 ?":                "fr",
		"why the second?":                "en",
		"the Lynch one":                  "en",
		"celui de Villeneuve":            "fr",
		"Dune":                           "",
		"2021":                           "",
		"le 2":                           "",
		"Amélie":                         "",
	} {
		if got := detectLang(in); got != want {
			t.Errorf("detectLang(%q) = %q, want %q", in, got, want)
		}
	}
}

// view is the part of a message the grid checks: what a customer asked
// for besides acts.
type view struct {
	Titles, People, Genres, Themes []string
	Countries, AvoidCountries      []string
	MinYear, MaxYear, MaxRuntime   int
	FrenchOnly, Also, Recent       bool
}

func viewOf(m message) view {
	// A genre is a genre here, whether any of or all of.
	v := view{Titles: m.Titles, People: m.People, Genres: append(append([]string(nil), m.Genres...), m.AllGenres...), Themes: m.Themes, Countries: m.Countries,
		AvoidCountries: m.AvoidCountries, MinYear: m.MinYear, MaxYear: m.MaxYear, MaxRuntime: m.MaxRuntime,
		FrenchOnly: m.FrenchOnly, Also: m.Also, Recent: m.Recent}
	for _, p := range []*[]string{&v.Titles, &v.People, &v.Genres, &v.Themes, &v.Countries, &v.AvoidCountries} {
		if len(*p) == 0 {
			*p = nil
		}
	}
	return v
}

// TestParseGrid: every span of a message is read as what it is — duration,
// nationality, era, theme, filler or title — in several phrasings, French
// and English, polite or terse, with or without accents.
func TestParseGrid(t *testing.T) {
	tests := []struct {
		in   string
		want view
	}{
		// durations
		{"moins long, moins de 2h", view{MaxRuntime: 119}},
		{"moins de 2 heures", view{MaxRuntime: 119}},
		{"1h30 max", view{MaxRuntime: 90}},
		{"un film d'1h30 maximum svp", view{MaxRuntime: 90}},
		{"pas plus de 100 minutes", view{MaxRuntime: 100}},
		{"moins d'une heure et demie", view{MaxRuntime: 89}},
		{"under two hours", view{MaxRuntime: 119}},
		{"something under 90 minutes please", view{MaxRuntime: 89}},
		{"no longer than 2 hours", view{MaxRuntime: 120}},
		{"2h max, une comédie", view{MaxRuntime: 120, Genres: []string{"Comedy"}}},
		// eras, an explicit year winning over "plus récent"
		{"plus récent, après 2000", view{MinYear: 2001}},
		{"plus recent apres 2000", view{MinYear: 2001}},
		{"after 1990", view{MinYear: 1991}},
		{"des années 80", view{MinYear: 1980, MaxYear: 1989}},
		{"un film récent", view{Recent: true}},
		// nationalities
		{"pas de film américain", view{AvoidCountries: []string{"US"}}},
		{"pas de films americains svp", view{AvoidCountries: []string{"US"}}},
		{"no American movies", view{AvoidCountries: []string{"US"}}},
		{"un film italien", view{Countries: []string{"IT"}}},
		{"Italian films", view{Countries: []string{"IT"}}},
		{"de l'animation japonaise", view{Genres: []string{"Animation"}, Countries: []string{"JP"}}},
		{"japanese animation", view{Genres: []string{"Animation"}, Countries: []string{"JP"}}},
		{"un polar coréen", view{Genres: []string{"Crime"}, Countries: []string{"KR"}}},
		{"que des comédies françaises", view{Genres: []string{"Comedy"}, FrenchOnly: true}},
		{"du cinéma espagnol", view{Countries: []string{"ES"}}},
		// themes after a cue
		{"je cherche un film de braquage", view{People: []string{"braquage"}}}, // a name the engine reads as a theme when nobody has it
		{"something about time travel", view{Themes: []string{"time travel"}}},
		{"a heist movie from the 2000s", view{Themes: []string{"heist"}, MinYear: 2000, MaxYear: 2009}},
		{"comme Heat mais avec des braquages", view{Titles: []string{"Heat"}, Themes: []string{"braquages"}}},
		{"un film sur la seconde guerre mondiale", view{Themes: []string{"seconde guerre mondiale"}}},
		{"des films avec des zombies des années 2000", view{Themes: []string{"zombies"}, MinYear: 2000, MaxYear: 2009}},
		// fillers never become titles
		{"maintenant j'ai aimé le bon la brute et le truand", view{Titles: []string{"le bon la brute et le truand"}}},
		{"bonjour, vous auriez une comédie ?", view{Genres: []string{"Comedy"}}},
		{"je cherche une comédie svp merci", view{Genres: []string{"Comedy"}}},
		{"on a adoré Intouchables", view{Titles: []string{"Intouchables"}}},
		// typos in lexicon words are corrected
		{"des comdies francaises", view{Genres: []string{"Comedy"}, FrenchOnly: true}},
		{"pas de film americian", view{AvoidCountries: []string{"US"}}},
		{"des anness 80", view{MinYear: 1980, MaxYear: 1989}},
		{"moins de 2 heurs", view{MaxRuntime: 119}},
		{"animtion japonaise", view{Genres: []string{"Animation"}, Countries: []string{"JP"}}},
		{"maintenat j'ai aimé Gladiator", view{Titles: []string{"Gladiator"}}},
		// what customers say around their request
		{"Bonjour, j'ai beaucoup aimé Intouchables, vous auriez des films dans le même genre svp ?", view{Titles: []string{"Intouchables"}}},
		{"j'ai adore le fabuleux destin d'amelie poulain, qu'est ce que vous me conseillez", view{Titles: []string{"le fabuleux destin d'amelie poulain"}}},
		{"loved the matrix", view{Titles: []string{"the matrix"}}},
		{"I loved Heat, anything under two hours?", view{Titles: []string{"Heat"}, MaxRuntime: 119}},
		{"only comedies, something like Shaun of the Dead", view{Titles: []string{"Shaun of the Dead"}, Genres: []string{"Comedy"}}},
		{"une comédie avec des zombies mais pas trop gore", view{Genres: []string{"Comedy"}, Themes: []string{"zombies"}}},
		{"zombie films, no comedy", view{Themes: []string{"zombie"}}},
		{"I liked Cinema Paradiso, any European films like that?", view{Titles: []string{"Cinema Paradiso"}, Countries: []string{"EU"}}},
		// "aussi" adds to the liked films
		{"j'ai aussi aimé Alien", view{Titles: []string{"Alien"}, Also: true}},
		{"I also liked Alien", view{Titles: []string{"Alien"}, Also: true}},
		{"et Heat", view{Titles: []string{"Heat"}, Also: true}},
		// titles with "et", "de" or a year stay whole
		{"Harry Potter et la chambre des secrets", view{Titles: []string{"Harry Potter et la chambre des secrets"}}},
		{"il était une fois dans l'ouest", view{Titles: []string{"il était une fois dans l'ouest"}}},
		{"le diner de cons 1998", view{Titles: []string{"le diner de cons 1998"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := viewOf(parse(tt.in, parseOptions{})); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

// TestParseActs: intents about the list shown, in the words customers use.
func TestParseActs(t *testing.T) {
	tests := []struct {
		in   string
		act  act
		refs []int
	}{
		{"c'est quoi le 2 ?", actWhy, []int{2}},
		{"pourquoi tu me proposes le troisieme", actWhy, []int{3}},
		{"why did you pick number two?", actWhy, []int{2}},
		{"the last one, why?", actWhy, []int{-1}},
		{"tell me about the 4th", actWhy, []int{4}},
		{"le 4 je l'ai vu", actReject, []int{4}},
		{"I've seen the first one", actReject, []int{1}},
		{"j'ai déjà vu le 2", actReject, []int{2}},
		{"j'aime bien le 3, d'autres comme ça", actLikeShown, []int{3}},
		{"I liked the second one", actLikeShown, []int{2}},
		{"c'est tout, merci", actThanks, nil},
		{"thanks, bye!", actThanks, nil},
		{"I don't like the third one", actReject, []int{3}},
		{"similaire au premier", actLikeShown, []int{1}},
		{"more in the vein of number 4", actLikeShown, []int{4}},
		{"nope, not the 3rd", actReject, []int{3}},
		{"je l'ai déjà vu, le 1", actReject, []int{1}},
		{"je n'aime pas le 2", actReject, []int{2}},
		{"au revoir", actThanks, nil},
		{"au revoir les enfants", actNone, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m := parse(tt.in, parseOptions{})
			if m.Act != tt.act || !reflect.DeepEqual(normalise(m).Refs, tt.refs) {
				t.Errorf("parse(%q) = act %v refs %v, want %v %v", tt.in, m.Act, m.Refs, tt.act, tt.refs)
			}
		})
	}
}

// TestParseGridMore: more phrasings of nationality, theme, audience and
// genre, written after the first round of tuning.
func TestParseGridMore(t *testing.T) {
	tests := []struct {
		in   string
		want view
	}{
		{"quelque chose de français", view{FrenchOnly: true}},
		{"a movie made in France", view{FrenchOnly: true}},
		{"nothing from Hollywood", view{AvoidCountries: []string{"US"}}},
		{"un film qui ne soit pas américain", view{AvoidCountries: []string{"US"}}},
		{"hors USA, un thriller", view{AvoidCountries: []string{"US"}, Genres: []string{"Thriller"}}},
		{"un film qui parle de la mafia", view{Themes: []string{"la mafia"}}},
		{"une histoire de vampires", view{Themes: []string{"vampires"}}},
		{"movies with dinosaurs", view{Themes: []string{"dinosaurs"}}},
		{"un truc qui fait rire", view{Genres: []string{"Comedy"}}},
		{"a love story", view{Genres: []string{"Romance"}}},
		{"un bon thriller psychologique", view{Genres: []string{"Thriller"}}},
		{"less than 1h30", view{MaxRuntime: 89}},
		{"des films européens des années 90, pas en anglais", view{Countries: []string{"EU"}, AvoidCountries: []string{"US", "GB"}, MinYear: 1990, MaxYear: 1999}},
		{"des années 70 ou 80", view{MinYear: 1970, MaxYear: 1989}},
		{"pas japonais cette fois", view{AvoidCountries: []string{"JP"}}},
		{"français si possible", view{FrenchOnly: true}},
		{"un film dans l'espace", view{Themes: []string{"espace"}}},
		{"ne dépassant pas 2h", view{MaxRuntime: 120}},
		{"qui ne dure pas plus de 2 heures", view{MaxRuntime: 120}},
		{"an hour and a half max", view{MaxRuntime: 90}},
		{"un film qui se passe dans l'espace", view{Themes: []string{"espace"}}},
		{"un film où il y a des dinosaures", view{Themes: []string{"dinosaures"}}},
		{"a movie where there are robots", view{Themes: []string{"robots"}}},
		{"a true story", view{Genres: []string{"Biography"}}},
		{"je n'aime pas les films d'horreur", view{}},
		{"ma femme préfère les comédies romantiques", view{Genres: []string{"Comedy", "Romance"}}},
		{"Heat ou Casino, j'hésite", view{Titles: []string{"Heat ou Casino"}}},
		{"only French ones", view{FrenchOnly: true}},
		{"jai aime les evades", view{Titles: []string{"les evades"}}},
		{"Le labyrinthe de pan, ca vous dit quelque chose ?", view{Titles: []string{"Le labyrinthe de pan"}}},
		{"Je voudrais revoir quelque chose comme Le Grand Bleu", view{Titles: []string{"Le Grand Bleu"}}},
		{"what about something like the matrix from the 2000s", view{Titles: []string{"the matrix"}, MinYear: 2000, MaxYear: 2009}},
		{"not longer than an hour and a half", view{MaxRuntime: 90}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := viewOf(parse(tt.in, parseOptions{})); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
	for _, in := range []string{"quelque chose pour les petits, ils ont 5 ans", "Bonjour, on cherche un film pour ce soir avec les enfants (8 et 10 ans)", "something family friendly", "pour regarder avec mes enfants de 8 ans", "adapté aux enfants", "suitable for children", "for my 10 year old", "kid-friendly please"} {
		if m := parse(in, parseOptions{}); !m.Family || len(m.Titles) > 0 {
			t.Errorf("parse(%q) = family %v titles %q, want family and no title", in, m.Family, m.Titles)
		}
	}
}

// TestParseGridGeneralise: phrasings written for each failure class found
// on the held-out corpus (none of them is a corpus sentence): fillers
// around a title, shorter and duration verbs, ages, a cue repeated, a
// nationality after a theme, theme clauses, war eras, third-person likes.
func TestParseGridGeneralise(t *testing.T) {
	tests := []struct {
		in   string
		want view
	}{
		// fillers around a title
		{"on a vu Les Bronzés avec ma femme, vous pouvez nous proposer d'autres films ?", view{Titles: []string{"Les Bronzés"}}},
		{"with my wife we watched Heat, could you suggest another movie", view{Titles: []string{"Heat"}}},
		{"bref, j'ai envie d'un film comme Amélie", view{Titles: []string{"Amélie"}}},
		{"I'm in the mood for something like Alien", view{Titles: []string{"Alien"}}},
		{"I feel like watching something like Jaws", view{Titles: []string{"Jaws"}}},
		{"just saw Inception and loved it", view{Titles: []string{"Inception"}}},
		{"we finally watched Heat, what should we watch next", view{Titles: []string{"Heat"}}},
		{"Alien was amazing, anything similar?", view{Titles: []string{"Alien"}}},
		{"la haine c'était génial, vous avez quoi d'autre", view{Titles: []string{"la haine"}}},
		{"tu as quoi dans le même style que Les Visiteurs", view{Titles: []string{"Les Visiteurs"}}},
		{"un thriller genre Heat", view{Titles: []string{"Heat"}, Genres: []string{"Thriller"}}},
		// third-person likes
		{"ma fille a adoré Le Roi lion", view{Titles: []string{"Le Roi lion"}}},
		{"ils ont beaucoup aimé Shrek", view{Titles: []string{"Shrek"}}},
		{"my son loved Toy Story", view{Titles: []string{"Toy Story"}}},
		{"the kids really enjoyed Up", view{Titles: []string{"Up"}}},
		// durations said with a verb
		{"un polar qui fait moins de 1h50", view{Genres: []string{"Crime"}, MaxRuntime: 109}},
		{"qui dure pas plus de 90 minutes", view{MaxRuntime: 90}},
		{"a comedy that runs under 100 minutes", view{Genres: []string{"Comedy"}, MaxRuntime: 99}},
		{"runtime under 2 hours", view{MaxRuntime: 119}},
		// eras
		{"un film d'après-guerre", view{MinYear: 1945, MaxYear: 1959}},
		{"something pre-war", view{MaxYear: 1939}},
		{"un polar de l'avant guerre", view{Genres: []string{"Crime"}, MaxYear: 1939}},
		{"only from after 1995", view{MinYear: 1996}},
		{"movies before 1970 please", view{MaxYear: 1969}},
		// a nationality after a theme or a cue
		{"un film de sous-marin allemand", view{People: []string{"sous-marin"}, Countries: []string{"DE"}}},
		{"des films de samouraï japonais", view{People: []string{"samouraï"}, Countries: []string{"JP"}}},
		{"Italian mafia movies", view{Countries: []string{"IT"}, Themes: []string{"mafia"}}},
		{"Korean revenge films", view{Countries: []string{"KR"}, Themes: []string{"revenge"}}},
		{"big French comedies", view{FrenchOnly: true, Genres: []string{"Comedy"}}},
		// a cue repeated: two themes or two people
		{"des films de pirates ou de corsaires", view{People: []string{"pirates", "corsaires"}}},
		{"un film de Kubrick ou de Lynch", view{People: []string{"Kubrick", "Lynch"}}},
		// theme clauses
		{"un film où ils cherchent un trésor", view{Themes: []string{"cherchent un trésor"}}},
		{"a movie where they rob a bank", view{Themes: []string{"rob a bank"}}},
		{"comme Alien mais avec plus de monstres", view{Titles: []string{"Alien"}, Themes: []string{"monstres"}}},
		{"like Jaws but with more sharks", view{Titles: []string{"Jaws"}, Themes: []string{"sharks"}}},
		{"un film sur la 2nde guerre mondiale", view{Themes: []string{"2nde guerre mondiale"}}},
		// a person's name ends before a filler
		{"avec Gérard Depardieu uniquement", view{People: []string{"Gérard Depardieu"}}},
		{"starring Meryl Streep only", view{People: []string{"Meryl Streep"}}},
		// "films with X" is read as a theme; capitalised, the dialogue looks a person up first
		{"films with Meryl Streep only", view{Themes: []string{"Meryl Streep"}}},
		// a subject after "un film de" runs through dans/en/sur; a name does not
		{"un film de voyage dans le temps", view{People: []string{"voyage dans le temps"}}},
		{"des films de tueur en série des années 90", view{People: []string{"tueur en série"}, MinYear: 1990, MaxYear: 1999}},
		{"un film de survie en montagne", view{People: []string{"survie en montagne"}}},
		{"un film de Spielberg dans les années 80", view{People: []string{"Spielberg"}, MinYear: 1980, MaxYear: 1989}},
		// negated eras
		{"des comédies, pas avant 1980", view{Genres: []string{"Comedy"}, MinYear: 1980}},
		{"nothing released after 1990", view{MaxYear: 1990}},
		{"jamais avant 2000", view{MinYear: 2000}},
		// "avec un ..." is a subject, never a person
		{"un film avec un robot", view{Themes: []string{"robot"}}},
		{"un drame avec une sorcière", view{Genres: []string{"Drama"}, Themes: []string{"sorcière"}}},
		// a theme, then "films", after a request word
		{"I want vampire films", view{Themes: []string{"vampire"}}},
		{"show me pirate movies", view{Themes: []string{"pirate"}}},
		// audience
		{"pour des enfants de 7 et 9 ans", view{}},
		{"c'est un peu trop long", view{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := viewOf(parse(tt.in, parseOptions{})); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
	for _, in := range []string{"pour des enfants de 7 et 9 ans", "un film pour les petits de 4 ans", "for the kids, they are 6 and 8"} {
		if m := parse(in, parseOptions{}); !m.Family || len(m.Titles) > 0 {
			t.Errorf("parse(%q) = family %v titles %q, want family and no title", in, m.Family, m.Titles)
		}
	}
	for _, in := range []string{"c'est un peu trop long", "too long, something shorter", "c'était beaucoup trop long"} {
		if m := parse(in, parseOptions{}); !m.Shorter || len(m.Titles) > 0 {
			t.Errorf("parse(%q) = shorter %v titles %q, want shorter and no title", in, m.Shorter, m.Titles)
		}
	}
	for in, want := range map[string][]int{"pas celui-là, le 3": {3}, "not that one, the second": {2}, "non pas celui-ci le 5": {5},
		"le 2, ils l'ont déjà vu": {2}, "le troisième on l'a déjà vu": {3}, "the 4th one, the kids have already seen it": {4}, "number 1, we've seen it": {1}} {
		if m := parse(in, parseOptions{}); m.Act != actReject || !reflect.DeepEqual(m.Refs, want) {
			t.Errorf("parse(%q) = %v %v, want reject %v", in, m.Act, m.Refs, want)
		}
	}
}
