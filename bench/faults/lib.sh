# Shared by the fault scripts (bench/faults/*.sh): a private PostgreSQL cluster, a private Redis,
# application instances from target/cleancare.jar and nginx in front of them, all on loopback.
# Never touches the machine's shared PostgreSQL (5432) or Redis (6379). Sourced, not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. bin/lib.sh
pick_jdk >/dev/null 2>&1

FAULT_PG_VERSION=${FAULT_PG_VERSION:-15}
FAULT_PG_CLUSTER=${FAULT_PG_CLUSTER:-faults}
FAULT_PG_PORT=${FAULT_PG_PORT:-5440}
FAULT_REDIS_PORT=${FAULT_REDIS_PORT:-6390}
FAULT_DB=${FAULT_DB:-cleancare_faults}
FAULT_WORK=${FAULT_WORK:-/tmp/cleancare-faults}
FAULT_PASSWORD='Passw0rd!'
JAR=${JAR:-target/cleancare.jar}
PIDS=()

log() { printf '[fault %s] %s\n' "$(date +%T)" "$*" >&2; }
fpsql() { psql -X -q -h 127.0.0.1 -p "$FAULT_PG_PORT" -U postgres -At "$@"; }

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  redis-cli -p "$FAULT_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}
trap cleanup EXIT

# The private cluster (created once with pg_createcluster) and a fresh, empty database in it.
fault_postgres() {
  if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$FAULT_PG_CLUSTER"; then
    pg_createcluster "$FAULT_PG_VERSION" "$FAULT_PG_CLUSTER" -p "$FAULT_PG_PORT" -- --auth=trust >/dev/null
  fi
  pg_ctlcluster "$FAULT_PG_VERSION" "$FAULT_PG_CLUSTER" start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$FAULT_PG_PORT" && break; sleep 0.5; done
  fpsql -d postgres -c "DROP DATABASE IF EXISTS $FAULT_DB WITH (FORCE)" -c "CREATE DATABASE $FAULT_DB"
}

fault_redis() {
  redis-cli -p "$FAULT_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  redis-server --port "$FAULT_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --logfile "$FAULT_WORK/redis.log" >/dev/null
  for _ in $(seq 1 20); do [ "$(redis-cli -p "$FAULT_REDIS_PORT" ping 2>/dev/null)" = PONG ] && return; sleep 0.25; done
  die "private Redis did not start on $FAULT_REDIS_PORT"
}

fault_setup() {
  [ -f "$JAR" ] || die "build first: ./mvnw -o -B -q package -DskipTests"
  rm -rf "$FAULT_WORK"; mkdir -p "$FAULT_WORK/media"
  fault_postgres
  fault_redis
}

# start_instance NAME PORT [extra env...]: the jar in the background, quotas off (the load is one address).
start_instance() {
  local name=$1 port=$2; shift 2
  env SPRING_PROFILES_ACTIVE=prod \
    DATABASE_URL="postgresql://postgres@127.0.0.1:$FAULT_PG_PORT/$FAULT_DB" DATABASE_POOL_SIZE=10 \
    REDIS_URL="redis://127.0.0.1:$FAULT_REDIS_PORT/0" \
    JWT_SECRET_KEY=fault-injection-jwt-secret-of-at-least-32-bytes SECRET_KEY=fault-injection-otp-secret \
    PUBLIC_URL="http://127.0.0.1:$port" MEDIA_ROOT="${MEDIA_ROOT:-$FAULT_WORK/media}" PAYMENTS_SANDBOX=true \
    WEB_SECURE_COOKIES=false COMPLAINTS_PER_HOUR=1000000 \
    CLEANCARE_RATE_LIMITS_ANONYMOUS_PER_WINDOW=0 CLEANCARE_RATE_LIMITS_USER_PER_WINDOW=0 CLEANCARE_RATE_LIMITS_AUTH_PER_WINDOW=0 \
    "$@" java -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$port" \
    > "$FAULT_WORK/$name.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$name=$!"
}

