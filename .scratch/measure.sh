#!/bin/bash
# usage: measure.sh <project> ; prints wall time and peak RSS of the process tree, samples every 0.5 s
cd "$1"
start=$(date +%s.%N)
BASE_PATH=/ FORCE_COLOR=0 node_modules/.bin/astro build > /tmp/measure.log 2>&1 &
pid=$!
peak=0
while kill -0 $pid 2>/dev/null; do
  rss=$(ps -o rss= --ppid $pid -p $pid 2>/dev/null | awk '{s+=$1} END {print s}')
  [ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss
  echo "$(date +%s.%N) $rss" >> /tmp/measure.rss
  sleep 0.5
done
end=$(date +%s.%N)
echo "wall $(echo "$end - $start" | bc) s, peak $((peak/1024)) MiB"
