package chat_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/web/webtest/devstack"
)

// The dialogue corpus (testdata/corpus) measures how well the chat
// understands what customers type. It is written from the customer's side
// and checks only facts of the replies (kind, language, years, runtimes,
// genres, countries, credits, keywords, what was liked), never a pinned list
// of films, so that a better recommender does not break it.
//
// Parts: tune.txt (and the tune_* grids) may be looked at while improving
// the chat; six held-out parts measure what was not tuned on. heldout.txt
// was the first; heldout2.txt is a second held-out set written fresh, by
// someone who had read neither of the others, to measure phrasings the
// project has never seen; heldout3.txt is a third one, written the same way
// from the customer's side at the end of the work on issue 10, never played
// while tuning; heldout4.txt is a fourth one, written fresh by an
// independent writer while heldout3 was being read and fixed, from the
// customer's side (French first: Pagnol, Truffaut, de Funès, Gabin,
// Belmondo, recent French cinema, then world cinema), never played while
// tuning and never read beyond its totals: it gives the figure the lead
// reports; heldout5.txt is a fifth one, written the same way by another
// independent writer (who read no other part but tune.txt, for the format,
// and none of the chat's code) during the session measured on it, never
// played while tuning and never read beyond its totals: it gives the figure
// the lead reports at the end of that session; heldout6.txt is a sixth one,
// written the same way by a third independent writer (French first, long
// mixed messages and follow-ups as the cinema's customers type them), sealed
// like heldout5; heldout7.txt is a seventh one, written the same way by a
// fourth independent writer during the sixth session (customers of a cinema
// in the Creuse: French classics first, families, teenagers, film buffs and
// English-speaking residents), sealed too; heldout8.txt is an eighth one,
// written the same way by a fifth independent writer during the seventh
// session (customers of a small cinema in the Creuse: retired people fond of
// French classics and 70s-80s popular cinema, parents choosing for children,
// teenagers, couples, film-club regulars, British and Dutch residents who
// write English), sealed too; heldout9.txt is a ninth one, written the same
// way by a sixth independent writer during the eighth session (customers of
// a small cinema in the Creuse: retired people fond of Gabin, de Funès,
// Pagnol, Tati, Rohmer and Varda, parents and grandparents, teenagers,
// couples, film-club regulars, recent French cinema, world cinema, British,
// Dutch and German residents who write English), sealed like heldout5;
// heldout10.txt is a tenth one, written the same way by a seventh
// independent writer during the ninth session (customers of a small cinema
// in the Creuse going online: a retirement home, farmers, night-shift
// nurses, students, Portuguese-French families, Parisians with a second
// home, hikers, a village ciné-club, a school class, a teenager's birthday,
// couples with opposite tastes, Belgian, Swiss, British and Dutch
// visitors), sealed like heldout5; heldout11.txt is an eleventh one,
// written the same way by an eighth independent writer during the tenth
// session (customers of a small cinema in the Creuse going online:
// shopkeepers, a rugby club, a book club, a parish priest, night-shift
// nurses, a mayor's office planning an open-air screening, a grandmother and
// her Erasmus grandson, truck drivers, teachers, film students, teenagers,
// British, Irish, Dutch, German and Swiss residents), sealed like heldout5
// until the eleventh session read it (see corpusSealed); heldout12.txt is a
// twelfth one, written by hand, message by message, by a ninth independent
// writer during the eleventh session (customers of a small cinema in the
// Creuse: retired couples, a farmer at harvest time, a baker, night-shift
// nurses, a night watchman, parents and grandparents with children of given
// ages, teenagers texting, a ciné-club, teachers preparing a class outing, a
// Portuguese-French family, British, Dutch, Irish, Flemish, German and
// American residents and visitors writing English), sealed like heldout5;
// heldout13.txt is a thirteenth one, written by hand, message by message,
// by a tenth independent writer during the twelfth session (customers of a
// small cinema in the Creuse: a pharmacist, a bus driver, a plumber, a
// hairdresser, a beekeeper, a gendarme, a postwoman, a cheese maker, a
// wedding party, a Scout leader, a hospital chaplain, a widower, an
// insomniac, students home for the holidays, a lycée class delegate, a
// retired schoolmistress, grandparents babysitting, a Moroccan-French
// family, Spanish and Italian neighbours, a Japanese exchange student,
// British, Scottish, Welsh, Canadian, American, New Zealand, Danish and
// Polish residents and visitors writing English), sealed like heldout5
// until the thirteenth session read it; heldout14.txt is a fourteenth one,
// written by hand, message by message, by an eleventh independent writer
// during the thirteenth session (customers of a small cinema in the Creuse:
// a sawmill worker, a tapestry weaver from Aubusson, a vet, a rugby club
// treasurer, an ambulance driver, a volunteer firefighter, a mayor's
// secretary, a midwife, a truck driver, a B&B owner, a retired railwayman, a
// bored teenager, a single father, a couple on a first date, a retirement
// home's ciné-club, a Portuguese-French family, Belgian and Swiss visitors,
// British, Irish, Australian, South African, American, Swedish, German and
// Indian residents and visitors writing English), sealed like heldout5.
// The tune part has a threshold, heldout2 to heldout14 floors
// (corpusMinHeldout2, corpusMinHeldout3, corpusMinHeldout4,
// corpusMinHeldout5, corpusMinHeldout6, corpusMinHeldout7,
// corpusMinHeldout8, corpusMinHeldout9, corpusMinHeldout10,
// corpusMinHeldout11, corpusMinHeldout12, corpusMinHeldout13,
// corpusMinHeldout14); each part is reported separately.
//
// File format (UTF-8, one item a line; blank lines and lines starting with
// "#" are ignored):
//
//	== fr braquage-poli          a dialogue: its language (fr|en) and a name unique in the file
//	> je cherche un film de braquage svp      a customer message
//	? kind films                  a check on the reply to the message above
//	? [theme] most keyword heist|bank robbery   an optional [category] overrides the default one
//
// Checks:
//
//	kind films|choose|text        the reply's kind
//	count N                       N films in the reply
//	lang fr|en                    the reply's language (implicit: the dialogue's language)
//	no-english                    no common English word in the text and the cards' reasons
//	                              (implicit for French dialogues; titles and names are ignored)
//	liked ttID                    the dialogue now works from that film (shown in the state, or named
//	                              in the text), and the film is not recommended back
//	liked-none                    the state holds no liked film (pending until the chat exposes its state)
//	liked-prev N                  film N of the previous list is now liked
//	why N                         the reply explains film N of the previous list
//	not-prev N                    film N of the previous list is gone from the films
//	not ttID                      that film is not among the reply's films
//	new                           no film of the reply was shown earlier in the dialogue
//	family                        every film is data.Film.FamilySafe: no Horror, Thriller or War,
//	                              Crime only with Comedy, Animation or Family
//	choices-include ttID          the clarification question offers that film
//	resolves ttID|ttID...         one of the films is liked, or offered by a clarification question
//	newer, older, shorter         every film is more recent, older, shorter than the previous list's mean
//	lesser-known                  every film has fewer IMDb votes than the previous list's mean
//	Q FIELD OP N                  Q is all|none|any|most|notall (most: at least 4 of 5),
//	Q FIELD V1|V2...              FIELD is year or runtime (OP >=, <=, >, <, =) or genre, country,
//	                              language (original), person (credited), director, keyword (TMDB)
//
// Checks on films need films: "all year>=2000" on a reply without films
// fails.

// corpusMinTune is the share of the tune part's checks that must hold: a
// little below what the chat reaches (98.9 %; 67.3 % before the chat's
// understanding was rewritten), so that a regression fails. The env var
// BOBINE_CORPUS_MIN overrides it (a fraction, e.g. 0.9).
const corpusMinTune = 0.97

// corpusMinHeldout2 is a floor for the second held-out part, far below what
// main reached when the part was written: it catches a chat that stopped
// understanding, not a small regression (the part measures, it is not a
// target to tune on).
const corpusMinHeldout2 = 0.50

// corpusMinHeldout3 is the floor of the third held-out part. It was set
// before the part was ever played, so it cannot be "a little below what the
// chat reaches": it is what a chat that stopped understanding would still
// get (the implicit language checks, about two fifths of the part's checks,
// hold on any reply in the right language), so that a crash or a chat that
// answers nothing useful fails, while the part keeps measuring rather than
// being a target.
const corpusMinHeldout3 = 0.50

// corpusMinHeldout4 is the floor of the fourth held-out part, set the same
// way as corpusMinHeldout3 before the part was ever played: the implicit
// language checks are about two fifths of its checks, so only a chat that
// crashes or understands nothing falls under it. The part measures; it is
// not a target.
const corpusMinHeldout4 = 0.50

// corpusMinHeldout5 is the floor of the fifth held-out part, set the same
// way as corpusMinHeldout4, before the part was ever played: the implicit
// language checks (a reply in the customer's language, and no English word
// in a French one) are about two fifths of its checks and hold on any reply
// in the right language, so only a chat that crashes or understands nothing
// falls under it. The part measures; it is not a target.
const corpusMinHeldout5 = 0.50

