#!/usr/bin/env bash
# Back up ShareHub: the PostgreSQL database (pg_dump custom format) and the uploads
# folder (a tar), with a manifest of row counts, file checksums and the tools used.
#
#   scripts/backup.sh DATABASE_URL MEDIA_DIR OUT_DIR
#
# Writes OUT_DIR/sharehub-<UTC time>/ and prints that path on the last line:
#   database.dump     pg_dump -Fc (restore with scripts/restore.sh or pg_restore)
#   media.tar.gz      every file under MEDIA_DIR, paths relative to it
#   media.sha256      sha256sum of every upload (relative paths), checked on restore
#   rows.tsv          table<TAB>rows for every table in the public schema
#   MANIFEST          what was backed up, when, from where (no password), counts
#   SHA256SUMS        checksums of the files above
# Uploads kept in S3 (AWS_STORAGE_BUCKET_NAME) are not in MEDIA_DIR: back up the
# bucket with its own versioning or replication (docs/operations.md).
# pg_dump must be the server's major version or newer.
set -euo pipefail

usage() { echo "usage: $0 DATABASE_URL MEDIA_DIR OUT_DIR" >&2; exit 2; }
[ $# -eq 3 ] || usage
database_url=$1
media_dir=$2
out_dir=$3
for tool in pg_dump psql tar sha256sum; do
  command -v "$tool" >/dev/null || { echo "backup: $tool not found" >&2; exit 1; }
done
[ -d "$media_dir" ] || { echo "backup: media folder $media_dir does not exist" >&2; exit 1; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$out_dir/sharehub-$stamp"
[ ! -e "$target" ] || { echo "backup: $target already exists" >&2; exit 1; }
mkdir -p "$out_dir"
partial="$target.partial"
rm -rf "$partial"
mkdir "$partial"
trap 'rm -rf "$partial"' EXIT

# Row counts first, then the dump: both describe the same database at about the same
# moment (the dump is one consistent snapshot; counts taken during writes may differ
# slightly from it, which restore.sh reports rather than hides).
psql "$database_url" -X -q -v ON_ERROR_STOP=1 -At -F $'\t' >"$partial/rows.tsv" <<'SQL'
SELECT c.relname,
       (xpath('/row/n/text()',
              query_to_xml(format('SELECT count(*) AS n FROM public.%I', c.relname),
                           false, true, '')))[1]::text
FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p')
ORDER BY c.relname;
SQL
pg_dump --dbname="$database_url" --format=custom --compress=6 --file="$partial/database.dump"

# Uploads: checksums of every file, then the archive.
(cd "$media_dir" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum) \
  >"$partial/media.sha256"
tar -C "$media_dir" -czf "$partial/media.tar.gz" .

server_version=$(psql "$database_url" -X -At -c "SHOW server_version")
# The URL without its password, for the record.
safe_url=$(printf '%s' "$database_url" | sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#')
{
  echo "created=$stamp"
  echo "database_url=$safe_url"
  echo "server_version=$server_version"
  echo "pg_dump=$(pg_dump --version)"
  echo "tables=$(wc -l <"$partial/rows.tsv")"
  echo "rows=$(awk -F'\t' '{s += $2} END {print s + 0}' "$partial/rows.tsv")"
  echo "media_files=$(wc -l <"$partial/media.sha256")"
  echo "media_bytes=$(find "$media_dir" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')"
  echo "database_dump_bytes=$(stat -c %s "$partial/database.dump")"
} >"$partial/MANIFEST"
(cd "$partial" && sha256sum database.dump media.tar.gz media.sha256 rows.tsv MANIFEST >SHA256SUMS)

mv "$partial" "$target"
trap - EXIT
sed 's/^/backup: /' "$target/MANIFEST" >&2
echo "$target"
