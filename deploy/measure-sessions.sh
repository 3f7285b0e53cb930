#!/usr/bin/env bash
# Sizing: heap per Vaadin session and CPU per page opened, measured on one running instance.
#
#   deploy/measure-sessions.sh PORT [N]     (N new browsers, default 200; the instance runs on this machine)
#
# Each "browser" is curl with its own cookies: it loads the exercise page, then makes the two requests
# Vaadin's client makes (?v-r=init creates the UI, a ui-navigate event draws the view), so the instance
# holds one session with that page open, as for a learner who just opened it. The heap is the live objects after a full GC (jcmd GC.class_histogram),
# the CPU the instance's user + system time (/proc). Sessions and UIs live on until Vaadin drops them.
set -euo pipefail
PORT=${1:?which port does the instance listen on?}
N=${2:-200}
PAGE=${BPL_MEASURE_PAGE:-practice/exercise/sum-times-z}
BASE="http://127.0.0.1:$PORT"
pid=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
[[ -n $pid ]] || { echo "no process listens on port $PORT" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

live_bytes() { jcmd "$pid" GC.class_histogram | awk '$1 == "Total" { print $3 }'; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }

open_page() {
  local jar=$work/$1.cookies key
  curl -fsS -o /dev/null -c "$jar" -b "$jar" "$BASE/$PAGE"
  curl -fsS -c "$jar" -b "$jar" "$BASE/?v-r=init&location=$(printf %s "$PAGE" | sed 's|/|%2F|g')&query=" >"$work/init.json"
  key=$(grep -o '"Vaadin-Security-Key":"[^"]*"' "$work/init.json" | cut -d'"' -f4)
  curl -fsS -c "$jar" -b "$jar" -H 'Content-Type: application/json; charset=UTF-8' "$BASE/?v-r=uidl&v-uiId=0" \
    --data "{\"csrfToken\":\"$key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"$PAGE\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
    >"$work/view.json"
}

open_page warm-up-1 # first views load classes: not counted
open_page warm-up-2
grep -q 'best-mark' "$work/view.json" || { echo "the view did not open: $(head -c 300 "$work/view.json")" >&2; exit 1; }
before=$(live_bytes)
cpu_before=$(cpu_ticks)
start=$(date +%s.%N)
for i in $(seq "$N"); do open_page "$i"; done
end=$(date +%s.%N)
cpu_after=$(cpu_ticks)
after=$(live_bytes)
tick=$(getconf CLK_TCK)
awk -v n="$N" -v b="$before" -v a="$after" -v c0="$cpu_before" -v c1="$cpu_after" -v t="$tick" -v s="$start" -v e="$end" 'BEGIN {
  printf "sessions opened: %d\n", n
  printf "heap per session with its page open: %.0f KB (live heap %.1f MB -> %.1f MB)\n", (a - b) / n / 1024, b / 1048576, a / 1048576
  printf "CPU per page opened (page + view): %.1f ms; %.1f s wall for all\n", (c1 - c0) / t / n * 1000, e - s
}'
