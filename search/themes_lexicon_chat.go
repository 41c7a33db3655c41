package search

// themeSeedChat gives a French way in to periods and places customers name
// inside chat messages, in the words they use for them (« sous
// l'Occupation », « la guerre de 14 », « la RDA », « en taule », « à New York »), which
// the data-driven bridge of themes.go reads as another keyword or not at
// all (« occupation » alone is the keyword of the West Bank films). Each
// entry was written from the keywords of the development catalogue, as a
// translator would, and reviewed; it reads like themeSeed and is merged
// into the same tables after it, so an entry of themeSeed keeps its
// phrases.
var themeSeedChat = []struct {
	fr       string
	also     []string
	keywords []string
}{
	{"Occupation", []string{"occupation", "l occupation", "sous l occupation", "occupation allemande", "france occupee", "annees d occupation", "pendant l occupation"}, []string{"occupied france (1940-44)", "german occupation of france", "nazi occupation", "french resistance"}},
	{"guerre de 14", []string{"guerre 14", "guerre de 1914", "guerre 1914", "guerre de 1914 1918", "guerre 1914 1918", "14 18", "la der des ders", "tranchees"}, []string{"world war i", "trench warfare"}},
	{"RDA", []string{"rda", "allemagne de l est", "berlin est", "allemands de l est"}, []string{"east germany", "berlin wall", "cold war"}},
	// « new york » alone is read as the rare keyword "new york" (the state's), not the city's.
	{"New York", []string{"new york", "a new york", "manhattan", "brooklyn", "new yorkais"}, []string{"new york city", "manhattan, new york city", "brooklyn, new york city", "bronx, new york city"}},
	{"taule", []string{"en taule", "la taule", "zonzon", "vie en taule", "vie en prison", "derriere les barreaux", "prisonniers en taule"}, []string{"prison", "prisoner", "prison cell"}},
}
