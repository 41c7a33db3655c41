package chat

// Dislike keeps a film the customer marked « Pas pour moi » on its card out
// of the session's next recommendations, with the other films of its TMDB
// collection (sequels, prequels: its close copies), as "pas celui-là" does
// for the film alone. A disliked film the customer had given as liked is no
// longer liked. An unknown film id is ignored. Safe for concurrent use.
func (e *Engine) Dislike(sessionID, filmID string) {
	f, err := e.cat.Film(filmID)
	if err != nil {
		return
	}
	ids := []string{f.ID}
	if f.CollectionID != 0 {
		for i := range e.cat.Films() {
			if g := &e.cat.Films()[i]; g.CollectionID == f.CollectionID && g.ID != f.ID {
				ids = append(ids, g.ID)
			}
		}
	}
	s := e.store.get(sessionID)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.excluded = appendNew(s.excluded, ids...)
	s.liked = remove(s.liked, f.ID)
}
