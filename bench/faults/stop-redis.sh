#!/usr/bin/env bash
# Fault 3 (issue 9): stop the (private) Redis under load, two instances behind nginx; show which
# routes degrade and how (problem+json 503?), what a WebSocket sees, that request quotas stop
# counting, that nothing acknowledged is lost, and that everything recovers when Redis returns.
#   bench/faults/stop-redis.sh [OUTAGE_SECONDS=15]
. "$(dirname "$0")/lib.sh"
OUTAGE=${1:-15}; WORKERS=8; LOAD_SECONDS=$((OUTAGE + 40))
OUT=$FAULT_WORK/stop-redis
fault_setup
# quotas on (but high): the limiter really counts in Redis, as in production
QUOTAS=(CLEANCARE_RATE_LIMITS_ANONYMOUS_PER_WINDOW=1000000 CLEANCARE_RATE_LIMITS_USER_PER_WINDOW=1000000 CLEANCARE_RATE_LIMITS_AUTH_PER_WINDOW=1000000)
start_instance app1 18081 "${QUOTAS[@]}"; await_ready 18081 180
start_instance app2 18082 "${QUOTAS[@]}"; await_ready 18082 180
start_nginx 18080 18081 18082
make_citizens $((WORKERS + 1))
N=http://127.0.0.1:18080
PROBE_PHONE=+88015$(printf %08d $((WORKERS + 1)))
login_json() { echo "{\"phone\":\"$PROBE_PHONE\",\"password\":\"Passw0rd!\"}"; }
TOKEN=$(curl -s -XPOST -H 'Content-Type: application/json' $N/api/v1/auth/login -d "$(login_json)" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
TRACK=$(curl -s -XPOST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" $N/api/v1/complaints \
  -d '{"title":"Probe","description":"Garbage not collected for two days","category":"waste_management","priority":"medium","location":"Road 1","ward_number":"1","city_corporation":"DSCC"}' \
  | sed -E 's/.*"tracking_number":"([^"]+)".*/\1/')

# probe LABEL CURL-ARGS...: "status content-type seconds", plus the problem's detail when there is one
probe() {
  local label=$1; shift
  local body; body=$(mktemp -p "$FAULT_WORK")
  local r; r=$(curl -s -m 10 -o "$body" -w '%{http_code} %{content_type} %{time_total}s' "$@" || echo "000 - -")
  local detail; detail=$(grep -o '"detail":"[^"]*"' "$body" 2>/dev/null | head -1 || true)
  printf '    %-34s %s %s\n' "$label" "$r" "$detail"
}
# all probes at once (each may wait on Redis's 2 s timeout), printed in order
probes() {
  local dir; dir=$(mktemp -d -p "$FAULT_WORK"); local n=0 pids=()
  n=$((n + 1)); probe "readiness app1" http://127.0.0.1:18081/actuator/health/readiness > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "liveness app1" http://127.0.0.1:18081/actuator/health/liveness > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "POST /auth/login" -XPOST -H 'Content-Type: application/json' $N/api/v1/auth/login -d "$(login_json)" > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "GET /complaints (bearer)" -H "Authorization: Bearer $TOKEN" "$N/api/v1/complaints?page_size=5" > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "POST /complaints (bearer)" -XPOST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" $N/api/v1/complaints \
    -d '{"title":"Probe during","description":"Garbage not collected for two days","category":"waste_management","priority":"medium","location":"Road 1","ward_number":"1","city_corporation":"DSCC"}' > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "GET /complaints/track/{n} (anon)" "$N/api/v1/complaints/track/$TRACK" > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "GET /api/v1/auth/me (bearer)" -H "Authorization: Bearer $TOKEN" $N/api/v1/auth/me > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "GET / (web page)" -H 'Accept: text/html' $N/ > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "GET /login (web page, session)" -H 'Accept: text/html' $N/login > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "GET /login on app1, not via nginx" -H 'Accept: text/html' http://127.0.0.1:18081/login > "$dir/$(printf %02d $n)" & pids+=($!)
  n=$((n + 1)); probe "GET /track/{n} on app1 (anon)" "http://127.0.0.1:18081/api/v1/complaints/track/$TRACK" > "$dir/$(printf %02d $n)" & pids+=($!)
  wait "${pids[@]}"; cat "$dir"/*
}

java bench/faults/WsProbe.java "ws://127.0.0.1:18080/ws/notifications/?token=$TOKEN" $((LOAD_SECONDS + 5)) > "$FAULT_WORK/ws.log" 2>&1 &
WS=$!; PIDS+=($WS)
load $N "$LOAD_SECONDS" "$WORKERS" "$OUT" payments > "$FAULT_WORK/load.log" 2>&1 &
LOAD=$!; PIDS+=($LOAD)
sleep 10
{ echo "  before the outage:"; probes; } > "$FAULT_WORK/probes.txt"
T0=$(date +%s.%N | cut -c1-14)
redis-cli -p "$FAULT_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
log "Redis stopped at $(date +%T) for ${OUTAGE}s"
# the probes wait on Redis's 2 s timeout: they run beside the clock, which restarts Redis on time
( sleep 4; { echo "  Redis down (probes from +4 s, each answer's time shown):"; probes; } >> "$FAULT_WORK/probes.txt" ) &
PROBES=$!
sleep "$(echo "$T0 + $OUTAGE - $(date +%s.%N)" | bc)"
fault_redis; T1=$(date +%s.%N | cut -c1-14)
wait "$PROBES" || true
log "Redis back (empty: --save '') at $(date +%T)"
for _ in $(seq 1 600); do ready 18081 && ready 18082 && break; sleep 0.1; done
T2=$(date +%s.%N | cut -c1-14)
sleep 3
{ echo "  Redis back (probes at +$(printf %.0f "$(echo "$(date +%s.%N) - $T1" | bc)") s):"; probes; } >> "$FAULT_WORK/probes.txt"
wait "$LOAD" || die "load client failed: $(tail "$FAULT_WORK/load.log")"
wait "$WS" || true

# after-commit work that met the outage (the "complaint filed" notification, pushed through Redis) stays an
# incomplete event publication; EventRetries hands it over again once it is a minute old (checked every minute)
incomplete() { fpsql -d "$FAULT_DB" -c "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"; }
incomplete_at_end=$(incomplete); waited=0
while [ "$(incomplete)" != 0 ] && [ $waited -lt 150 ]; do sleep 5; waited=$((waited + 5)); done
incomplete_after=$(incomplete)
acked_c=$(wc -l < "$OUT/complaints.ids"); acked_p=$(sort -u "$OUT/payments.ids" | wc -l)
found_c=$(count_acknowledged complaints "$OUT/complaints.ids"); found_p=$(count_acknowledged payments "$OUT/payments.ids")
echo "== stop-redis: $(date -u +%FT%TZ), Redis down $(echo "$T1 - $T0" | bc) s under $WORKERS writers through nginx to 2 instances"
echo "  both instances ready again $(echo "$T2 - $T1" | bc) s after Redis returned"
cat "$FAULT_WORK/probes.txt"
timeline "$FAULT_WORK/load.log"
sed 's/^/  client: /' "$OUT/summary.txt"
echo "  WebSocket /ws/notifications/ through nginx (seconds from the outage's start):"
awk -v t0="$T0" '{printf "    %+.1f s %s\n", $1 - t0, substr($0, index($0, " ") + 1)}' "$FAULT_WORK/ws.log"
echo "  app log: 'request quota not counted' $(cat "$FAULT_WORK"/app*.log | grep -c 'request quota not counted' || true)x, 'backing service failed' (503) $(cat "$FAULT_WORK"/app*.log | grep -c 'a backing service failed' || true)x, 'unexpected failure' (500) $(cat "$FAULT_WORK"/app*.log | grep -c 'unexpected failure' || true)x"
echo "  complaints: acknowledged $acked_c, found $found_c; payments: acknowledged $acked_p, found $found_p"
echo "  incomplete event publications (after-commit work such as notifications): $incomplete_at_end when the load ended, $incomplete_after after ${waited} s more"
if [ "$acked_c" = "$found_c" ] && [ "$acked_p" = "$found_p" ] && [ "$incomplete_after" = 0 ] && ready 18081 && ready 18082; then
  echo "  RESULT: PASS - nothing acknowledged lost; both instances ready again $(echo "$T2 - $T1" | bc) s after Redis returned"
else
  echo "  RESULT: FAIL"; exit 1
fi
