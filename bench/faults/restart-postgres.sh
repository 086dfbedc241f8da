#!/usr/bin/env bash
# Fault 2 (issue 9): restart the (private) PostgreSQL while the application serves writes; readiness
# goes DOWN and comes back UP, and writes succeed again, without restarting the application.
#   bench/faults/restart-postgres.sh [SECONDS=30] [WORKERS=8]
. "$(dirname "$0")/lib.sh"
SECONDS_LOAD=${1:-30}; WORKERS=${2:-8}
OUT=$FAULT_WORK/restart-postgres
fault_setup
start_instance app1 18081; await_ready 18081 180
make_citizens "$WORKERS"
APP_PID=$PID_app1

# readiness every 0.2 s, with a millisecond clock, into a file
( while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 1 http://127.0.0.1:18081/actuator/health/readiness || true)
    echo "$(date +%s.%N | cut -c1-14) $code"; sleep 0.2
  done ) > "$FAULT_WORK/readiness.log" &
PIDS+=($!)

load http://127.0.0.1:18081 "$SECONDS_LOAD" "$WORKERS" "$OUT" > "$FAULT_WORK/load.log" 2>&1 &
LOAD=$!; PIDS+=($LOAD)
sleep $((SECONDS_LOAD / 3))
# sign-ins (a read and a write each) side by side with the restart, one at a time for 10 s
( end=$(( $(date +%s) + 10 )); while [ "$(date +%s)" -lt $end ]; do
    curl -s -o /dev/null -w '%{http_code}\n' -m 15 -XPOST -H 'Content-Type: application/json' http://127.0.0.1:18081/api/v1/auth/login \
      -d '{"phone":"+8801500000001","password":"Passw0rd!"}'; sleep 0.1
  done ) > "$FAULT_WORK/logins.log" &
LOGINS=$!; PIDS+=($LOGINS)
sleep 1
T0=$(date +%s.%N | cut -c1-14)
log "restarting PostgreSQL cluster $FAULT_PG_VERSION/$FAULT_PG_CLUSTER (fast shutdown: sessions are cut)"
pg_ctlcluster "$FAULT_PG_VERSION" "$FAULT_PG_CLUSTER" restart -m fast
T1=$(date +%s.%N | cut -c1-14)
wait "$LOGINS" || true
wait "$LOAD" || die "load client failed: $(tail "$FAULT_WORK/load.log")"
sleep 1

down=$(awk -v t0="$T0" '$1 >= t0 && $2 != 200 {print $1; exit}' "$FAULT_WORK/readiness.log")
up=$(awk -v t0="$T0" -v d="${down:-0}" '$1 >= t0 && $1 > d && $2 == 200 {print $1; exit}' "$FAULT_WORK/readiness.log")
same_pid=$([ -d "/proc/$APP_PID" ] && echo yes || echo no)
after=$(T=$(curl -s -XPOST -H 'Content-Type: application/json' http://127.0.0.1:18081/api/v1/auth/login \
          -d '{"phone":"+8801500000001","password":"Passw0rd!"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/');
        curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $T" http://127.0.0.1:18081/api/v1/complaints)
acked=$(wc -l < "$OUT/complaints.ids"); found=$(count_acknowledged complaints "$OUT/complaints.ids")
echo "== restart-postgres: $(date -u +%FT%TZ), $SECONDS_LOAD s, $WORKERS workers"
echo "  pg_ctlcluster restart took $(echo "$T1 - $T0" | bc) s"
if [ -n "$down" ]; then
  echo "  readiness: DOWN $(echo "$down - $T0" | bc) s after the restart began, UP again after $(echo "${up:-$T0} - $T0" | bc) s"
else
  echo "  readiness: never seen DOWN (polled every 0.2 s); UP throughout"
fi
timeline "$FAULT_WORK/load.log"
sed 's/^/  client: /' "$OUT/summary.txt"
echo "  sign-ins during the restart, by status: $(sort "$FAULT_WORK/logins.log" | uniq -c | tr '\n' ' ')"
echo "  complaints: acknowledged $acked, found $found"
echo "  application process $APP_PID still the same one: $same_pid; GET /api/v1/complaints afterwards: $after"
echo "  problems the client got during the restart (from the app log): $(grep -c 'a backing service failed' "$FAULT_WORK/app1.log" || true) logged as 'backing service failed' (503), $(grep -c 'unexpected failure' "$FAULT_WORK/app1.log" || true) as 'unexpected failure' (500)"
echo "  exceptions behind those 500s: $(grep -A2 'unexpected failure' "$FAULT_WORK/app1.log" | grep -oE '^[a-z][a-zA-Z0-9_.]+(Exception|Error)' | sort | uniq -c | tr '\n' ' ')"
if [ -n "$up" ] && [ "$same_pid" = yes ] && ! grep -q '^500' "$FAULT_WORK/logins.log" && ! grep -q '_500=' "$OUT/summary.txt" && [ "$after" = 200 ] && [ "$acked" = "$found" ]; then
  echo "  RESULT: PASS - recovered without an application restart; nothing acknowledged lost"
else
  echo "  RESULT: FAIL"; exit 1
fi
