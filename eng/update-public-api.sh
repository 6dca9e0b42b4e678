#!/usr/bin/env bash
# Records new public API: builds a shipped project and appends every symbol that analyzer RS0016
# reports to that project's PublicAPI.Unshipped.txt. Review the diff before committing.
# Usage: eng/update-public-api.sh src/Matrix42.JiraConnector.Jira
set -euo pipefail
project_dir=${1:?usage: eng/update-public-api.sh src/<Project>}
unshipped="$project_dir/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project_dir" -c Release -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
grep -o "RS0016: Symbol '[^']*'" "$log" | sed "s/^RS0016: Symbol '//; s/'$//" | sort -u > "$log.new" || true
grep -o "RS0017: Symbol '[^']*'" "$log" | sed "s/^RS0017: Symbol '//; s/'$//" | sort -u > "$log.gone" || true
if [ -s "$log.gone" ]; then
  grep -vxF -f "$log.gone" "$unshipped" > "$log.keep" || true
  cp "$log.keep" "$unshipped"
fi
if [ -s "$log.new" ]; then
  cat "$log.new" >> "$unshipped"
fi
# Keep the header first and the rest sorted so merges stay small.
{ echo '#nullable enable'; grep -v '^#nullable enable$' "$unshipped" | sed '/^$/d' | sort -u; } > "$log.sorted"
cp "$log.sorted" "$unshipped"
echo "added $(wc -l < "$log.new") symbol(s), removed $(wc -l < "$log.gone") from $unshipped"
rm -f "$log" "$log".*
