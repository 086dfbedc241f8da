#!/usr/bin/env bash
# WebSocket chat load (issue 6) against an application already running on the filled bench database:
#   bench/websocket/run.sh http://127.0.0.1:8095 [server-pid]
# Loopback only; bounded: 5,000 sockets, RATE msg/s for SECONDS per scenario (defaults 1000 and 30).
# Start the application with its request quotas off (CLEANCARE_RATE_LIMITS_AUTH_PER_WINDOW=0 and the
# other two): thousands of sign-ins from one address are the load, not an attack.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/lib.sh
pick_jdk
BASE=${1:?usage: run.sh BASE_URL [server-pid]}
DB=${BENCH_DB:-cleancare_bench}
mkdir -p bench-results
psql -h 127.0.0.1 -U postgres -d "$DB" -q -f bench/websocket/setup.sql
psql -h 127.0.0.1 -U postgres -d "$DB" -At -F $'\t' -f bench/websocket/members.sql > bench-results/ws-members.tsv
exec java -Xmx1g -XX:+UseParallelGC bench/websocket/ChatLoad.java "$BASE" bench-results/ws-members.tsv ${2:-}