// corpusMinHeldout6 is the floor of the sixth held-out part, set the same
// way as corpusMinHeldout5, before the part was ever played: heldout6.txt was
// written from the customer's side by an independent writer (who read no
// other part but tune.txt, for the format, and none of the chat's code)
// during the session measured on it. The implicit language checks are about
// two fifths of its checks and hold on any reply in the right language, so
// only a chat that crashes or understands nothing falls under it. The part
// measures; it is not a target. First played (totals only) on the code the
// fifth session started from (d9dc670): 81.5 % of 2168 checks.
const corpusMinHeldout6 = 0.50

// corpusMinHeldout7 is the floor of the seventh held-out part,
// heldout7.txt, written during the sixth session from the customer's side by
// an independent writer (who read no other part but tune.txt, for the format,
// and none of the chat's code): customers of a cinema in the Creuse, French
// classics first, families, teenagers, film buffs and English-speaking
// residents. Sealed like heldout5 and heldout6: only its totals are read.
// It is set a little under the figure the part got when first played, on the
// code the sixth session started from (cbe823b) with the dev index: 93.6 % of
// 2722 checks (French 96.2 %, English 87.4 %; 473 of 589 dialogues fully
// passing), so that a regression of the chat's understanding fails.
const corpusMinHeldout7 = 0.92

// corpusMinHeldout8 is the floor of the eighth held-out part,
// heldout8.txt, written during the seventh session from the customer's side
// by an independent writer (who read no other part but tune.txt, for the
// format, and none of the chat's code): customers of a small cinema in the
// Creuse, French classics and 70s-80s popular cinema first, families,
// teenagers, film-club regulars and British and Dutch residents writing
// English. Sealed for one session; read at the start of the eighth.
// It is set a little under the figure the part got when first played, on the
// code the seventh session started from (343819e) with the dev index: 96.2 %
// of 2487 checks (French 96.6 %, English 95.4 %; 496 of 557 dialogues fully
// passing), so that a regression of the chat's understanding fails.
const corpusMinHeldout8 = 0.94

// corpusMinHeldout9 is the floor of the ninth held-out part,
// heldout9.txt, written during the eighth session from the customer's side
// by an independent writer (who read no other part but tune.txt, for the
// format, and none of the chat's code): customers of a small cinema in the
// Creuse, French classics, recent French cinema and world cinema, families,
// teenagers, couples, film-club regulars and English-speaking residents.
// Every message's film checks were verified against the development
// catalogue (at least five films satisfy them together). Sealed during the
// eighth session, read at the start of the ninth. It is set a little under the figure
// the part got when first played, on the code the eighth session started
// from (5e7166b) with the dev index: 96.4 % of 4166 checks (French 96.5 %,
// English 96.0 %; 596 of 707 dialogues fully passing), so that a regression
// of the chat's understanding fails.
const corpusMinHeldout9 = 0.95

// corpusMinHeldout10 is the floor of the tenth held-out part,
// heldout10.txt, written during the ninth session from the customer's side
// by a seventh independent writer (who read no other part but tune.txt, for
// the format, and none of the chat's code): customers of a small cinema in
// the Creuse going online (a retirement home's activity leader, retired
// people fond of Carné, Renoir, Gabin and Signoret, Portuguese-French
// families, farmers, night-shift nurses, students home for the weekend,
// Parisians with a second home, hikers, a village ciné-club, a primary-school
// teacher, a teenager's birthday party, couples with opposite tastes,
// Belgian and Swiss visitors, British and Dutch residents writing English).
// Every message's film checks were verified against the development
// catalogue (at least five films satisfy them together). Sealed: only its
// totals are read. It is set a little under the figure the part got when
// first played, on the code the ninth session started from (e26153f) with
// the dev index: 95.8 % of 3958 checks (French 96.5 %, English 93.9 %; 524
// of 642 dialogues fully passing), so that a regression of the chat's
// understanding fails.
const corpusMinHeldout10 = 0.94

// corpusMinHeldout11 is the floor of the eleventh held-out part,
// heldout11.txt, written during the tenth session from the customer's side
// by an eighth independent writer (who read no other part but tune.txt, for
// the format, and none of the chat's code): customers of a small cinema in
// the Creuse going online (a baker, a butcher, a bookseller, a wine
// merchant, the rugby club, a village book club, a parish priest and an
// Anglican vicar, night-shift nurses, a mayor's office organising an
// open-air screening, a grandmother and her Erasmus grandson, truck drivers,
// teachers, film students, teenagers, families, British, Irish, Dutch,
// German and Swiss residents writing English); liked films (French first),
// people in every role (actors, directors, writers adapted, composers),
// genres, nationalities, eras, lengths, audiences and themes, with
// follow-ups. Every message's film checks were verified against the
// development catalogue (at least five films satisfy them together).
// Most of its dialogues were generated by the writer's scripts from
// hand-written phrasing templates, film and people lists, with random
// typos, missing accents, SMS shorthand and capitals; about 200 (the
// customers' own stories, themes and plots) were written by hand. Sealed:
// only its totals are read. It is set a little under the figure the part
// got when first played, on the code the tenth session started from
// (cdfe100) with the dev index: 92.3 % of 4923 checks (French 93.5 %,
// English 89.4 %; 523 of 749 dialogues fully passing), so that a
// regression of the chat's understanding fails. The eleventh session read
// its failures and fixed their classes (97.4 %, 4,795 checks): the floor is
// now 0.96.
const corpusMinHeldout11 = 0.96

// corpusMinHeldout12 is the floor of the twelfth held-out part,
// heldout12.txt, written during the eleventh session from the customer's
// side by a ninth independent writer (who read no other part but tune.txt,
// for the format, and none of the chat's code): customers of a small cinema
// in the Creuse going online (retired couples fond of Gabin, de Funès,
// Pagnol, Carné, Sautet and Melville, a farmer at harvest time, a baker, a
// night watchman, night-shift nurses, a railwayman, a wine merchant, parents
// and grandparents with children of given ages, teenagers texting, a
// ciné-club planning a season, primary and secondary teachers preparing a
// class outing, a Portuguese-French family, British, Scottish, Irish,
// Dutch, Flemish, German, Australian and American residents and visitors
// writing English, some asking for the other language); liked films
// (French titles first, typed with typos, without accents, in capitals or
// by their English titles), people in every role (« le réalisateur de… »,
// "the actor from…"), themes and plots, genres, nationalities, eras,
// lengths, audiences, refusals (« pas d'horreur », "no subtitles"), several
// requests in one message and follow-ups (plus récent, moins long, another
// like the second, not this one, why, more, start over, answer in French or
// English). Unlike heldout11, every message was written by hand, one by
// one (no template, no typo script); about 65 % of its messages are French.
// Every message's film checks were verified against the development
// catalogue (at least five films satisfy them together). Sealed: only its
// totals were read until the twelfth session read its failures (see
// corpusSealed). It is set a little under the figure of its first run,
// on the code the eleventh session started from (cee6810) with the dev
// index: 92.6 % of 1,778 checks (169 of 257 dialogues fully passing).
const corpusMinHeldout12 = 0.91

// corpusMinHeldout13 is the floor of the thirteenth held-out part,
// heldout13.txt, written during the twelfth session from the customer's
// side by a tenth independent writer (who read no other part but tune.txt,
// for the format, and none of the chat's code): customers of a small cinema
// in the Creuse going online (a pharmacist, a bus driver, a plumber, a
// hairdresser, a beekeeper, a gendarme, a postwoman, a cheese maker, a
// wedding party, a Scout leader, a hospital chaplain, a widower, an
// insomniac, students, a lycée class delegate, a retired schoolmistress,
// grandparents babysitting, a Moroccan-French family, Spanish and Italian
// neighbours, English speakers from Britain, Canada, the United States, New
// Zealand, Denmark, Poland and Japan); every message written by hand, one by
// one (no template, no typo script), about 65 % French. Every message's
// film checks were verified against the development catalogue (at least
// five films satisfy them together). Sealed: only its totals are read.
// Set before the part was ever played: a floor against collapse, not a
// target. First run (totals only), on the code the twelfth session started
// from (850c0ec) with the dev index: 90.8 % of 1,851 checks (French 92.4 %,
// English 86.6 %; 175 of 276 dialogues fully passing).
const corpusMinHeldout13 = 0.88

// corpusMinHeldout14 is the floor of the fourteenth held-out part,
// heldout14.txt, written during the thirteenth session from the customer's
// side by an eleventh independent writer (who read no other part but
// tune.txt, for the format, and none of the chat's code): customers of a
// small cinema in the Creuse going online (a sawmill worker, a tapestry
// weaver, a vet, a rugby club treasurer, an ambulance driver, a volunteer
// firefighter, a mayor's secretary, a midwife, a truck driver, a B&B owner,
// a retired railwayman, a bored teenager, a single father, a first date, a
// retirement home's ciné-club, a Portuguese-French family, Belgian and Swiss
// visitors, English speakers from Britain, Ireland, Australia, South Africa,
// the United States, Sweden, Germany and India); every message written by
// hand, one by one (no template, no typo script), about 65 % French. Every
// message's film checks were verified against the development catalogue (at
// least five films satisfy them together). Sealed: only its totals are read.
// Set before the part was ever played: a floor against collapse, not a
// target. First run (totals only), on the code the thirteenth session
// started from (a98ab16) with the dev index: 94.1 % of 1,807 checks (French
// 95.9 %, English 90.0 %; 192 of 263 dialogues fully passing).
const corpusMinHeldout14 = 0.88