# ready PORT: readiness (database and Redis) answers UP
ready() { curl -fsS -m 2 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; }

await_ready() {  # await_ready PORT [seconds]
  local port=$1 limit=${2:-120}
  for _ in $(seq 1 $((limit * 2))); do ready "$port" && return; sleep 0.5; done
  die "instance on $port not ready after ${limit}s (see $FAULT_WORK/*.log)"
}

# start_nginx PORT INSTANCE_PORT...: the repository's deploy/nginx/cleancare-locations.conf, as the
# deployment test (src/test/java/.../support/Nginx.java) runs it.
start_nginx() {
  local port=$1; shift
  local dir="$FAULT_WORK/nginx" servers="" p
  mkdir -p "$dir"
  for p in "$@"; do servers+="    server 127.0.0.1:$p max_fails=1 fail_timeout=10s;"$'\n'; done
  cat > "$dir/nginx.conf" <<EOF
user root;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    log_format faults '\$status \$request_method \$uri upstream=\$upstream_addr upstream_status=\$upstream_status';
    access_log $dir/access.log faults;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    proxy_cache_path $dir/cache keys_zone=cleancare_static:1m;
    map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
    upstream cleancare {
        least_conn;
$servers        keepalive 8;
    }
    server {
        listen 127.0.0.1:$port;
        include $PWD/deploy/nginx/cleancare-locations.conf;
    }
}
EOF
  /usr/sbin/nginx -c "$dir/nginx.conf" -p "$dir" > "$dir/stdout.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 40); do curl -fsS -m 1 "http://127.0.0.1:$port/nginx-health" >/dev/null 2>&1 && return; sleep 0.25; done
  die "nginx did not start: $(cat "$dir/error.log")"
}

# make_citizens N: verified citizens +8801500000001… of ward 1 (DSCC), password $FAULT_PASSWORD,
# written straight into the migrated database; prints nothing.
make_citizens() {
  local hash
  hash="$(htpasswd -nbBC 10 x "$FAULT_PASSWORD" | cut -d: -f2 | sed 's/^\$2y\$/$2a$/')"
  fpsql -d "$FAULT_DB" -v n="$1" -v h="$hash" <<'SQL'
INSERT INTO users (phone, name, password_hash, user_type, is_verified, ward_number, city_corporation)
SELECT '+88015' || lpad(n::text, 8, '0'), 'Fault citizen ' || n, :'h', 'citizen', TRUE, '1', 'DSCC'
  FROM generate_series(1, :n) n ON CONFLICT (phone) DO NOTHING;
SQL
}

# load BASE SECONDS WORKERS OUTDIR [payments]: the Java client; acknowledged ids land in OUTDIR.
load() {
  java -Xmx256m bench/faults/FaultLoad.java "$@"
}

# count_acknowledged TABLE IDS_FILE: how many of the acknowledged ids have a row
count_acknowledged() {
  local table=$1 file=$2
  [ -s "$file" ] || { echo 0; return; }
  fpsql -d "$FAULT_DB" -c "CREATE TEMP TABLE acked(id uuid)" -c "\\copy acked FROM '$file'" \
    -c "SELECT count(*) FROM acked a JOIN $table t ON t.id = a.id"
}

# timeline LOAD_LOG: the client's per-second lines, compact, the seconds with failures or a slow answer marked
timeline() {
  echo "  client timeline (second sent: acknowledged/failed/slowest ms; * = failures or slower than 1 s):"
  awk '/^t=/ {split($2,o,"="); split($3,f,"="); split($4,m,"="); sub("ms","",m[2]);
              mark = (f[2] + 0 > 0 || m[2] + 0 > 1000) ? "*" : "";
              printf "%s%s:%s/%s/%s ", mark, substr($1,3), o[2], f[2], m[2]; if (++n % 8 == 0) printf "\n"}
       END {printf "\n"}' "$1" | sed 's/^/    /'
}
