#!/usr/bin/env bash
# One scanned file as a user runs it (issue 13, speed): `vanban ingest FILE` (JVM start, model and engine loading,
# repair, indexing and commit included) against the faster plain path, `pdfimages -all` (the embedded JPEGs as they
# are) then `tesseract --dpi 300 -l vie`, two pages at a time, OMP_THREAD_LIMIT=1 on both sides. The sides alternate
# within each round; each run's wall and CPU seconds (user + sys of the process and its children, /usr/bin/time) and
# the 1-minute load average at its start are printed, then the medians and the ratio plain wall / vanban wall.
#
#   lab/scripts/one-file-speed.sh [--rounds N] [--threads N] FILE.pdf CHECKOUT...
#
# Each CHECKOUT is a vanban checkout whose ./vanban is run (e.g. a base build and this one, to compare them in
# the same run). Run each checkout's ./vanban once before, so that no build or CDS dump falls into the timing.
set -euo pipefail
rounds=5
threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    *) break ;;
  esac
done
[ $# -ge 2 ] || { echo "usage: $0 [--rounds N] [--threads N] FILE.pdf CHECKOUT..." >&2; exit 2; }
pdf="$(realpath "$1")"; shift
[ -f "$pdf" ] || { echo "no such file: $pdf" >&2; exit 2; }
for c in "$@"; do [ -x "$c/vanban" ] || { echo "not a vanban checkout: $c" >&2; exit 2; }; done
for t in pdfimages tesseract /usr/bin/time; do command -v "$t" >/dev/null || { echo "missing: $t" >&2; exit 3; }; done
export OMP_THREAD_LIMIT=1
work="$(mktemp -d "${TMPDIR:-/tmp}/one-file-speed.XXXXXX")"
trap 'rm -rf "$work"' EXIT
pages="$(pdfimages -list "$pdf" | tail -n +3 | wc -l)"

plain() {
  local d="$work/plain"
  rm -rf "$d" && mkdir -p "$d"
  pdfimages -all "$pdf" "$d/img"
  find "$d" -name 'img-*' -print0 | sort -z \
    | xargs -0 -P "$threads" -I{} tesseract --dpi 300 -l vie {} {} >/dev/null 2>&1
}

vanban_side() {
  rm -rf "$work/index"
  "$1/vanban" ingest --quiet --threads "$threads" --index "$work/index" "$pdf"
}

# one timed run: prints "label wall cpu load"
timed() {
  local label="$1"; shift
  local load; read -r load _ < /proc/loadavg
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" \
    || { echo "$label failed:" >&2; cat "$work/stderr" >&2; exit 1; }
  read -r wall user sys < "$work/time"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v ld="$load" 'BEGIN { printf "%s %.2f %.2f %.2f\n", l, w, u + s, ld }'
}

echo "file: $pdf ($pages page images), $threads page(s) at a time, OMP_THREAD_LIMIT=1, $rounds round(s), $(nproc) cores"
printf '%-10s %-40s %8s %8s %6s\n' round side wall-s CPU-s load
: > "$work/runs"
for ((r = 1; r <= rounds; r++)); do
  # alternate the order: odd rounds plain first, even rounds vanban first
  sides=(plain "$@"); ((r % 2 == 0)) && sides=("$@" plain)
  for s in "${sides[@]}"; do
    if [ "$s" = plain ]; then line="$(timed plain plain)"; else line="$(timed "$s" vanban_side "$s")"; fi
    echo "$line" >> "$work/runs"
    read -r l w c ld <<< "$line"
    printf '%-10s %-40s %8s %8s %6s\n' "$r" "$l" "$w" "$c" "$ld"
  done
done
echo
echo "medians over $rounds round(s) (ratio = plain wall / side wall; >= 1.0: the side is at least as fast):"
printf '%-40s %8s %8s %8s %7s %6s\n' side wall-s CPU-s pages/s ratio load
pw="$(awk '$1 == "plain" { print $2 }' "$work/runs" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
for s in plain "$@"; do
  awk -v s="$s" -v p="$pages" -v pw="$pw" '
    function med(v, n,   i, j, t) { for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
                                   return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }
    $1 == s { n++; w[n] = $2; c[n] = $3; l[n] = $4 }
    END { mw = med(w, n); mc = med(c, n); ml = med(l, n)
          printf "%-40s %8.2f %8.2f %8.2f %7.2f %6.2f\n", s, mw, mc, p / mw, pw / mw, ml }' "$work/runs"
done