// corpusTuneMins are the thresholds of the tune parts the chat does not
// yet hold at corpusMinTune: a little below what it reaches, so that a
// regression still fails. tune_long9 (long mixed first messages, eighth
// session) reaches 90.3 %: titles typed with a typo after « comme », a
// name read as a person after "with" (« with Snatch »), an ordinal inside
// a title (« du Deuxième Souffle ») are left for later.
//
// tune_roles10 (people asked for in every role, ninth session) reaches
// 94.0 %: "Sir Michael Caine", « agata christie » misspelt, an author
// named inside a long sentence (« Ma fille étudie Shakespeare… »), "Jane
// Austen adaptations" after "some", « les X pour les petits », "charlie
// chaplin silent films" and "the films of ford" are left for later.
//
// tune_chatter13 (everyday phrases read as short titles, twelfth session)
// reaches 94.4 %: a title of three everyday words or more (« c'est la vie »,
// « un jour de pluie » for Un jour de pluie à New York), genres refused in
// passing (« trop c'est trop avec les comédies », "we watched a dull
// drama"), a person after « ne jure que par », real titles of everyday
// words lost before this work ("Us by Jordan Peele", "Yesterday, the
// Beatles one", "Old by Shyamalan", « j'ai adoré Demain, le documentaire »)
// are left for later.
//
// tune_constraints14 (eras, lengths and nationalities as customers say
// them, thirteenth session) reaches 95.3 %: a word after « fan de » read as
// a person (« fan de kpop »), "here" in "kids 6 and 8 here" read as a
// title, « trop triste finalement » read as a title, and a theme from
// leftover words kept before the nationality asked (« un polar scandinave,
// bien sombre ») are left for later.
var corpusTuneMins = map[string]float64{"tune_long9": 0.89, "tune_roles10": 0.93, "tune_chatter13": 0.93, "tune_constraints14": 0.94}

// corpusFloors are the held-out parts' floors.
var corpusFloors = map[string]float64{"heldout2": corpusMinHeldout2, "heldout3": corpusMinHeldout3, "heldout4": corpusMinHeldout4, "heldout5": corpusMinHeldout5, "heldout6": corpusMinHeldout6, "heldout7": corpusMinHeldout7, "heldout8": corpusMinHeldout8, "heldout9": corpusMinHeldout9, "heldout10": corpusMinHeldout10, "heldout11": corpusMinHeldout11, "heldout12": corpusMinHeldout12, "heldout13": corpusMinHeldout13, "heldout14": corpusMinHeldout14}

