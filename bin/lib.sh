# Shared by bin/demo and bin/test: pick a JDK >= 21 and make sure PostgreSQL and Redis answer on
# loopback, starting them, or installing them from the distribution's packages, when they do not;
# bin/test also makes sure chromium is there for the browser tests.
# Sourced, not run.

say() { printf '\033[1m[cleancare]\033[0m %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi
}

java_major() {  # path-to-java -> major version
  "$1" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -1
}

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"; export PATH="$JAVA_HOME/bin:$PATH"
      say "JDK: $JAVA_HOME ($(java_major "$JAVA_HOME/bin/java"))"
      return
    fi
  done
  if command -v javac >/dev/null && [ "$(java_major "$(command -v java)")" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    return
  fi
  die "no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm/*, PATH). Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME."
}

PGHOST_ADDR="${PGHOST_ADDR:-127.0.0.1}"
PGPORT_NUM="${PGPORT_NUM:-5432}"

psql_admin() {  # run psql as the postgres superuser, over TCP trust or through the local socket
  if psql -h "$PGHOST_ADDR" -p "$PGPORT_NUM" -U postgres -d postgres -Atc 'SELECT 1' >/dev/null 2>&1; then
    psql -X -q -h "$PGHOST_ADDR" -p "$PGPORT_NUM" -U postgres -d postgres "$@"
  else
    as_root su postgres -c "psql -X -q -d postgres $(printf '%q ' "$@")"
  fi
}

ensure_postgres() {
  if command -v pg_isready >/dev/null && pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT_NUM"; then return; fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    say "PostgreSQL not installed: installing it from the distribution's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    # A fresh local install: let this machine's own loopback connect as postgres without a password.
    local hba; hba=$(ls /etc/postgresql/*/main/pg_hba.conf | head -1)
    as_root sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
  fi
  say "starting PostgreSQL"
  local version; version=$(ls /etc/postgresql | sort -V | tail -1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
    || as_root pg_ctlcluster "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT_NUM" && return; sleep 1; done
  die "PostgreSQL did not come up on $PGHOST_ADDR:$PGPORT_NUM"
}

ensure_redis() {
  # the binary too, even where a Redis already answers: a test restarts a Redis of its own
  if ! command -v redis-server >/dev/null; then
    say "Redis not installed: installing it from the distribution's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  fi
  if [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]; then return; fi
  say "starting Redis"
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/cleancare.log
  for _ in $(seq 1 20); do [ "$(redis-cli -h 127.0.0.1 ping 2>/dev/null)" = PONG ] && return; sleep 0.5; done
  die "Redis did not come up on 127.0.0.1:6379"
}

ensure_nginx() {
  # the deployment test puts two instances behind the nginx the README's VM install uses
  if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    say "nginx not installed: installing it from the distribution's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null \
      || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  fi
}

ensure_database() {  # name [fresh]
  if [ "${2:-}" = fresh ]; then
    psql_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
  fi
  if [ "$(psql_admin -Atc "SELECT 1 FROM pg_database WHERE datname = '$1'")" != 1 ]; then
    psql_admin -c "CREATE DATABASE $1"
  fi
}

ensure_chromium() {  # the browser tests drive the distribution's chromium through Playwright (no browser download)
  if [ -x /usr/bin/chromium ]; then return; fi
  say "chromium not installed: installing it from the distribution's packages (browser tests)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] || die "chromium did not install; the browser tests need /usr/bin/chromium"
}
