#!/usr/bin/env bash
# Start-up cost of the agent: wall time, CPU time (user + system) and peak memory (max RSS) of a
# small application without the agent and with each given agent jar, median of N runs each,
# interleaved. CPU time moves less than wall time when the machine's speed changes between
# batches, so compare jars in one run of this script rather than across runs. Build first:
#   ./mvnw -B -q -DskipTests install
# Usage: benchmarks/scripts/startup.sh [runs=9] [agent jar ...]
#   (default jar: agent/target/dsv-events-agent.jar; give an older build's jar as well to compare)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(agent/target/dsv-events-agent.jar)
cp="integration-tests/target/classes:annotations/target/classes"
main=io.dsv.events.demo.SampleApp
log=$(mktemp)
trap 'rm -f "$log"' EXIT

measure() { # prints "<wall ms> <cpu ms> <max rss KiB>"; wall from the ns clock (time's is 10 ms)
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$log" "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  awk -v wall=$(((end - start) / 1000000)) '{printf "%d %d %d\n", wall, ($1+$2)*1000, $3}' "$log"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A wall cpu rss
labels=(none "${jars[@]}")
for _ in $(seq "$runs"); do
  for label in "${labels[@]}"; do
    if [ "$label" = none ]; then agent=(); else agent=("-javaagent:$label"); fi
    read -r w c r < <(measure java "${agent[@]}" -cp "$cp" "$main")
    wall[$label]+="$w "; cpu[$label]+="$c "; rss[$label]+="$r "
  done
done
med() { tr ' ' '\n' | grep -v '^$' | median; }
pw=$(echo "${wall[none]}" | med); pc=$(echo "${cpu[none]}" | med); pr=$(echo "${rss[none]}" | med)
echo "runs: $runs each, interleaved, $main (every event type once), no Redis, no log"
printf '%-40s wall %5d ms  cpu %5d ms  max RSS %4d MiB\n' "without agent" "$pw" "$pc" $((pr / 1024))
for jar in "${jars[@]}"; do
  w=$(echo "${wall[$jar]}" | med); c=$(echo "${cpu[$jar]}" | med); r=$(echo "${rss[$jar]}" | med)
  printf '%-40s wall %5d ms  cpu %5d ms  max RSS %4d MiB  added: wall %d ms, max RSS %d MiB\n' \
    "$jar" "$w" "$c" $((r / 1024)) $((w - pw)) $(((r - pr) / 1024))
done