// corpusParts are the corpus files (testdata/corpus/PART.txt), in report
// order. Every part named tune* is a tune part: the tune threshold applies.
// tune_constraints, tune_intents and the tune_*3 parts are grids of one class
// of phrasings each (titles, people and audiences, eras and durations,
// themes...), French first; each ownheldout_*3 part was written with its
// grid, before tuning, of other films and phrasings of the same classes, and
// played once at the end: it has no floor, it measures.
// played once at the end: it has no floor, it measures. tune_themes7 and
// ownheldout_themes7 are the grids of subjects typed where a title could be
// (« des robots », « une femme qui se venge », « kill bill, la
// vengeance »): their words are also titles or people's names.
// tune_intents8 and ownheldout_intents8 are the grids of follow-up turns and
// filters (« le 4 aussi », « pk le 2 », « on les a tous vus », the reply's
// language asked in words, « autre chose que du français », « québécois »,
// a bare name on its page).
// tune_people8 and ownheldout_people8 are the grids of a person's films
// asked with words about what is wanted from them (« un gabin que je n'ai
// pas vu », « tout chabrol », « X, pas Y ni Z », « les polars de X »,
// « d'après simenon », « plutôt ceux de Y avec lui »).
// tune_people9 and ownheldout_people9 are the grids of a person's films
// asked with the role the words give (« un film de X » who also acts is
// what X directed, « avec X » what X plays in) and with conditions that
// must hold with the person (« Belmondo jeune, années 60 », « avec Delon et
// des gangsters », « sans lui » after a disliked actor, « de lui » after a
// film named with its director and cast, films said known beside « un
// autre film de X »).
// vengeance »): their words are also titles or people's names. tune_themes8 and
// ownheldout_themes8 are the grids of the same class found again in the
// seventh part: bare plural subjects (« les momies », "werewolves"), theme
// words that are names (« un film de Noël »), themes told as descriptions
// (« la vie d'un musicien ») and themes beside an audience in a follow-up.
// tune_constraints9 and ownheldout_constraints9 are the grids of constraints
// phrased loosely: « vieux », "old", « à l'ancienne » as an era, « pas trop
// vieux » first, strict and inclusive lengths (« moins de 100 minutes » is
// not 100), nationalities refused or as adjectives (« pas américain »,
// "isn't American", « marre des films ricains »), an audience beside a genre
// and a length, a genre beside examples, « ni le 2 ni le 4 », a reset in
// words, a film just seen again.
// tune_bare9 and ownheldout_bare9 are the grids of a theme or a genre asked
// in a few words that are also part of a title (« le surf », « un polar
// nordique », « ça se passe dans un sous-marin », "kung fu please"), with
// controls where the words are the title meant (« Titanic », « Volcano »).
// tune_long9 and ownheldout_long9 are the grids of long, chatty first
// messages mixing several titles, constraints, people and commentary (one
// ambiguous title among several, fillers, eras relative to the message, a
// person and their films, a title inside a sentence, typos).
// tune_titles10 and ownheldout_titles10 are the grids of a liked title typed
// with words that describe it: its people (« la piscine avec delon et romy
// schneider », which pick the film and are no filter), its version (« le
// dessin animé », « l'original », "the 2019 one", « pas le remake »),
// several liked titles in one message, a title inside polite or SMS chatter.
// heldout11 is the eleventh held-out part, written fresh during the tenth
// session by an independent writer and read at the start of the eleventh:
// see corpusMinHeldout11. heldout12 (sealed, last) is the twelfth held-out
// part, written by hand during the eleventh session by an independent
// writer: see corpusMinHeldout12. heldout13 (sealed, last) is the
// thirteenth, written by hand during the twelfth session by another
// independent writer: see corpusMinHeldout13. heldout14 (sealed, last) is
// the fourteenth, written by hand during the thirteenth session by another
// independent writer: see corpusMinHeldout14.
// tune_themes10 and ownheldout_themes10 are the grids of themes asked with
// the rest of a request: an occasion or an audience (« je garde mes
// petits-enfants… pour eux »), a genre ("a comedy around a funeral"),
// fillers, « d'autres … » after a list, a theme word that is a surname
// (« de marin »), a plot in a few words, what the customer is tired of.
// tune_followups11 and ownheldout_followups11 are the grids of follow-up
// turns and of the reply's language: a card named in words ("why number
// one?", « pas le numéro deux alors », « le 3 on l'a vu, pas celui-là »),
// a constraint added after a request, which keeps it ("nothing over two
// hours if you don't mind"), or replacing one ("actually Japanese"),
// « pas seulement X », a reset in words, thanks with a new request, a
// French request counting its films (« donnez-moi cinq … »), an answer
// in French asked in English, a French film's own title typed on the
// English page.
// tune_people11 and ownheldout_people11 are the grids of people asked for
// in every role and phrasing: a surname after a determiner or a quantifier
// (« un truffaut », « tous les rohmer », « un cycle Melville », « les frères
// Coen »), a name with words about what is wanted ("Sergio Leone westerns",
// "films with a Hans Zimmer score", "Kubrick's films"), an actor with a
// director (« Gabin, de préférence chez Duvivier »), two people both or
// either, writers adapted and composers kept beside a later person, and
// follow-ups that point back (« seulement ceux qu'il a réalisés », « pas les
// Blier »).
// tune_themes11c and ownheldout_themes11c are the grids of themes asked
// inside chat messages: one subject said twice (« la prison, les
// détenus »), a subject told as a short description (« une histoire d'amour
// entre deux hommes »), a subject beside a liked title or a person, a genre,
// an era, a nationality or an audience, and chatter that is no subject
// (« mon mari est boulanger », « c'est pour des personnes âgées »).
// tune_constraints11 and ownheldout_constraints11 are the grids of genres,
// nationalities, eras, durations and audiences said loosely: eras relative
// to today (« ces dernières années », "the past few years"), « plus récent
// que 2010 », decades in words ("the noughties"), lengths in words (« trois
// heures ou plus »), genres refused in a clause ("I don't want another war
// film", "nothing scary"), « pas que des westerns, variez », nationalities
// as a follow-up (« que du français », "actually Italian"), movements and
// schools (néoréalisme, nouvelle vague), the César, genres told by what the
// viewers want (« on veut rigoler », a compromise between two tastes), a
// child's age or an occasion as the audience, SMS spellings.
// tune_refine12 and ownheldout_refine12 are the grids of refinements and
// constraint words typed with typos: a list asked for from a person, a
// title, a genre or a theme, then refined (« plutôt des polars », « pltuot
// les années 60 », « seulement ceux des années 70 », "make it a comedy",
// "westerns instead", "what about sci-fi"), the person and the other
// constraints kept and no filler of the follow-up read as a title;
// constraint words misspelt (« modrene », « ancein », « comdies »,
// "shortr", "recnet", "chidlren", "ninties"); "suspenseful" as the Thriller
// genre; long films with an explicit length; a genre beside an audience.
// tune_people12 and ownheldout_people12 are the grids of people asked for
// in the role the customer means, after a role cue in any phrasing: writers
// adapted (« tirés des romans de Zola », « il y a des films d'après ses
// livres ? », "based on Dickens novels"), composers (« une bo d'Eric
// Serra », "scored by Hans Zimmer"), directors (« réalisé par Sautet », «
// Oury le réalisateur », "something Clint Eastwood directed") and actors (« un
// film où joue Romy Schneider »), with a genre or an era, a director with
// one of two actors (« un Verneuil avec Gabin ou Belmondo »), a director
// left out (« mais pas de Miyazaki »); typos, capitals, fillers.
// tune_themes12c and ownheldout_themes12c are the grids of themes and plots
// told inside chat messages and of chatter that is no theme: who is asking
// and why (« je suis infirmière de nuit », « on habite à Aubusson depuis
// peu », "I run the bakery in the village", "something we'd both like")
// before or after a real request, which is answered without a theme; plots
// and subjects told as descriptions (« un film où un prof change la vie de
// ses élèves », "that kind of film where two people swap bodies", "life in
// an english boarding school"), read as a theme even where one of their
// words is a short title; genre words inside a description kept beside the
// theme (« une comédie sur des vacances au camping », "heist comedies where
// nothing goes to plan", "documentaries about the ocean").
// tune_titles12 and ownheldout_titles12 are the grids of a liked title
// typed after a cue that asks for films like it (« comme », « dans
// l'esprit de », « qui ressemble à le … », « proches de », "similar to",
// "in the spirit of", "along the lines of") or inside chatter that says it
// is loved (« mon film culte c'est … », « … c'est culte chez nous », "big
// fan of …", "my mum's favourite is …"): titles whose words are also
// first names (« harold et maude »), subjects or numbers, a year picking
// the version, two titles joined by « ou », trailing chatter.
// tune_titles13 and ownheldout_titles13 are the grids of a liked title
// typed with a descriptor that picks its version (« celui avec de niro »,
// « de tim burton », « la version de 2019 », « le vieux », « l'original »,
// « le norvégien », "the Korean one", "the 90s one"), given in two
// languages (one in parentheses), or bearing remakes under the same or a
// translated title (never recommended back), in texting French, or named
// by chatter ("the greatest film ever made", « on a déjà vu »).
//
// tune_refine13 and ownheldout_refine13 are the grids of follow-ups that
// modify the last answer as people type them: less violent or scary,
// shorter, newer or older than the films shown (« plus récents que
// ceux-là », "newer than those, they're from the 80s"), colour only,
// lesser-known (« moins connus », "not the big hits"), a studio or
// franchise (Marvel, DC, Pixar), a genre without a sub-genre (« une comédie
// mais pas romantique »), two cards compared, a question about a card's
// credits, a reason or chatter after the request, a language switch, a
// reset followed by a new request.
// tune_followups12 and ownheldout_followups12 are the grids of numbered
// follow-ups and intent messages typed with typos, texting forms, capitals
// and fillers: why a card (« pourqoi le 2 », « le 3 c'est quoi le lien ? »,
// "what has 4 got to do with it"), a card left out (« enlevz le 3 », « le 2
// non », "2 is a no"), a card to start from, or seen and loved (« on part du
// 3 », "we watched the 2nd and loved it"), more (« encre svp », "othrs",
// "somthing else"), and the replies' language with a reason beside it ("in
// English please, my husband is from Leeds").
// tune_constraints13 and ownheldout_constraints13 are the grids of
// audiences, moods and nationalities or languages said inside chat
// messages: a child's age anywhere (« (6 et 9 ans) », "kids 5 and 8", "the
// youngest is 9"), an old parent's age, moods (« léger », « qui fait
// sourire », « pour pleurer », "a comfort movie", "light and sweet") read as
// genres and never as a person or a title, regions and nations (Scottish,
// Welsh, Irish, Flemish, québécois, « de chez nous »), "X rather than Y",
// "no subtitles" (the customer's language), "not in English", "not about
// the war", « de la même époque » after a liked film.
// tune_themes13 and ownheldout_themes13 are the grids of themes asked in
// the chat, alone or with a liked film: a theme beside a liked film (« d'autres
// films sur la mafia ? » after Le Parrain, "submarine films like that", «
// comme Gladiator mais sur l'esclavage »), two themes joined by « ou » /
// "or", French theme words with chatter around (« ma soeur a un cancer, je
// cherche un film qui en parle »), a character or a historical figure read
// as its films' keyword (Sherlock Holmes, Dracula, Napoléon), a theme
// refined by a nationality in the next message (kept), a theme refused (« pas
// de zombies », "nothing about Vietnam"), the period or the place a story is
// set in.
// tune_themes14 and ownheldout_themes14 are the grids of themes as
// customers describe them: a list of the theme's words joined by commas, «
// ou », "or" (« des chevaux, de l'équitation, des courses »), a theme after
// a self-introduction (« je suis pompier à Guéret, … »), a theme asked in a
// short follow-up after liked films (« et sur les sous-marins ? »),
// English chatter around the theme, a theme beside a genre.
// tune_chatter13 and ownheldout_chatter13 are the grids of everyday
// phrases of a long message that are also short titles of common words
// (« mon père », « pour elle », « un jour », « c'est la vie », "yesterday",
// "my son", "last night", "kids") or one word close to a longer title's
// (« magnifique », "wonderful"): no film liked, and the genre, person, era,
// length or audience beside them answered; real titles of common words
// given as titles (after a cue, with their director) still liked.
// tune_people13 and ownheldout_people13 are the grids of people named the
// way customers name them: a surname inside a noun phrase (« une soirée
// Melville », « du Kubrick », « X et compagnie », "the Coen brothers",
// "more Kubrick" as a follow-up), two people joined by « ou », "or" (either,
// then « que X », "only X"), a person's films left out (« pas ceux de X »,
// "beyond X", "not by X"), « ses autres films » after a film and its
// director, and a person followed by a clause about the kind of film (« dans
// un rôle comique », "where he's funny", « pas dans ses films d'action »).
// tune_intents14 and ownheldout_intents14 are the grids of closings with
// chatter after the thanks or the goodbye (« merci, mon frère va être
// content », « on regardera le 3, merci », "thanks, end of my shift"): a
// short text, no search, the state kept; of « aide », "help" inside a
// request (« aidez-moi à trouver une comédie », "HELP. kids aged 5"): the
// request answered, the help text only when nothing else is read; and of a
// language switch with a reason after it.
// tune_followups14 and ownheldout_followups14 are the grids of follow-ups
// on the cards with a comment around the rank: a card seen (« celui en 2 on
// l'a vu l'an dernier », « le 1 on l'a vu au lycée mdr », "seen the 3rd like
// ten times"), several at once, left out and never read as a title or a
// theme; a card loved, then more like it (« le 4 nous a bien plu, plus de
// films dans ce style », "my son loved the 2nd one, more like it"); a reset
// said with chatter around it ("hang on, scratch that, my in-laws are
// coming. let's start over").
// tune_constraints14 and ownheldout_constraints14 are the grids of eras,
// durations, genres and nationalities as customers say them, kept together
// wherever they stand in the message: « long », « une fresque », "three
// hours" as a minimum runtime; "newer", "this century", « les plus récents »
// moving the era forward; « depuis 2016 » about the customer's life read as
// no era; « les vieux », "old black and white" as eras; nationalities and
// regions (irlandais, coréen, scandinave, argentin, latino, British) inside
// long messages, with the genre and the era.
// tune_chatter14 and ownheldout_chatter14 are the grids of the
// customer's life and chatter read as titles, themes or people: who they
// are, where, with whom and why (« je suis boulanger à Guéret », « une
// collègue m'a dit que », "visiting friends in Limoges", "my boss says I
// must"), comments in passing (« tout ça », « par exemple », « la dernière
// fois », "we can all watch together") and common words after « de la »,
// « du » (« de la salsa », « du rire »): no film liked, no theme chip or
// person made of them, the request beside them answered; real titles of
// everyday words given with a cue (Nuit blanche, Le Passé, Chef) still
// liked.
// tune_people14 and ownheldout_people14 are the grids of people asked for
// in context: a person inside chatter beside an era or a genre (« mon mari
// ne jure que par X, des années 80 ? », "big X fans, anything of his from
// the 90s?"), a title of courtesy (Sir, Dame, Monsieur), a pronoun or a
// possessive (« avec lui », « et des comédies avec elle », "with her in
// it"), a narrowing (« ceux où ils sont tous les deux », "only the X
// ones"), an actor added after a director (kept) or replacing a person («
// maintenant », « plutôt », "instead"), a writer adapted (« tirés de », «
// d'après », « et X aussi »), a surname in a known context (James Bond).
var corpusParts = []string{"tune", "tune_intents", "tune_constraints", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "tune_titles3", "ownheldout_titles3", "tune_people3", "ownheldout_people3", "tune_era3", "ownheldout_era3", "tune_themes3", "ownheldout_themes3", "tune_intent4", "ownheldout_intent4", "tune_aud4", "ownheldout_aud4", "tune_themes4", "ownheldout_themes4", "tune_dur4", "ownheldout_dur4", "heldout6", "tune_clause5", "ownheldout_clause5", "tune_person5", "ownheldout_person5", "tune_themes5", "ownheldout_themes5", "tune_intent5", "ownheldout_intent5", "heldout7", "tune_themes7", "ownheldout_themes7", "tune_lang7", "ownheldout_lang7", "tune_titles7", "ownheldout_titles7", "tune_people7", "ownheldout_people7", "tune_constraints7", "ownheldout_constraints7", "tune_intents8", "ownheldout_intents8", "tune_people8", "ownheldout_people8", "tune_titles8", "ownheldout_titles8", "heldout8", "tune_themes8", "ownheldout_themes8", "tune_period8", "ownheldout_period8", "heldout9", "tune_constraints9", "ownheldout_constraints9", "tune_people9", "ownheldout_people9", "tune_bare9", "ownheldout_bare9", "tune_long9", "ownheldout_long9", "tune_sms10", "ownheldout_sms10", "heldout10", "tune_titles10", "ownheldout_titles10", "tune_roles10", "ownheldout_roles10", "tune_themes10", "ownheldout_themes10", "tune_constraints10", "ownheldout_constraints10", "tune_followups10", "ownheldout_followups10", "heldout11", "tune_followups11", "ownheldout_followups11", "tune_people11", "ownheldout_people11", "tune_themes11c", "ownheldout_themes11c", "tune_constraints11", "ownheldout_constraints11", "heldout12", "tune_refine12", "ownheldout_refine12", "tune_people12", "ownheldout_people12", "tune_themes12c", "ownheldout_themes12c", "tune_titles12", "ownheldout_titles12", "tune_followups12", "ownheldout_followups12", "heldout13", "tune_constraints13", "ownheldout_constraints13", "tune_titles13", "ownheldout_titles13", "tune_themes13", "ownheldout_themes13", "tune_chatter13", "ownheldout_chatter13", "tune_refine13", "ownheldout_refine13", "tune_people13", "ownheldout_people13", "tune_intents14", "ownheldout_intents14", "heldout14", "tune_followups14", "ownheldout_followups14", "tune_constraints14", "ownheldout_constraints14", "tune_themes14", "ownheldout_themes14", "tune_chatter14", "ownheldout_chatter14", "tune_people14", "ownheldout_people14"}

