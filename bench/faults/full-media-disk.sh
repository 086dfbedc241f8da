#!/usr/bin/env bash
# Fault 4 (issue 9): the media root on a 2 MiB tmpfs, filled up. Adding a complaint's photo must get
# a clear problem+json error (not a 500 with a stack trace), and no half-written complaint_images row
# or orphan file may remain; once space is freed the same upload succeeds. Needs root (mount).
#   bench/faults/full-media-disk.sh        (JAR=... to run another build)
. "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || die "needs root to mount a tmpfs"
fault_setup
MEDIA=$FAULT_WORK/media-tmpfs
mkdir -p "$MEDIA"
mount -t tmpfs -o size=2m tmpfs "$MEDIA"
trap 'cleanup; umount "$MEDIA" 2>/dev/null || true' EXIT
MEDIA_ROOT=$MEDIA start_instance app1 18081; await_ready 18081 180
make_citizens 1
java bench/faults/NoiseJpeg.java "$FAULT_WORK/photo.jpg" 800 600
B=http://127.0.0.1:18081/api/v1
TOKEN=$(curl -s -XPOST -H 'Content-Type: application/json' $B/auth/login -d '{"phone":"+8801500000001","password":"Passw0rd!"}' \
        | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
file_complaint() {
  curl -s -XPOST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" $B/complaints \
    -d '{"title":"Overflowing bin","description":"Garbage not collected for two days","category":"waste_management","priority":"medium","location":"Road 1","ward_number":"1","city_corporation":"DSCC"}' \
    | sed -E 's/^\{"id":"([^"]+)".*/\1/'
}
# add_photos COMPLAINT LANG N: POST N copies of the photo in one request; prints "status content-type" and keeps the body
add_photos() {
  local args=() i
  for i in $(seq 1 "$3"); do args+=(-F "image=@$FAULT_WORK/photo.jpg;type=image/jpeg"); done
  curl -s -o "$FAULT_WORK/answer.json" -w '%{http_code} %{content_type}' -H "Authorization: Bearer $TOKEN" \
    -H "Accept-Language: $2" "${args[@]}" "$B/complaints/$1/images"
}
media_files() { find "$MEDIA" -type f ! -name filler | wc -l; }
image_rows() { fpsql -d "$FAULT_DB" -c "SELECT count(*) FROM complaint_images"; }

# 1. one photo on an empty disk: how much one photo takes (original re-encoded + thumbnail)
C1=$(file_complaint); r1=$(add_photos "$C1" en 1)
per_photo=$(du -sk "$MEDIA" | cut -f1)
# 2. fill the disk but for about one and a half photos, then send three in one request:
#    the first is written, the second does not fit — the first's files must go with the rollback
dd if=/dev/zero of="$MEDIA/filler" bs=1k count=$(( $(df -k --output=avail "$MEDIA" | tail -1) - per_photo * 3 / 2 )) status=none 2>/dev/null || true
files_before=$(media_files); rows_before=$(image_rows)
C2=$(file_complaint); r2=$(add_photos "$C2" en 3); answer_partial=$(cat "$FAULT_WORK/answer.json")
files_partial=$(media_files); rows_partial=$(image_rows)
# 3. completely full: one photo, in Bengali
dd if=/dev/zero of="$MEDIA/filler2" bs=1k status=none 2>/dev/null || true
r3=$(add_photos "$C2" bn 1); answer_full=$(cat "$FAULT_WORK/answer.json")
files_full=$(find "$MEDIA" -type f ! -name 'filler*' | wc -l); rows_full=$(image_rows)
parts=$(find "$MEDIA" -name '*.part' | wc -l)
traces=$(grep -c 'at bd\.gov\|Exception' "$FAULT_WORK/answer.json" || true)
logged_500=$(grep -c 'unexpected failure' "$FAULT_WORK/app1.log" || true)
# 4. space freed: the same upload succeeds
rm -f "$MEDIA"/filler*
r4=$(add_photos "$C2" en 1)
complaint_rows=$(fpsql -d "$FAULT_DB" -c "SELECT count(*) FROM complaints")

echo "== full-media-disk: $(date -u +%FT%TZ), media root a 2 MiB tmpfs, photo $(stat -c %s "$FAULT_WORK/photo.jpg") bytes (${per_photo} KiB stored with thumbnail)"
echo "  empty disk, 1 photo:                 $r1"
echo "  room for ~1.5 photos, 3 in a request: $r2  files $files_before -> $files_partial, complaint_images rows $rows_before -> $rows_partial"
echo "    $answer_partial"
echo "  disk full, 1 photo (bn):             $r3  files (without fillers) $files_full, rows $rows_full, .part files $parts"
echo "    $answer_full"
echo "  stack traces in the answers: $traces; 'unexpected failure' (500) in the app log: $logged_500"
echo "  space freed, 1 photo again:          $r4"
echo "  complaints filed: $complaint_rows (each filed before its photo: a refused photo leaves the complaint without it)"
if [[ $r2 == 507\ application/problem+json* && $r3 == 507\ application/problem+json* && $files_partial == "$files_before" \
      && $rows_partial == "$rows_before" && $parts == 0 && $traces == 0 && $r4 == 201* ]]; then
  echo "  RESULT: PASS - a full disk is a 507 problem; no orphan file or image row; recovers once space is freed"
else
  echo "  RESULT: FAIL"; exit 1
fi
