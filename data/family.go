package data

import "slices"

// familyNever are the genres whose films are never for children: fear,
// suspense and war are what they are about.
var familyNever = []string{"Horror", "Thriller", "War"}

// familyLight are the genres that make a crime film one for children:
// IMDb files Le Gendarme de Saint-Tropez (Comedy, Crime) and The
// Aristocats' kidnapping or Zootopia's case (Animation, Crime) as crime, but
// a caper told for laughs or drawn for children is no crime story for
// adults.
var familyLight = []string{"Comedy", "Animation", "Family"}

// FamilySafe reports whether a customer would call f a film to watch with
// children (« en famille »): not flagged adult, no horror, thriller or war
// film, and a crime film only when it is also a comedy, an animation or a
// family film. It is the rule of recommend's Family constraint and of the
// chat's tests, so that both mean the same.
func (f *Film) FamilySafe() bool {
	if f.Adult || slices.ContainsFunc(f.Genres, func(g string) bool { return slices.Contains(familyNever, g) }) {
		return false
	}
	if slices.Contains(f.Genres, "Crime") {
		return slices.ContainsFunc(f.Genres, func(g string) bool { return slices.Contains(familyLight, g) })
	}
	return true
}
