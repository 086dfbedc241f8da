#!/usr/bin/env bash
# A consistent backup of Clean Care: the database (pg_dump takes one snapshot, so every table is
# from the same moment) and the media files, with a checksum file; keeps the newest KEEP backups.
#   DATABASE_URL=postgresql://user:pass@host:5432/db MEDIA_ROOT=/var/lib/cleancare/media \
#   BACKUP_DIR=/var/backups/cleancare KEEP=14 deploy/backup/backup.sh
# Cron (02:00 daily): 0 2 * * * /opt/cleancare/deploy/backup/backup.sh >> /var/log/cleancare-backup.log 2>&1
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL=postgresql://user:password@host:port/db}"
MEDIA_ROOT=${MEDIA_ROOT:-media}
BACKUP_DIR=${BACKUP_DIR:-/var/backups/cleancare}
KEEP=${KEEP:-14}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$BACKUP_DIR/$stamp"
partial="$target.partial"
mkdir -p "$partial"

# The custom format restores table by table, in parallel, and lets pg_restore skip what a restore does not need.
pg_dump --format=custom --no-owner --no-privileges --file="$partial/database.dump" "${DATABASE_URL/#jdbc:/}"
if [ -d "$MEDIA_ROOT" ]; then
    tar -C "$MEDIA_ROOT" -czf "$partial/media.tar.gz" .
else
    tar -czf "$partial/media.tar.gz" --files-from /dev/null
fi
(cd "$partial" && sha256sum database.dump media.tar.gz > SHA256SUMS)
# Only a complete backup gets its final name, so rotation and restore never see a half-written one.
mv "$partial" "$target"

ls -1d "$BACKUP_DIR"/2*Z 2>/dev/null | sort | head -n -"$KEEP" | xargs -r rm -rf
echo "backup $target: $(du -sh "$target" | cut -f1)"