// corpusSealed are the held-out parts of which only the totals are read:
// their transcripts and failures are written only when $BOBINE_CORPUS_SHOW
// names them. heldout4 was sealed for two sessions; at the start of the fifth
// its failures were read to find the classes of message the grids had missed,
// so it is now a read part like heldout3. heldout6 went the same way at the
// start of the sixth session, heldout7 (written fresh during that session by
// an independent writer) at the start of the seventh, and heldout8 (written
// fresh during the seventh) at the start of the eighth, heldout9 (written
// fresh during the eighth by an independent writer) at the start of the
// ninth: its dialogues are the ninth session's diagnostic. Its theme file,
// search/testdata/themes_heldout9.txt, stays sealed. heldout10 (written
// fresh during the ninth session by a seventh independent writer) was sealed
// like heldout5 until the start of the tenth session, when its 159 failed
// checks (of 3,958; 96.0 %) were read as that session's diagnostic; its
// theme file, themes_heldout10.txt, was read with it. heldout11 (written
// fresh during the tenth session by an eighth independent writer) was sealed
// like heldout5 until the start of the eleventh session, when its 376 failed
// checks (of 4,923; 92.4 %) were read as that session's diagnostic; its
// theme file, themes_heldout11.txt, was read with it. heldout12 (written
// fresh by hand during the eleventh session by a ninth independent writer)
// was sealed like heldout5 until the start of the twelfth session, when its
// 123 failed checks (of 1,778; 93.1 %) in 86 dialogues were read as that
// session's diagnostic, because it is the part written most like the
// client's own (by hand, message by message); its theme file,
// themes_heldout12.txt, stays sealed. heldout13 (written fresh by hand
// during the twelfth session by a tenth independent writer) was sealed like
// heldout5 until the start of the thirteenth session, when its failed checks
// (91.2 %, 1,688 of 1,851) were read as that session's diagnostic; its theme
// file, themes_heldout13.txt, was read with it. heldout14 (written fresh by
// hand during the thirteenth session by an eleventh independent writer) is
// sealed like heldout5; its theme file, themes_heldout14.txt, too.
var corpusSealed = map[string]bool{"heldout5": true, "heldout14": true}

// corpus categories, in report order.
var corpusCategories = []string{"intent", "title", "era", "duration", "genre", "nationality", "person", "audience", "theme", "language"}

// A corpusCheck is one parsed check line.
type corpusCheck struct {
	line     int
	src      string // the line as written, without "? "
	category string
	implicit bool

	op    string   // kind, count, lang, no-english, liked, ...; "field" for quantified checks
	arg   string   // the argument of simple checks
	n     int      // numeric argument
	quant string   // all, none, any, most, notall
	field string   // year, runtime, genre, country, language, person, director, keyword
	cmp   string   // >=, <=, >, <, =
	vals  []string // alternatives for string fields
}

type corpusMessage struct {
	line   int
	text   string
	checks []*corpusCheck
}

type corpusDialogue struct {
	line     int
	lang     string
	name     string
	messages []*corpusMessage
}

// corpusParseError is a malformed corpus line.
type corpusParseError struct {
	File string
	Line int
	Err  error
}

func (e *corpusParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *corpusParseError) Unwrap() error { return e.Err }

var (
	errCorpusSyntax = errors.New("malformed line")
	idRe            = regexp.MustCompile(`^(tt|nm)\d{7,9}$`)
	numFieldRe      = regexp.MustCompile(`^(year|runtime)\s*(>=|<=|>|<|=)\s*(\d+)$`)
	strFieldRe      = regexp.MustCompile(`^(genre|country|language|person|director|keyword)\s+(\S.*)$`)
	catRe           = regexp.MustCompile(`^\[([a-z]+)\]\s*(.*)$`)
)

// parseCorpus reads a corpus file. Every malformed line is an error naming
// the file and the line.
func parseCorpus(name string, r io.Reader) ([]*corpusDialogue, error) {
	var (
		ds    []*corpusDialogue
		names = map[string]int{}
	)
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \t\r")
		bad := func(format string, args ...any) error {
			return &corpusParseError{File: name, Line: n, Err: fmt.Errorf("%w: "+format, append([]any{errCorpusSyntax}, args...)...)}
		}
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "== "):
			f := strings.Fields(line[3:])
			if len(f) != 2 || (f[0] != "fr" && f[0] != "en") {
				return nil, bad("dialogue header %q: want \"== fr|en name\"", line)
			}
			if prev, ok := names[f[1]]; ok {
				return nil, bad("dialogue %q already defined line %d", f[1], prev)
			}
			names[f[1]] = n
			ds = append(ds, &corpusDialogue{line: n, lang: f[0], name: f[1]})
		case strings.HasPrefix(line, "> "):
			if len(ds) == 0 {
				return nil, bad("message before any dialogue header")
			}
			if strings.TrimSpace(line[2:]) == "" {
				return nil, bad("empty message")
			}
			d := ds[len(ds)-1]
			d.messages = append(d.messages, &corpusMessage{line: n, text: line[2:]})
		case strings.HasPrefix(line, "? "):
			if len(ds) == 0 || len(ds[len(ds)-1].messages) == 0 {
				return nil, bad("check before any message")
			}
			c, err := parseCheck(strings.TrimSpace(line[2:]))
			if err != nil {
				return nil, bad("%v", err)
			}
			c.line = n
			msgs := ds[len(ds)-1].messages
			m := msgs[len(msgs)-1]
			m.checks = append(m.checks, c)
		default:
			return nil, bad("unexpected line %q (want \"== \", \"> \", \"? \" or \"#\")", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, d := range ds {
		if len(d.messages) == 0 {
			return nil, &corpusParseError{File: name, Line: d.line, Err: fmt.Errorf("%w: dialogue %q has no message", errCorpusSyntax, d.name)}
		}
		for _, m := range d.messages {
			if len(m.checks) == 0 {
				return nil, &corpusParseError{File: name, Line: m.line, Err: fmt.Errorf("%w: message without checks", errCorpusSyntax)}
			}
		}
		addImplicit(d)
	}
	return ds, nil
}

// addImplicit adds to every message a check of the reply's language and, in
// a French dialogue, that the reply has no English word, unless the message
// has an explicit lang check.
func addImplicit(d *corpusDialogue) {
	for _, m := range d.messages {
		if slices.ContainsFunc(m.checks, func(c *corpusCheck) bool { return c.op == "lang" }) {
			continue
		}
		m.checks = append(m.checks, &corpusCheck{line: m.line, src: "lang " + d.lang, category: "language", implicit: true, op: "lang", arg: d.lang})
		if d.lang == "fr" && !slices.ContainsFunc(m.checks, func(c *corpusCheck) bool { return c.op == "no-english" }) {
			m.checks = append(m.checks, &corpusCheck{line: m.line, src: "no-english", category: "language", implicit: true, op: "no-english"})
		}
	}
}

