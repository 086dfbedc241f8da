#!/usr/bin/env bash
# Fault 1 (issue 9): kill -9 one of two instances behind nginx during a load of acknowledged writes
# (complaints, sandbox payments), then count the database's rows against the acknowledgements.
#   bench/faults/kill-instance.sh [SECONDS=40] [WORKERS=16]
# Loopback only; private PostgreSQL (5440) and Redis (6390); bounded by SECONDS.
. "$(dirname "$0")/lib.sh"
SECONDS_LOAD=${1:-40}; WORKERS=${2:-16}
OUT=$FAULT_WORK/kill-instance
fault_setup
start_instance app1 18081; await_ready 18081 180          # app1 alone migrates the empty database
start_instance app2 18082; await_ready 18082 180
start_nginx 18080 18081 18082
make_citizens "$WORKERS"

log "load: $WORKERS citizens for ${SECONDS_LOAD}s through nginx; kill -9 app2 at $((SECONDS_LOAD / 3))s"
load http://127.0.0.1:18080 "$SECONDS_LOAD" "$WORKERS" "$OUT" payments > "$FAULT_WORK/load.log" 2>&1 &
LOAD=$!; PIDS+=($LOAD)
sleep $((SECONDS_LOAD / 3))
kill -9 "$PID_app2"; KILLED_AT=$(date +%T); wait "$PID_app2" 2>/dev/null || true
log "killed app2 (pid $PID_app2) at $KILLED_AT"
wait "$LOAD" || die "load client failed: $(tail "$FAULT_WORK/load.log")"

acked_c=$(wc -l < "$OUT/complaints.ids"); acked_p=$(wc -l < "$OUT/payments.ids")
found_c=$(count_acknowledged complaints "$OUT/complaints.ids")
found_p=$(count_acknowledged payments "$OUT/payments.ids")
rows_c=$(fpsql -d "$FAULT_DB" -c "SELECT count(*) FROM complaints")
rows_p=$(fpsql -d "$FAULT_DB" -c "SELECT count(*) FROM payments")
dup_p=$(sort "$OUT/payments.ids" | uniq -d | wc -l)
nginx_502=$(grep -c 'upstream_status=502\|upstream_status=.*, ' "$FAULT_WORK/nginx/access.log" || true)
nginx_rerouted=$(grep -c 'upstream=[^ ]*, ' "$FAULT_WORK/nginx/access.log" || true)
echo "== kill-instance: $(date -u +%FT%TZ), $SECONDS_LOAD s, $WORKERS workers, app2 killed at $KILLED_AT"
timeline "$FAULT_WORK/load.log"
echo "  writes/s acknowledged, whole run: $(awk '/^t=/ {split($2,a,"="); s+=a[2]; n++} END {printf "%.0f", s/n}' "$FAULT_WORK/load.log")"
sed 's/^/  client: /' "$OUT/summary.txt"
echo "  nginx: requests passed to a second instance after the first failed: $nginx_rerouted"
echo "  complaints: acknowledged $acked_c, found $found_c of them; rows in table $rows_c (rows - acknowledged = committed but unacknowledged)"
echo "  payments:   acknowledged $acked_p (duplicate ids from replays: $dup_p), found $found_p; rows in table $rows_p"
if [ "$found_c" = "$acked_c" ] && [ "$found_p" = "$(sort -u "$OUT/payments.ids" | wc -l)" ]; then
  echo "  RESULT: PASS - every acknowledged complaint and payment is in the database"
else
  echo "  RESULT: FAIL - acknowledged writes missing"; exit 1
fi
