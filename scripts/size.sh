#!/usr/bin/env bash
# Measures a built site (default: dist/) without building anything: every file and the total,
# raw, gzip -9 and brotli -q 11, printed as a Markdown table. Exits 1 if the brotli total is over
# the budget of 120 KB (122,880 bytes), 2 if there is nothing to measure.
#
#   bash scripts/size.sh [DIST_DIR]
set -euo pipefail

BUDGET_BYTES=122880

cd "$(dirname "${BASH_SOURCE[0]}")/.."
dist="${1:-dist}"
dist="${dist%/}"
[ -f "$dist/index.html" ] ||
  { echo "size: $dist/index.html not found; build the site first with 'trunk build --release'" >&2; exit 2; }
for tool in gzip brotli; do
  command -v "$tool" >/dev/null 2>&1 ||
    { echo "size: '$tool' not found; run 'bash scripts/setup.sh' (brotli comes from apt)" >&2; exit 2; }
done

# Thousands separators without relying on the locale.
group() { printf '%s' "$1" | rev | sed -E 's/([0-9]{3})/\1,/g; s/,$//' | rev; }

total_raw=0 total_gzip=0 total_brotli=0
rows=()
while IFS= read -r -d '' file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  br=$(brotli -q 11 -c "$file" | wc -c)
  total_raw=$((total_raw + raw)) total_gzip=$((total_gzip + gz)) total_brotli=$((total_brotli + br))
  rows+=("$(printf '| %-40s | %10s | %10s | %10s |' "${file#"$dist"/}" "$(group "$raw")" "$(group "$gz")" "$(group "$br")")")
done < <(find "$dist" -type f -not -path '*/.*' -print0 | sort -z)

printf '| %-40s | %10s | %10s | %10s |\n' "file ($dist/)" "raw B" "gzip -9 B" "brotli B"
printf '| %-40s | %10s | %10s | %10s |\n' "---" "---:" "---:" "---:"
printf '%s\n' "${rows[@]}"
printf '| %-40s | %10s | %10s | %10s |\n' "**total**" "$(group "$total_raw")" "$(group "$total_gzip")" "$(group "$total_brotli")"

if [ "$total_brotli" -gt "$BUDGET_BYTES" ]; then
  echo "size: FAIL: brotli total $(group "$total_brotli") B is over the budget of $(group "$BUDGET_BYTES") B (120 KB)" >&2
  exit 1
fi
echo "size: ok: brotli total $(group "$total_brotli") B of $(group "$BUDGET_BYTES") B (120 KB budget, $((total_brotli * 100 / BUDGET_BYTES))% used)"