func parseCheck(s string) (*corpusCheck, error) {
	c := &corpusCheck{src: s}
	if m := catRe.FindStringSubmatch(s); m != nil {
		if !slices.Contains(corpusCategories, m[1]) {
			return nil, fmt.Errorf("unknown category %q", m[1])
		}
		c.category, s = m[1], m[2]
		c.src = s
	}
	op, arg, _ := strings.Cut(s, " ")
	arg = strings.TrimSpace(arg)
	c.op, c.arg = op, arg
	cat := ""
	needArg := func(ok bool) error {
		if !ok {
			return fmt.Errorf("check %q: bad argument %q", op, arg)
		}
		return nil
	}
	var err error
	switch op {
	case "kind":
		cat, err = "intent", needArg(arg == chat.KindFilms || arg == chat.KindChoose || arg == chat.KindText)
	case "count", "why", "not-prev", "liked-prev":
		c.n, err = strconv.Atoi(arg)
		cat = "intent"
		if op == "count" && err == nil && c.n < 0 || op != "count" && err == nil && c.n < 1 {
			err = needArg(false)
		}
		if err != nil {
			err = needArg(false)
		}
	case "lang":
		cat, err = "language", needArg(arg == "fr" || arg == "en")
	case "no-english":
		cat, err = "language", needArg(arg == "")
	case "liked", "choices-include":
		cat, err = "title", needArg(strings.HasPrefix(arg, "tt") && idRe.MatchString(arg))
	case "resolves":
		cat = "title"
		for _, id := range strings.Split(arg, "|") {
			if !strings.HasPrefix(id, "tt") || !idRe.MatchString(id) {
				err = needArg(false)
			}
			c.vals = append(c.vals, id)
		}
	case "newer", "older":
		cat, err = "era", needArg(arg == "")
	case "shorter":
		cat, err = "duration", needArg(arg == "")
	case "lesser-known":
		cat, err = "intent", needArg(arg == "")
	case "not":
		cat, err = "intent", needArg(strings.HasPrefix(arg, "tt") && idRe.MatchString(arg))
	case "liked-none", "new":
		cat, err = "intent", needArg(arg == "")
	case "family":
		cat, err = "audience", needArg(arg == "")
	case "all", "none", "any", "most", "notall":
		c.quant, c.op = op, "field"
		if m := numFieldRe.FindStringSubmatch(arg); m != nil {
			c.field, c.cmp = m[1], m[2]
			c.n, _ = strconv.Atoi(m[3])
		} else if m := strFieldRe.FindStringSubmatch(arg); m != nil {
			c.field = m[1]
			for _, v := range strings.Split(m[2], "|") {
				if v = strings.TrimSpace(v); v == "" {
					return nil, fmt.Errorf("check %q: empty alternative in %q", op, arg)
				}
				c.vals = append(c.vals, v)
			}
			if c.field == "person" || c.field == "director" {
				for _, v := range c.vals {
					if !strings.HasPrefix(v, "nm") || !idRe.MatchString(v) {
						return nil, fmt.Errorf("check %q: %q is not a person id", op, v)
					}
				}
			}
			if c.field == "genre" {
				for _, v := range c.vals {
					if !data.IsGenre(v) {
						return nil, fmt.Errorf("check %q: unknown genre %q", op, v)
					}
				}
			}
		} else {
			return nil, fmt.Errorf("check %q: want \"%s year>=2000\" or \"%s genre Comedy|Drama\", got %q", op, op, op, arg)
		}
		cat = map[string]string{"year": "era", "runtime": "duration", "genre": "genre", "country": "nationality",
			"language": "nationality", "person": "person", "director": "person", "keyword": "theme"}[c.field]
	default:
		return nil, fmt.Errorf("unknown check %q", op)
	}
	if err != nil {
		return nil, err
	}
	if c.category == "" {
		c.category = cat
	}
	return c, nil
}

// replyState is the tiny accessor to what the chat says it works from. It
// returns ok=false for a reply without a State; checks then fall back to
// the text, or are counted as pending.
func replyState(r chat.Reply) (liked []string, ok bool) {
	if r.State == nil {
		return nil, false
	}
	for _, c := range r.State.Liked {
		if id, found := strings.CutPrefix(c.Key, "film:"); found {
			liked = append(liked, id)
		}
	}
	return liked, true
}

// corpusRun plays dialogues and evaluates their checks.
type corpusRun struct {
	cat *data.Catalogue
}

// outcome of one check.
const (
	held = iota
	failed
	pending
)

type checkResult struct {
	d      *corpusDialogue
	m      *corpusMessage
	c      *corpusCheck
	status int
	why    string
	reply  chat.Reply
}

// dialogueState is what the customer has seen so far in a dialogue.
type dialogueState struct {
	shown map[string]bool
	prev  []chat.Card
}

func (cr *corpusRun) evaluate(c *corpusCheck, r chat.Reply, st *dialogueState) (int, string) {
	fail := func(format string, args ...any) (int, string) { return failed, fmt.Sprintf(format, args...) }
	films := r.Films
	prevAt := func(n int) *data.Film {
		if n < 1 || n > len(st.prev) {
			return nil
		}
		return st.prev[n-1].Film
	}
	switch c.op {
	case "kind":
		if r.Kind != c.arg {
			return fail("kind %s", r.Kind)
		}
	case "count":
		if len(films) != c.n {
			return fail("%d films", len(films))
		}
	case "lang":
		if r.Lang != c.arg {
			return fail("lang %s", r.Lang)
		}
	case "no-english":
		var named []string
		for id := range st.shown {
			named = append(named, id)
		}
		if w := cr.englishWords(r, named...); len(w) > 0 {
			return fail("English words %q", w)
		}
	case "liked":
		return cr.liked(r, c.arg)
	case "liked-prev":
		f := prevAt(c.n)
		if f == nil {
			return fail("no film %d in the previous list", c.n)
		}
		return cr.liked(r, f.ID)
	case "liked-none":
		liked, ok := replyState(r)
		if !ok {
			return pending, "the chat does not expose its state"
		}
		if len(liked) > 0 {
			return fail("liked %v", liked)
		}
	case "why":
		f := prevAt(c.n)
		if f == nil {
			return fail("no film %d in the previous list", c.n)
		}
		if len(films) != 1 || films[0].Film.ID != f.ID {
			return fail("does not explain %s %q", f.ID, f.Title)
		}
	case "not-prev":
		f := prevAt(c.n)
		if f == nil {
			return fail("no film %d in the previous list", c.n)
		}
		if r.Kind != chat.KindFilms || len(films) == 0 {
			return fail("no films")
		}
		for _, card := range films {
			if card.Film.ID == f.ID {
				return fail("%s %q still shown", f.ID, f.Title)
			}
		}
	case "not":
		for _, card := range films {
			if card.Film.ID == c.arg {
				return fail("%s shown", c.arg)
			}
		}
	case "new":
		if len(films) == 0 {
			return fail("no films")
		}
		for _, card := range films {
			if st.shown[card.Film.ID] {
				return fail("%s %q shown before", card.Film.ID, card.Film.Title)
			}
		}
	case "family":
		// A film for children as a parent means it (data.Film.FamilySafe):
		// no horror, thriller or war film, and a crime film only as a
		// comedy, an animation or a family film. IMDb files Le Gendarme de
		// Saint-Tropez as Comedy,Crime; the rule used to reject every
		// Crime film, which counted the gendarme as unfit for families.
		if len(films) == 0 {
			return fail("no films")
		}
		for _, card := range films {
			if !card.Film.FamilySafe() {
				return fail("%s %q is %s", card.Film.ID, card.Film.Title, strings.Join(card.Film.Genres, ","))
			}
		}
	case "resolves": // any of the films: liked, or offered in a question
		var why string
		for _, id := range c.vals {
			for _, ch := range r.Choices {
				if ch.Film.ID == id {
					return held, ""
				}
			}
			var s int
			if s, why = cr.liked(r, id); s == held {
				return held, ""
			}
		}
		if len(r.Choices) == 0 {
			return failed, why
		}
		return fail("not among %d choices", len(r.Choices))
	case "newer", "older", "shorter", "lesser-known":
		if len(st.prev) == 0 {
			return fail("no previous list")
		}
		if len(films) == 0 {
			return fail("no films")
		}
		val := func(f *data.Film) int {
			switch c.op {
			case "shorter":
				return f.Runtime
			case "lesser-known":
				return f.Votes
			}
			return f.Year
		}
		sum := 0
		for _, card := range st.prev {
			sum += val(card.Film)
		}
		mean := float64(sum) / float64(len(st.prev))
		for _, card := range films {
			v := float64(val(card.Film))
			ok := v > mean // newer
			if c.op != "newer" {
				ok = v < mean
			}
			if v == 0 || !ok {
				return fail("%s %q: %d, previous list's mean %.0f", card.Film.ID, card.Film.Title, int(v), mean)
			}
		}
	case "choices-include":
		for _, ch := range r.Choices {
			if ch.Film.ID == c.arg {
				return held, ""
			}
		}
		return fail("not among %d choices", len(r.Choices))
	case "field":
		return cr.field(c, films)
	}
	return held, ""
}

