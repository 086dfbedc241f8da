#!/usr/bin/env bash
# Alert fan-out for a ward of 50,000 subscribers (issue 11), against an application already running on
# the filled bench database:   bench/alerts/run.sh http://127.0.0.1:8095
# Files one public complaint in DSCC ward 12 through the API and times how long until every follower of
# the ward has its in-app notification (the fan-out runs after the filing commits), then shows the plan
# of one recipients batch. Results: bench/alerts/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE=${1:?usage: run.sh BASE_URL}
DB=${BENCH_DB:-cleancare_bench}
PSQL=(psql -X -h 127.0.0.1 -U postgres -d "$DB" -At)
"${PSQL[@]}" -q -f bench/alerts/subscribers.sql
# the filer: a citizen of another ward who follows nothing in ward 12
FILER=$("${PSQL[@]}" -c "SELECT u.phone FROM users u JOIN alert_subscriptions s ON s.user_id = u.id
                          WHERE s.ward_number <> '12' AND u.user_type = 'citizen' ORDER BY u.id LIMIT 1")
EXPECTED=$("${PSQL[@]}" -c "SELECT count(DISTINCT user_id) FROM alert_subscriptions WHERE ward_number = '12'")
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"phone\":\"$FILER\",\"password\":\"${PASSWORD:-Passw0rd!}\"}" \
  "$BASE/api/v1/auth/login/" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
START=$(date +%s%N)
ID=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"ময়লা জমে আছে","description":"তিন দিন ধরে ময়লা নেওয়া হয়নি","category":"cleanliness","location":"রোড ৫","city_corporation":"DSCC","ward_number":"12"}' \
  "$BASE/api/v1/complaints/" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
FILED=$(date +%s%N)
echo "filed $ID in $(( (FILED - START) / 1000000 )) ms; waiting for $EXPECTED followers"
while :; do
  TOLD=$("${PSQL[@]}" -c "SELECT count(*) FROM notifications WHERE kind = 'alert_new' AND resource_id = '$ID'")
  NOW=$(date +%s%N)
  if [ "$TOLD" -ge "$EXPECTED" ] || [ $(( (NOW - FILED) / 1000000000 )) -ge 300 ]; then break; fi
  sleep 0.2
done
echo "told $TOLD of $EXPECTED followers $(( (NOW - FILED) / 1000000 )) ms after the filing answered"
DIGEST=$("${PSQL[@]}" -c "SELECT count(*) FROM alert_digest_items WHERE complaint_id = '$ID'")
echo "queued for the SMS digest: $DIGEST subscriptions"
echo "one recipients batch (1000 users, the first of the ward), EXPLAIN ANALYZE:"
"${PSQL[@]}" <<SQL
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT s.user_id, min(u.language) AS language
  FROM alert_subscriptions s JOIN users u ON u.id = s.user_id
 WHERE s.notify_new AND (cardinality(s.categories) = 0 OR 'cleanliness' = ANY(s.categories))
   AND u.erased_at IS NULL AND NOT (s.user_id = ANY(CAST('{}' AS uuid[])))
   AND ((s.city_corporation = 'DSCC' AND s.ward_number = '12'))
   AND s.user_id > '00000000-0000-0000-0000-000000000000'
 GROUP BY s.user_id ORDER BY s.user_id LIMIT 1000;
SQL
