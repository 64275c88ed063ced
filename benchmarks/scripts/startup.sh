#!/usr/bin/env bash
# Start-up cost of the agent: wall time and peak memory (max RSS) of a small application with and
# without the agent, median of N runs each, interleaved. Build first:
#   ./mvnw -B -q -DskipTests install
# Usage: benchmarks/scripts/startup.sh [runs=9]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}
agent=agent/target/dsv-events-agent.jar
cp="integration-tests/target/classes:annotations/target/classes"
main=io.dsv.events.demo.SampleApp
log=$(mktemp)

measure() { # prints "<wall ms> <max rss KiB>"
  /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null 2>&1
  awk '{printf "%d %d\n", $1*1000, $2}' "$log"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

plain_wall=(); plain_rss=(); agent_wall=(); agent_rss=()
for _ in $(seq "$runs"); do
  read -r w r < <(measure java -cp "$cp" "$main"); plain_wall+=("$w"); plain_rss+=("$r")
  read -r w r < <(measure java "-javaagent:$agent" -cp "$cp" "$main"); agent_wall+=("$w"); agent_rss+=("$r")
done
pw=$(printf '%s\n' "${plain_wall[@]}" | median); pr=$(printf '%s\n' "${plain_rss[@]}" | median)
aw=$(printf '%s\n' "${agent_wall[@]}" | median); ar=$(printf '%s\n' "${agent_rss[@]}" | median)
echo "runs: $runs each, $main (every event type once), no Redis, no log"
echo "without agent: wall ${pw} ms, max RSS $((pr / 1024)) MiB"
echo "with agent:    wall ${aw} ms, max RSS $((ar / 1024)) MiB"
echo "added:         wall $((aw - pw)) ms, max RSS $(((ar - pr) / 1024)) MiB"
