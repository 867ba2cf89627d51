#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into an EMPTY database and uploads folder,
# then check it: row counts against rows.tsv, every upload against its checksum.
#
#   scripts/restore.sh [--force] BACKUP_DIR DATABASE_URL MEDIA_DIR
#
# The database must exist (createdb) and hold no tables, and MEDIA_DIR must be empty
# or absent: restore refuses otherwise. --force restores over what is there (pg_restore
# --clean drops the objects in the backup first; files with the same names are
# overwritten, other files are left alone). Stop web and worker first.
# Objects are restored without their original owner or grants: the user in
# DATABASE_URL owns them (it needs CREATE on the database, and must be able to
# create the extensions the migrations use, pg_trgm and unaccent, or find them there).
set -euo pipefail

usage() { echo "usage: $0 [--force] BACKUP_DIR DATABASE_URL MEDIA_DIR" >&2; exit 2; }
force=false
if [ "${1:-}" = "--force" ]; then force=true; shift; fi
[ $# -eq 3 ] || usage
backup_dir=$1
database_url=$2
media_dir=$3
for tool in pg_restore psql tar sha256sum; do
  command -v "$tool" >/dev/null || { echo "restore: $tool not found" >&2; exit 1; }
done
for f in database.dump media.tar.gz media.sha256 rows.tsv MANIFEST SHA256SUMS; do
  [ -f "$backup_dir/$f" ] || { echo "restore: $backup_dir/$f is missing" >&2; exit 1; }
done

echo "restore: checking the backup's checksums" >&2
(cd "$backup_dir" && sha256sum --quiet -c SHA256SUMS) || {
  echo "restore: the backup is damaged (SHA256SUMS does not match)" >&2; exit 1; }

tables=$(psql "$database_url" -X -v ON_ERROR_STOP=1 -At -c \
  "SELECT count(*) FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
   WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')")
if [ "$tables" -ne 0 ] && [ "$force" != true ]; then
  echo "restore: the database already holds $tables tables, sequences or views; restore into an empty one (or --force to replace them)" >&2
  exit 1
fi
if [ -d "$media_dir" ] && [ -n "$(find "$media_dir" -mindepth 1 -print -quit)" ] && [ "$force" != true ]; then
  echo "restore: $media_dir is not empty; restore into an empty folder (or --force)" >&2
  exit 1
fi

echo "restore: database" >&2
clean=()
if [ "$tables" -ne 0 ]; then clean=(--clean --if-exists); fi
pg_restore --dbname="$database_url" --no-owner --no-privileges --exit-on-error \
  "${clean[@]}" "$backup_dir/database.dump"

echo "restore: uploads into $media_dir" >&2
mkdir -p "$media_dir"
tar -C "$media_dir" -xzf "$backup_dir/media.tar.gz"

echo "restore: checking" >&2
problems=0
while IFS=$'\t' read -r table expected; do
  actual=$(psql "$database_url" -X -At -c "SELECT count(*) FROM public.\"$table\"" 2>/dev/null || echo missing)
  if [ "$actual" != "$expected" ]; then
    echo "restore: $table has $actual rows, the backup recorded $expected" >&2
    problems=$((problems + 1))
  fi
done <"$backup_dir/rows.tsv"
if ! (cd "$media_dir" && sha256sum --quiet -c "$(cd "$backup_dir" && pwd)/media.sha256"); then
  echo "restore: some uploads do not match their checksums" >&2
  problems=$((problems + 1))
fi
if [ "$problems" -ne 0 ]; then
  echo "restore: finished with $problems problem(s)" >&2
  exit 1
fi
echo "restore: $(wc -l <"$backup_dir/rows.tsv") tables and $(wc -l <"$backup_dir/media.sha256") uploads match the backup" >&2
echo "restore: next, run the migrations if the code is newer than the backup (docs/operations.md)" >&2