// liked: the state holds the film, or (without state) the reply has films
// and its text names the film; the film is not recommended back.
func (cr *corpusRun) liked(r chat.Reply, id string) (int, string) {
	f, err := cr.cat.Film(id)
	if err != nil {
		return failed, "unknown film " + id
	}
	for _, card := range r.Films {
		if card.Film.ID == id {
			return failed, fmt.Sprintf("liked film %s %q recommended back", id, f.Title)
		}
	}
	if liked, ok := replyState(r); ok {
		if !slices.Contains(liked, id) {
			return failed, fmt.Sprintf("state liked %v lacks %s %q", liked, id, f.Title)
		}
		return held, ""
	}
	if r.Kind != chat.KindFilms { // "Je ne trouve pas « Heat mais… »" names the film without liking it
		return failed, fmt.Sprintf("kind %s: not working from %s %q", r.Kind, id, f.DisplayTitle(r.Lang))
	}
	text := foldLower(r.Text)
	for _, t := range []string{f.DisplayTitle(r.Lang), f.Title, f.FrenchTitle, f.OriginalTitle} {
		if t != "" && strings.Contains(text, foldLower(t)) {
			return held, ""
		}
	}
	return failed, fmt.Sprintf("text does not name %s %q", id, f.DisplayTitle(r.Lang))
}

func (cr *corpusRun) field(c *corpusCheck, films []chat.Card) (int, string) {
	if len(films) == 0 {
		return failed, "no films"
	}
	var yes, no []string
	for _, card := range films {
		f := card.Film
		ok, what := cr.matches(c, f)
		desc := fmt.Sprintf("%s %q (%s)", f.ID, f.Title, what)
		if ok {
			yes = append(yes, desc)
		} else {
			no = append(no, desc)
		}
	}
	n := len(films)
	switch c.quant {
	case "all":
		if len(no) > 0 {
			return failed, fmt.Sprintf("%d/%d do not: %s", len(no), n, strings.Join(no, "; "))
		}
	case "none":
		if len(yes) > 0 {
			return failed, fmt.Sprintf("%d/%d do: %s", len(yes), n, strings.Join(yes, "; "))
		}
	case "any":
		if len(yes) == 0 {
			return failed, fmt.Sprintf("none of %d: %s", n, strings.Join(no, "; "))
		}
	case "most":
		if need := int(math.Ceil(0.8 * float64(n))); len(yes) < need {
			return failed, fmt.Sprintf("%d/%d do not: %s", len(no), n, strings.Join(no, "; "))
		}
	case "notall":
		if len(no) == 0 {
			return failed, fmt.Sprintf("all %d do: %s", n, strings.Join(yes, "; "))
		}
	}
	return held, ""
}

// matches reports whether film f satisfies the field test of c, and what f
// has for that field.
func (cr *corpusRun) matches(c *corpusCheck, f *data.Film) (bool, string) {
	anyOf := func(have []string) (bool, string) {
		for _, v := range c.vals {
			if slices.Contains(have, v) {
				return true, v
			}
		}
		if len(have) > 6 {
			have = append(have[:6:6], "…")
		}
		return false, strings.Join(have, ",")
	}
	switch c.field {
	case "year", "runtime":
		v := f.Year
		if c.field == "runtime" {
			v = f.Runtime
		}
		what := strconv.Itoa(v)
		if v == 0 { // unknown: cannot be promised to the customer
			return false, "unknown " + c.field
		}
		switch c.cmp {
		case ">=":
			return v >= c.n, what
		case "<=":
			return v <= c.n, what
		case ">":
			return v > c.n, what
		case "<":
			return v < c.n, what
		default:
			return v == c.n, what
		}
	case "genre":
		return anyOf(f.Genres)
	case "country":
		// As the customer means it (data.Film.MadeIn): an Italian film
		// co-produced by France is not « un film français ».
		for _, v := range c.vals {
			if f.MadeIn(v) {
				return true, v
			}
		}
		return false, strings.Join(f.Countries, ",") + "/" + f.OriginalLanguage
	case "language":
		return anyOf([]string{f.OriginalLanguage})
	case "director":
		return anyOf(f.Directors)
	case "person":
		ids := slices.Concat(f.Directors, f.Writers)
		for _, cr := range f.Credits {
			ids = append(ids, cr.PersonID)
		}
		ok, _ := anyOf(ids)
		return ok, "credits"
	case "keyword":
		return anyOf(f.Keywords)
	}
	return false, "?"
}

// englishWords are common English words that are not French words: one of
// them in a French reply (outside titles and names) is a defect the
// customer sees.
var englishWords = map[string]bool{}

func init() {
	// Not here: words French uses too (crime, thriller, western, fantasy, romance, zombie, alien, police,
	// prison, sport, animation, science, fiction, musical, an, or, but, son, on, new york).
	for _, w := range strings.Fields(`the and with for you your this that these those here are is was were be been
		because since liked like likes same director directed starring themes theme shared common also more less
		than from about movie movies friendship love murder revenge based novel book father mother daughter woman
		man men women relationship world war city life death dying time travel friends friend school high summer
		vacation hotel night day what which would please sorry found find could not why there they their one two
		of in by to it its who how when where comedy drama horror adventure family documentary mystery history
		biography music kids children killer heist robbery escape shark hitman brother sister wife husband true
		story sci-fi`) {
		englishWords[w] = true
	}
}

// englishWords returns the English words of a French reply's text and card
// reasons, once the titles of the films involved (those of the reply, those
// named earlier: ids in named, those liked, those quoted in the text) and
// the names of the people credited on them are taken out.
func (cr *corpusRun) englishWords(r chat.Reply, named ...string) []string {
	var films []*data.Film
	for _, c := range r.Films {
		films = append(films, c.Film)
	}
	for _, c := range r.Choices {
		films = append(films, c.Film)
	}
	liked, _ := replyState(r)
	for _, id := range append(named, liked...) {
		if f, err := cr.cat.Film(id); err == nil {
			films = append(films, f)
		}
	}
	texts := []string{r.Text}
	for _, c := range r.Films {
		texts = append(texts, c.Reason)
	}
	for _, c := range r.Choices {
		texts = append(texts, c.Label)
	}
	all := strings.Join(texts, "\n")
	// Quoted spans are titles or the customer's own words; a title quoted
	// once may come back unquoted in a reason.
	var strip []string
	for _, q := range quotedRe.FindAllString(all, -1) {
		q = strings.Trim(q, "«»“”\" \u00a0")
		strip = append(strip, strings.TrimSpace(q))
	}
	all = quotedRe.ReplaceAllString(all, " ")
	for _, f := range films {
		strip = append(strip, f.Title, f.OriginalTitle, f.FrenchTitle)
		for _, id := range slices.Concat(f.Directors, f.Writers) {
			if p, err := cr.cat.Person(id); err == nil {
				strip = append(strip, p.Name)
			}
		}
		for _, c := range f.Credits {
			if p, err := cr.cat.Person(c.PersonID); err == nil {
				strip = append(strip, p.Name)
			}
		}
	}
	// Longest first, so that a title is removed before a name inside it.
	sort.Slice(strip, func(i, j int) bool { return len(strip[i]) > len(strip[j]) })
	low := strings.ToLower(all)
	for _, s := range strip {
		if s = strings.ToLower(s); len(s) > 1 {
			low = strings.ReplaceAll(low, s, " ")
		}
	}
	var found []string
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if englishWords[w] && !slices.Contains(found, w) {
			found = append(found, w)
		}
	}
	return found
}

var quotedRe = regexp.MustCompile(`«[^»]*»|“[^”]*”|"[^"]*"`)

func foldLower(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'à', 'â', 'ä', 'á':
			r = 'a'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'î', 'ï', 'í':
			r = 'i'
		case 'ô', 'ö', 'ó':
			r = 'o'
		case 'ù', 'û', 'ü', 'ú':
			r = 'u'
		case 'ç':
			r = 'c'
		case '’':
			r = '\''
		}
		b.WriteRune(r)
	}
	return b.String()
}

// play runs every dialogue of a part through e and returns the result of
// every check.
func (cr *corpusRun) play(t *testing.T, e *chat.Engine, part string, ds []*corpusDialogue) []checkResult {
	var out []checkResult
	for _, d := range ds {
		st := &dialogueState{shown: map[string]bool{}}
		session := "corpus-" + part + "-" + d.name
		for _, m := range d.messages {
			r, err := e.HandleIn(context.Background(), session, corpusPage(d), m.text)
			if err != nil {
				t.Fatalf("%s line %d %q: %v", part, m.line, m.text, err)
			}
			for _, c := range m.checks {
				s, why := cr.evaluate(c, r, st)
				out = append(out, checkResult{d: d, m: m, c: c, status: s, why: why, reply: r})
			}
			if r.Kind == chat.KindFilms && len(r.Films) > 0 && !isWhy(m, r, st) {
				for _, c := range r.Films {
					st.shown[c.Film.ID] = true
				}
				st.prev = r.Films
			}
		}
	}
	return out
}

// corpusPage is the language of the page a dialogue is typed on: the
// dialogue's own (a customer writing English is on the English page of the
// cinema's site or widget), or $BOBINE_CORPUS_PAGE when set ("fr", "en",
// or "none" for no page language), to measure how much of the language
// checks the page's language alone carries.
func corpusPage(d *corpusDialogue) string {
	switch p := os.Getenv("BOBINE_CORPUS_PAGE"); p {
	case "":
		return d.lang
	case "none":
		return ""
	default:
		return p
	}
}

// isWhy reports whether the reply explains one film of the previous list
// (which does not replace the list).
func isWhy(m *corpusMessage, r chat.Reply, st *dialogueState) bool {
	if len(r.Films) != 1 || len(st.prev) < 2 {
		return false
	}
	for _, c := range st.prev {
		if c.Film.ID == r.Films[0].Film.ID {
			return true
		}
	}
	return slices.ContainsFunc(m.checks, func(c *corpusCheck) bool { return c.op == "why" })
}

