#!/usr/bin/env bash
# hostile.sh: time and peak memory of declutter on pathological inputs.
#
#   scripts/hostile.sh [SIZES]     SIZES in MB, comma-separated (default 1,10,100)
#
# SKIP=REGEX leaves out the inputs whose name matches (html-unclosed takes
# about 130 times its size in memory: 13 GB at 100 MB); TIMEOUT=SECONDS
# bounds each run (default 600).
#
# The inputs come from the generators in clean/hostile_test.go
# (hostilePages): a text page and a single long line, and HTML nested
# 100,000 deep, nested 500 deep over and over, with unclosed formatting
# tags, unclosed divs, a million attributes, a giant comment, broken
# entities, no body, and a flat page of many paragraphs. Each is cleaned by
# the built binary with no size limit, under /usr/bin/time -v; the table
# gives CPU seconds (user+sys: the machine may be shared, so wall time is
# noisy), peak RSS, and RSS over input size. Time per MB that stays level
# from one size to the next means the cost grows linearly.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-1,10,100}
limit=${TIMEOUT:-600}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/declutter" ./cmd/declutter
mkdir "$work/in"
go test ./clean -run '^TestWriteHostileInputs$' -count=1 -hostile-out "$work/in" -hostile-sizes "$sizes" >/dev/null
printf '%-30s %10s %10s %10s %8s  %s\n' input MB cpu-s s/MB rss-MB result
for f in $(ls "$work/in" | sort -V); do
  if [ -n "${SKIP:-}" ] && [[ $f =~ $SKIP ]]; then continue; fi
  p="$work/in/$f"
  mb=$(awk -v b="$(stat -c %s "$p")" 'BEGIN{printf "%.1f", b/1048576}')
  if timeout "$limit" /usr/bin/time -f '%U %S %M' -o "$work/time" "$work/declutter" --max-size 0 "$p" >/dev/null 2>"$work/err"; then
    result=ok
  else
    result=$(grep -v '^Command' "$work/err" | head -n 1 | sed "s|$p: ||; s|^declutter: ||")
    [ -n "$result" ] || result="timed out after ${limit}s"
  fi
  read -r u s m < <(tail -n 1 "$work/time" 2>/dev/null || echo "0 0 0")
  awk -v f="$f" -v mb="$mb" -v u="$u" -v s="$s" -v m="$m" -v r="$result" \
    'BEGIN{c=u+s; printf "%-30s %10s %10.2f %10.3f %8.0f  %s\n", f, mb, c, c/mb, m/1024, r}'
done
