#!/usr/bin/env bash
# Mixed load through nginx against N application instances (issue 9), loopback only, bounded in time:
#   bench/cluster/run.sh 1      # nginx → one instance
#   bench/cluster/run.sh 2      # nginx → two instances (the compose topology as plain processes)
# Needs target/cleancare.jar (./mvnw -B package -DskipTests) and a filled bench database:
#   ../shared/bench/fill-data.sh cleancare_bench 100000 1000000
# Prints throughput and p50/p99 per route (bench/cluster/MixedLoad.java), then CPU (cores used)
# and memory (RSS, heap) per instance over the measured run. SECONDS=30 WORKERS=… pass through.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/lib.sh
pick_jdk
JAVA="$JAVA_HOME/bin/java"
INSTANCES=${1:-2}
DB=${BENCH_DB:-cleancare_bench}
NGINX_PORT=8100
WORK=$(mktemp -d /tmp/cleancare-cluster.XXXX)
mkdir -p bench-results "$WORK/media"
pids=()
cleanup() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

# the citizens the load signs in as, with one complaint of their own each
psql -h 127.0.0.1 -U postgres -d "$DB" -At -F $'\t' -c "
  SELECT u.phone, (SELECT c.id FROM complaints c WHERE c.user_id = u.id LIMIT 1), u.id FROM users u
   WHERE u.user_type = 'citizen' AND u.is_active AND u.is_verified
     AND EXISTS (SELECT 1 FROM complaints c WHERE c.user_id = u.id) ORDER BY u.phone LIMIT 400" > "$WORK/citizens.tsv"

servers=""
for i in $(seq 1 "$INSTANCES"); do
  port=$((8100 + i))
  CLEANCARE_RATE_LIMITS_AUTH_PER_WINDOW=0 CLEANCARE_RATE_LIMITS_ANONYMOUS_PER_WINDOW=0 CLEANCARE_RATE_LIMITS_USER_PER_WINDOW=0 \
  CHAT_MESSAGES_PER_MINUTE=100000 \
  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/$DB DATABASE_POOL_SIZE=${POOL:-16} \
  JWT_SECRET_KEY=bench-jwt-secret-0123456789abcdef0123456789 SECRET_KEY=bench-otp-secret-0123456789abcdef \
  REDIS_URL=redis://127.0.0.1:6379/3 MEDIA_ROOT="$WORK/media" \
    "$JAVA" -Xmx${HEAP:-768m} -jar target/cleancare.jar --server.port=$port --logging.level.root=WARN > "$WORK/app$i.log" 2>&1 &
  pids+=($!)
  servers+="    server 127.0.0.1:$port max_fails=2 fail_timeout=5s;"$'\n'
done
for i in $(seq 1 "$INSTANCES"); do
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$((8100 + i))/actuator/health/readiness" >/dev/null && break
    sleep 1
  done
done

user=""; [ "$(id -u)" = 0 ] && user="user root;"
mkdir -p "$WORK/nginx"
cat > "$WORK/nginx.conf" <<NGINX
$user
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log warn;
worker_processes 1;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    proxy_cache_path $WORK/nginx/cache keys_zone=cleancare_static:1m;
    map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
    upstream cleancare {
        least_conn;
$servers
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        include $PWD/deploy/nginx/cleancare-locations.conf;
    }
}
NGINX
nginx -c "$WORK/nginx.conf" -p "$WORK/nginx"
sleep 1

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
declare -A before
for pid in "${pids[@]}"; do before[$pid]=$(cpu_ticks "$pid"); done
started=$(date +%s.%N)
echo "nginx :$NGINX_PORT → $INSTANCES instance(s); database $DB ($(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc 'SELECT count(*) FROM complaints') complaints)"
"$JAVA" -Xmx512m bench/cluster/MixedLoad.java "http://127.0.0.1:$NGINX_PORT" "$WORK/citizens.tsv" | tee "bench-results/cluster-$INSTANCES.txt"
elapsed=$(echo "$(date +%s.%N) - $started" | bc)
hz=$(getconf CLK_TCK)
for i in "${!pids[@]}"; do
  pid=${pids[$i]}
  used=$(echo "scale=2; ($(cpu_ticks "$pid") - ${before[$pid]}) / $hz / $elapsed" | bc)
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  heap=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')
  echo "instance $((i + 1)): CPU $used cores on average (warm-up included), RSS $rss MiB, heap used $heap" | tee -a "bench-results/cluster-$INSTANCES.txt"
done
