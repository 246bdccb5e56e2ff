#!/bin/bash
cd "$1"
BASE_PATH=/ FORCE_COLOR=0 node_modules/.bin/astro build > /tmp/measure.log 2>&1 &
pid=$!
s=$(date +%s)
while kill -0 $pid 2>/dev/null; do
  main=$(ps -o rss= -p $pid 2>/dev/null)
  kids=$(ps -o rss=,comm= --ppid $pid 2>/dev/null | awk '{printf "%s:%d ", $2, $1/1024}')
  echo "$(( $(date +%s) - s )) main:$((main/1024)) $kids"
  sleep 2
done