// corpusScore sums check results.
type corpusScore struct{ held, total, pending int }

func (s corpusScore) String() string {
	if s.total == 0 {
		return "    -"
	}
	return fmt.Sprintf("%5.1f%% (%d/%d)", 100*float64(s.held)/float64(s.total), s.held, s.total)
}

func (s *corpusScore) add(r checkResult) {
	switch r.status {
	case held:
		s.held++
		s.total++
	case failed:
		s.total++
	default:
		s.pending++
	}
}

// summarise reports a part's accuracy: overall, dialogues fully passing, per
// category and per language.
func summarise(part string, ds []*corpusDialogue, rs []checkResult) (string, corpusScore) {
	var all corpusScore
	byCat := map[string]*corpusScore{}
	byLang := map[string]*corpusScore{}
	byLangCat := map[string]*corpusScore{}
	dialogueOK := map[*corpusDialogue]bool{}
	msgs := 0
	for _, d := range ds {
		dialogueOK[d] = true
		msgs += len(d.messages)
	}
	get := func(m map[string]*corpusScore, k string) *corpusScore {
		if m[k] == nil {
			m[k] = &corpusScore{}
		}
		return m[k]
	}
	for _, r := range rs {
		all.add(r)
		get(byCat, r.c.category).add(r)
		get(byLang, r.d.lang).add(r)
		get(byLangCat, r.d.lang+" "+r.c.category).add(r)
		if r.status == failed {
			dialogueOK[r.d] = false
		}
	}
	passing := map[string]int{}
	dialogues := map[string]int{}
	for d, ok := range dialogueOK {
		dialogues[d.lang]++
		if ok {
			passing[d.lang]++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "corpus %s: %d dialogues, %d messages: checks held %s, dialogues fully passing %d/%d, pending %d\n",
		part, len(ds), msgs, all, passing["fr"]+passing["en"], len(ds), all.pending)
	fmt.Fprintf(&b, "  %-12s %-22s %-22s %-22s\n", "", "all", "fr", "en")
	for _, c := range corpusCategories {
		if byCat[c] == nil {
			continue
		}
		fmt.Fprintf(&b, "  %-12s %-22s %-22s %-22s\n", c, *byCat[c], *get(byLangCat, "fr "+c), *get(byLangCat, "en "+c))
	}
	fmt.Fprintf(&b, "  %-12s %-22s %-22s %-22s\n", "checks", all, *get(byLang, "fr"), *get(byLang, "en"))
	fmt.Fprintf(&b, "  %-12s %-22s %-22s %-22s\n", "dialogues", fmt.Sprintf("%d/%d", passing["fr"]+passing["en"], len(ds)),
		fmt.Sprintf("%d/%d", passing["fr"], dialogues["fr"]), fmt.Sprintf("%d/%d", passing["en"], dialogues["en"]))
	return b.String(), all
}

// failures renders the failing checks of a part, grouped by message, with
// the reply.
func failures(rs []checkResult) string {
	var b strings.Builder
	var last *corpusMessage
	for _, r := range rs {
		if r.status != failed {
			continue
		}
		if r.m != last {
			last = r.m
			fmt.Fprintf(&b, "\n%s line %d > %s\n%s", r.d.name, r.m.line, r.m.text, indent(transcript("", r.reply)))
		}
		fmt.Fprintf(&b, "    FAIL [%s] %s: %s\n", r.c.category, r.c.src, r.why)
	}
	return b.String()
}

// transcripts renders every exchange of a part with the verdict of each
// check, to compare two versions of the chat side by side.
func transcripts(rs []checkResult) string {
	var b strings.Builder
	var lastD *corpusDialogue
	var lastM *corpusMessage
	for _, r := range rs {
		if r.d != lastD {
			lastD = r.d
			fmt.Fprintf(&b, "\n== %s %s\n", r.d.lang, r.d.name)
		}
		if r.m != lastM {
			lastM = r.m
			b.WriteString(strings.TrimSuffix(transcript(r.m.text, r.reply), "\n"))
		}
		verdict := map[int]string{held: "ok  ", failed: "FAIL", pending: "wait"}[r.status]
		fmt.Fprintf(&b, "  %s [%s] %s", verdict, r.c.category, r.c.src)
		if r.why != "" {
			fmt.Fprintf(&b, ": %s", r.why)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func indent(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if l = strings.TrimPrefix(l, "> "); strings.TrimSpace(l) != "" {
			b.WriteString("    " + l + "\n")
		}
	}
	return b.String()
}

func readCorpus(t *testing.T, part string) []*corpusDialogue {
	t.Helper()
	path := filepath.Join("testdata", "corpus", part+".txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := parseCorpus(path, f)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// checkCorpusIDs fails the test when the corpus names a film or a person
// that the catalogue does not have: a defect of the corpus, not of the chat.
func checkCorpusIDs(t *testing.T, cat *data.Catalogue, part string, ds []*corpusDialogue) {
	t.Helper()
	for _, d := range ds {
		for _, m := range d.messages {
			for _, c := range m.checks {
				var ids []string
				switch {
				case c.op == "resolves", c.field == "person", c.field == "director":
					ids = c.vals
				case c.op != "field":
					ids = []string{c.arg}
				}
				for _, id := range ids {
					switch {
					case strings.HasPrefix(id, "tt"):
						if _, err := cat.Film(id); err != nil {
							t.Errorf("%s.txt:%d: film %s is not in the dev catalogue", part, c.line, id)
						}
					case strings.HasPrefix(id, "nm"):
						if _, err := cat.Person(id); err != nil {
							t.Errorf("%s.txt:%d: person %s is not in the dev catalogue", part, c.line, id)
						}
					}
				}
			}
		}
	}
}

// TestCorpus plays the dialogue corpus against the development dataset
// through the real search index and recommender, and reports the share of
// checks that hold, per part, category and language. It fails when the tune
// part falls below corpusMinTune (or $BOBINE_CORPUS_MIN). With -v it lists
// the failing checks of the tune part ($BOBINE_CORPUS_SHOW=heldout,
// heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, heldout12, heldout13 or heldout14 lists that held-out part's too:
// do not look at them while tuning). The heldout2 part fails below
// corpusMinHeldout2, heldout3 below corpusMinHeldout3, heldout4 below
// corpusMinHeldout4, heldout5 below corpusMinHeldout5, heldout6 below
// corpusMinHeldout6, heldout7 below corpusMinHeldout7, heldout8 below
// corpusMinHeldout8, heldout9 below corpusMinHeldout9, heldout10 below
// corpusMinHeldout10, heldout11 below corpusMinHeldout11, heldout12 below
// corpusMinHeldout12, heldout13 below corpusMinHeldout13, heldout14 below
// corpusMinHeldout14.
// Every dialogue is typed on the page of its own language (corpusPage);
// $BOBINE_CORPUS_PAGE=fr plays them all on the French page, to measure how
// much of the language checks the page's language carries.
// $BOBINE_CORPUS_TRANSCRIPTS=DIR writes every exchange and verdict to
// DIR/PART.txt for each part but the sealed ones (corpusSealed), whose exchanges are
// written only when $BOBINE_CORPUS_SHOW names the part (only their totals
// are for reading).
func TestCorpus(t *testing.T) {
	e := devEngine(t)
	min := corpusMinTune
	if s := os.Getenv("BOBINE_CORPUS_MIN"); s != "" {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v < 0 || v > 1 {
			t.Fatalf("BOBINE_CORPUS_MIN=%q: want a fraction between 0 and 1", s)
		}
		min = v
	}
	cat := devstack.Dev(t).Catalogue
	cr := &corpusRun{cat: cat}
	for _, part := range corpusParts {
		t.Run(part, func(t *testing.T) {
			ds := readCorpus(t, part)
			checkCorpusIDs(t, cat, part, ds)
			rs := cr.play(t, e, part, ds)
			if dir := os.Getenv("BOBINE_CORPUS_TRANSCRIPTS"); dir != "" && (!corpusSealed[part] || os.Getenv("BOBINE_CORPUS_SHOW") == part) {
				if err := os.WriteFile(filepath.Join(dir, part+".txt"), []byte(transcripts(rs)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			report, score := summarise(part, ds, rs)
			t.Log("\n" + report)
			if testing.Verbose() && (strings.HasPrefix(part, "tune") || os.Getenv("BOBINE_CORPUS_SHOW") == part) {
				t.Log("failing checks:" + failures(rs))
			}
			if strings.HasPrefix(part, "tune") && score.total > 0 {
				min := min
				if m, ok := corpusTuneMins[part]; ok && os.Getenv("BOBINE_CORPUS_MIN") == "" {
					min = m
				}
				if got := float64(score.held) / float64(score.total); got < min {
					t.Errorf("tune part: %.1f%% of checks hold, below the threshold %.1f%%", 100*got, 100*min)
				}
			}
			if floor, ok := corpusFloors[part]; ok && score.total > 0 {
				if got := float64(score.held) / float64(score.total); got < floor {
					t.Errorf("%s part: %.1f%% of checks hold, below the floor %.1f%%", part, 100*got, 100*floor)
				}
			}
		})
	}
}
