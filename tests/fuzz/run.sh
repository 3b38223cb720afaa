#!/usr/bin/env bash
# Runs every libFuzzer harness of BUILD_DIR (default build/fuzz) for FUZZ_SECONDS each (default 300),
# one after the other, seeded from tests/data (and ../shared/data when it is there). Corpora grow in
# BUILD_DIR/corpus/NAME across runs; crashes, leaks and timeouts land in BUILD_DIR/artifacts/NAME/.
# Prints a table: executions, edges covered, corpus size, findings. FUZZ_ONLY="mime csv" picks some;
# FUZZ_SUMMARY names the summary file, so that two runs can go side by side; FUZZ_TIMEOUT the seconds
# a unit may take (default 10).
set -uo pipefail
build=${1:-build/fuzz}
seconds=${FUZZ_SECONDS:-300}
timeout=${FUZZ_TIMEOUT:-10} # seconds a unit may take (wall-clock, as libFuzzer counts)
src=$(cd "$(dirname "$0")/../.." && pwd)
names=${FUZZ_ONLY:-"mime csv html robots api"}
summary=${FUZZ_SUMMARY:-$build/fuzz-summary.txt}
: >"$summary"

seed() { # NAME -> the seed folders of that harness
  local name=$1 dir="$build/seeds/$name"
  rm -rf "$dir" && mkdir -p "$dir"
  case $name in
    mime)
      find "$src/tests/data/mail" -type f -exec cp -t "$dir" {} + 2>/dev/null
      if [ -d "$src/../shared/data/sisimai-set-of-emails" ]; then
        find "$src/../shared/data/sisimai-set-of-emails" -type f -name '*.eml' | head -400 | xargs -r cp -t "$dir"
      fi ;;
    csv) find "$src/tests/data/csv" "$src/tests/data/import" -type f -exec cp -t "$dir" {} + 2>/dev/null ;;
    html) find "$src/tests/data/sites" "$src/tests/data/forms" -type f -name '*.html' -exec cp --backup=numbered -t "$dir" {} + 2>/dev/null ;;
    robots) find "$src/tests/data" -type f -name 'robots.txt' -exec cp --backup=numbered -t "$dir" {} + 2>/dev/null ;;
    api) cp "$src"/tests/fuzz/seeds/api/* "$dir"/ ;;
  esac
  echo "$dir"
}

status=0
printf '%-8s %12s %8s %8s %9s  %s\n' harness executions edges features corpus findings | tee -a "$summary"
for name in $names; do
  bin="$build/tests/fuzz/fuzz_$name"
  if [ ! -x "$bin" ]; then
    echo "fuzz_$name is not built (make fuzz builds it)" | tee -a "$summary"
    status=1
    continue
  fi
  corpus="$build/corpus/$name" artifacts="$build/artifacts/$name/" log="$build/logs/$name.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  seeds=$(seed "$name")
  max_len=1048576
  [ "$name" = robots ] && max_len=65536
  [ "$name" = api ] && max_len=65536
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    QT_LOGGING_RULES="*=false" "$bin" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus" "$seeds" >"$log" 2>&1
  done_line=$(grep -E '^#[0-9]+\s+DONE' "$log" | tail -1)
  [ -z "$done_line" ] && done_line=$(grep -E '^#[0-9]+' "$log" | tail -1)
  execs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$')
  cov=$(echo "$done_line" | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+')
  ft=$(echo "$done_line" | grep -oE 'ft: [0-9]+' | grep -oE '[0-9]+')
  corp=$(ls "$corpus" | wc -l)
  # libFuzzer's timeout is wall-clock: on a loaded machine (a build beside it, nice) a unit can
  # overrun it without being slow. Each timeout or slow unit is run again alone and its CPU time
  # measured; one that needs under a tenth of the limit is kept aside as unconfirmed, not counted.
  for unit in "$artifacts"timeout-* "$artifacts"slow-unit-*; do
    [ -f "$unit" ] || continue
    cpu=$( { TIMEFORMAT='%3U %3S'; time "$bin" -timeout="$timeout" -rss_limit_mb=2048 "$unit" >/dev/null 2>&1; } 2>&1 )
    status_rerun=$?
    ms=$(echo "$cpu" | awk '{printf "%d", ($1 + $2) * 1000}')
    if [ "$status_rerun" -eq 0 ] && [ "$ms" -lt $((timeout * 100)) ]; then
      mkdir -p "${artifacts}unconfirmed" && mv "$unit" "${artifacts}unconfirmed/"
      echo "$(basename "$unit"): ran again in $ms ms of CPU, kept in ${artifacts}unconfirmed" | tee -a "$summary"
    fi
  done
  found=$(find "$artifacts" -maxdepth 1 -type f | wc -l)
  [ "$found" -gt 0 ] && status=1
  printf '%-8s %12s %8s %8s %9s  %s\n' "$name" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$corp" \
    "$( [ "$found" -gt 0 ] && find "$artifacts" -maxdepth 1 -type f -printf '%f ' || echo none)" | tee -a "$summary"
done
echo "($seconds s each; logs in $build/logs, summary in $summary)"
exit $status
