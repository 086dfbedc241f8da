#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database and media directory, after checking
# its checksums. Refuses a database that already has tables (restore into a new one, then switch).
#   DATABASE_URL=postgresql://user:pass@host:5432/new_db MEDIA_ROOT=/var/lib/cleancare/media \
#   deploy/backup/restore.sh /var/backups/cleancare/20261127T020000Z
set -euo pipefail
backup=${1:?usage: restore.sh BACKUP_DIRECTORY}
: "${DATABASE_URL:?DATABASE_URL=postgresql://user:password@host:port/db}"
MEDIA_ROOT=${MEDIA_ROOT:-media}
url=${DATABASE_URL/#jdbc:/}

(cd "$backup" && sha256sum --check --quiet SHA256SUMS)
tables=$(psql "$url" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
    echo "restore.sh: the target database already has $tables tables; restore into an empty one" >&2
    exit 2
fi
pg_restore --no-owner --no-privileges --exit-on-error --jobs=2 --dbname="$url" "$backup/database.dump"
mkdir -p "$MEDIA_ROOT"
tar -C "$MEDIA_ROOT" -xzf "$backup/media.tar.gz"
psql "$url" -Atc "ANALYZE" >/dev/null
echo "restored $backup: $(psql "$url" -Atc "SELECT count(*) FROM complaints") complaints, $(psql "$url" -Atc "SELECT count(*) FROM users") users"
