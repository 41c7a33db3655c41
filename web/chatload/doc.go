// Package chatload drives chat dialogues over Bobine's websocket the way
// the widget does — resuming with the last reply's token after a cut
// connection and sending a message whose answer never came once more — and
// counts what a customer would notice: turns without an answer, dialogues
// that forgot their liked films, resumes refused. `bobine chatload` runs
// it; scripts/replicas.sh runs it through a reverse proxy while a replica
// dies.
package chatload
