#!/usr/bin/env bash
# bench-batch.sh: throughput and peak memory of declutter's batch mode over
# the dev dumps in ../shared/bench/dumps.
#
#   scripts/bench-batch.sh [ROUNDS]
#
# 1. Throughput: the built binary cleans every dev dump (gold files left
#    out) to /dev/null with -j 1 and -j 2, ROUNDS times each, alternating;
#    the best round of each is kept (the machine may be shared), and
#    files/s, MB/s and the -j 2 / -j 1 ratio are printed, with the CPU
#    time each took, then the ratio of each round (its -j 2 run right
#    after its -j 1 run) and their median, the steadier figure when the
#    machine is shared.
# 2. Memory: peak RSS (/usr/bin/time -v) of `declutter -o` over folders of
#    10, 1000 and 5000 files, copies of the same ten dumps, so the files
#    grow in number only: a peak that levels off means results are not
#    held (from 10 to 1000 the heap grows to its working size).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
dumps=${DUMPS:-../shared/bench/dumps}
[ -d "$dumps" ] || { echo "no $dumps: nothing to measure"; exit 0; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/declutter" ./cmd/declutter
bin=$tmp/declutter

mapfile -t files < <(find "$dumps" -name '*.txt' ! -name '*.gold.txt' | sort)
n=${#files[@]}
bytes=$(cat "${files[@]}" | wc -c)
calc() { awk "BEGIN { print $* }"; }
printf 'inputs: %d dumps, %.1f MB; %d cores; load %s\n' "$n" "$(calc "$bytes / 1000000")" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"

# run J: prints "wall user sys" of one pass over the dumps with -j J.
run() {
	/usr/bin/time -f '%e %U %S' -o "$tmp/t" "$bin" -q -j "$1" --exclude '*.gold.txt' "$dumps" >/dev/null
	cat "$tmp/t"
}
"$bin" -q --exclude '*.gold.txt' "$dumps" >/dev/null # warm the page cache
declare -A best cpu
ratios=()
for ((r = 0; r < rounds; r++)); do
	declare -A this
	for j in 1 2; do
		read -r wall user sys < <(run "$j")
		this[$j]=$wall
		if [ -z "${best[$j]:-}" ] || (($(calc "$wall < ${best[$j]}"))); then
			best[$j]=$wall
			cpu[$j]=$(calc "$user + $sys")
		fi
	done
	ratios+=("$(calc "${this[1]} / ${this[2]}")")
done
for j in 1 2; do
	w=${best[$j]}
	printf -- '-j %d: %6.2f s  %7.0f files/s  %5.1f MB/s  (CPU %.2f s)\n' "$j" "$w" \
		"$(calc "$n / $w")" "$(calc "$bytes / 1000000 / $w")" "${cpu[$j]}"
done
printf 'speed-up -j 2 / -j 1: %.2fx (CPU time -j 2 / -j 1: %.2f)\n' "$(calc "${best[1]} / ${best[2]}")" "$(calc "${cpu[2]} / ${cpu[1]}")"
# The same ratio round by round (each -j 2 run right after its -j 1 run):
# on a shared machine the median of these is the steadier figure.
printf 'speed-up by round: %s; median %.2fx\n' "$(printf '%.2f ' "${ratios[@]}")" \
	"$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"

# Peak memory, 10 files against 1000 and 5000.
for count in 10 1000 5000; do
	d=$tmp/in$count
	mkdir -p "$d"
	for ((i = 0; i < count; i++)); do
		cp "${files[$((i % 10))]}" "$d/$i.txt"
	done
	/usr/bin/time -v -o "$tmp/v" "$bin" -q -j 2 -o "$tmp/out$count" "$d"
	printf '%5d files: peak RSS %6d KB\n' "$count" "$(awk -F': ' '/Maximum resident/ {print $2}' "$tmp/v")"
done
