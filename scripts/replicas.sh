#!/usr/bin/env bash
# replicas.sh: two `bobine serve` replicas behind nginx (round-robin, websocket
# upgrade), a chat load through the proxy, one replica killed (kill -9) in the
# middle of the dialogues: every dialogue must go on on the other replica
# with no turn lost. Prints the counts; exits non-zero otherwise.
#
#   scripts/replicas.sh                # index from BOBINE_INDEX_DIR, else var/index
#   DIALOGUES=30 TURNS=16 scripts/replicas.sh
#
# Installs nginx from Debian when it is missing (apt-get, as root). Only
# loopback addresses are used. Everything it starts, it stops.
set -euo pipefail
cd "$(dirname "$0")/.."

INDEX=${BOBINE_INDEX_DIR:-var/index}
PROXY_PORT=${PROXY_PORT:-18180}
PORT_A=${PORT_A:-18181}
PORT_B=${PORT_B:-18182}
DIALOGUES=${DIALOGUES:-20}
TURNS=${TURNS:-12}
PAUSE=${PAUSE:-400ms}
KILL_AFTER=${KILL_AFTER:-2}

if ! command -v nginx >/dev/null 2>&1; then
	echo "== installing nginx (Debian package nginx-light)"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
NGINX=$(command -v nginx)

go build -o bin/bobine ./cmd/bobine
bin/bobine index -check -out "$INDEX" >/dev/null 2>&1 || {
	echo "replicas.sh: no valid index in $INDEX: run \`make index\` (or set BOBINE_INDEX_DIR)" >&2
	exit 2
}

TMP=$(mktemp -d /tmp/bobine-replicas.XXXXXX)
PIDS=()
cleanup() {
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
	rm -rf "$TMP"
}
trap cleanup EXIT

# One secret for both replicas: a token signed by one is honoured by the other.
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$TMP/session_secret"

replica() { # NAME PORT
	BOBINE_CHAT_SESSION_SECRET_FILE="$TMP/session_secret" \
	BOBINE_INDEX_DIR="$INDEX" \
	BOBINE_METRICS_ADDR= \
	BOBINE_FEEDBACK_DIR="$TMP/feedback-$1" \
	BOBINE_SERVER_TRUST_PROXY=true \
	BOBINE_SERVER_IP_RATE_PER_SECOND=1000 BOBINE_SERVER_IP_RATE_BURST=1000 \
	BOBINE_SERVER_PUBLIC_URL="http://127.0.0.1:$PROXY_PORT" \
		bin/bobine serve -addr "127.0.0.1:$2" >"$TMP/$1.log" 2>&1 &
	PIDS+=($!)
	eval "PID_$1=$!"
}

mkdir -p "$TMP/nginx"
cat >"$TMP/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log warn;
events { worker_connections 1024; }
http {
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  log_format upstream '\$status \$request_method \$uri \$upstream_addr';
  access_log $TMP/nginx-access.log upstream;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  upstream bobine {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=30s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=30s;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://bobine;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_read_timeout 120s;
      add_header X-Bobine-Upstream \$upstream_addr always;
    }
  }
}
CONF

echo "== starting replicas A (:$PORT_A) and B (:$PORT_B) on $INDEX, nginx on :$PROXY_PORT"
replica A "$PORT_A"
replica B "$PORT_B"
"$NGINX" -c "$TMP/nginx.conf" -p "$TMP" 2>"$TMP/nginx-start.log" &
PIDS+=($!)

for port in "$PORT_A" "$PORT_B" "$PROXY_PORT"; do
	for _ in $(seq 1 240); do
		curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
		sleep 0.5
	done
	curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { echo "127.0.0.1:$port never became healthy" >&2; tail -5 "$TMP"/*.log >&2; exit 1; }
done
echo "== all healthy: $(curl -s "http://127.0.0.1:$PROXY_PORT/healthz")"

echo "== chat load: $DIALOGUES dialogues x $TURNS turns through nginx; replica A killed after ${KILL_AFTER}s"
bin/bobine chatload -url "ws://127.0.0.1:$PROXY_PORT/ws" -dialogues "$DIALOGUES" -turns "$TURNS" -pause "$PAUSE" \
	-upstream-header X-Bobine-Upstream -v >"$TMP/load.out" 2>"$TMP/load.err" &
LOAD=$!
sleep "$KILL_AFTER"
echo "== kill -9 replica A (pid $PID_A) while dialogues are running"
kill -9 "$PID_A"
wait "$PID_A" 2>/dev/null || true
set +e
wait "$LOAD"
status=$?
set -e

cat "$TMP/load.out"
echo "== cuts seen by the load: $(grep -c 'connection cut' "$TMP/load.err" || true)"
echo "== websocket connections per replica (nginx access log): A $(grep -c "^101 GET /ws 127.0.0.1:$PORT_A" "$TMP/nginx-access.log" || true), B $(grep -c "^101 GET /ws 127.0.0.1:$PORT_B" "$TMP/nginx-access.log" || true)"
if [ "$status" -ne 0 ]; then
	echo "FAIL: chatload exited $status" >&2
	tail -20 "$TMP/load.err" >&2
	exit 1
fi
if ! grep -q "^101 GET /ws 127.0.0.1:$PORT_A" "$TMP/nginx-access.log"; then
	echo "FAIL: no dialogue ever reached replica A: the kill proved nothing" >&2
	exit 1
fi
if ! grep -q "connection cut" "$TMP/load.err"; then
	echo "FAIL: no dialogue was cut by the kill: it came too late (lower KILL_AFTER)" >&2
	exit 1
fi
echo "PASS: replica A killed mid-dialogue; every dialogue went on on B with no lost turn"
