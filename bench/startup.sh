#!/usr/bin/env bash
# Start-up benchmark: time from the run command to the login page answering, cold and warm,
# beside a bare Payara start-domain plus deployment of an empty EAR on the same machine.
#
#   cold  = no server directory yet: unzip Payara, create the domain and the pool, create the
#           H2 database (Flyway), load demo data, deploy; Maven's local repository already filled
#   warm  = the same command again after ./cuffia stop (domain and database exist)
#   bare  = unzip-free: a fresh domain of an already unpacked Payara, start-domain, deploy an
#           EAR holding one empty WAR, until its page answers (warm's counterpart: the domain exists)
#   bare cold = the same from nothing, as the cold run starts: Payara copied out of the local Maven
#           repository and unzipped the way ./cuffia does, create-domain, then as bare (cold's counterpart)
#
# Writes the figures to bench/RESULTS.md (section "Start-up"). Stops the demo server first.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
export CUFFIA_RUN_DIR="$OUT/run"

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }
# CPU seconds (user + system) the server of a domain has used so far: less sensitive than wall time to whatever else
# runs on the cores
server_cpu() {
  local pid
  pid=$(cat "$1/config/pid")
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat"
}

./cuffia stop >/dev/null 2>&1 || true
CUFFIA_RUN_DIR="$ROOT/.run" ./cuffia stop >/dev/null 2>&1 || true
./mvnw -q -B package -DskipTests   # the build is not what is measured

PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
DOMAINS="$CUFFIA_RUN_DIR/payara-$PAYARA_VERSION/payara6/glassfish/domains"
rm -rf "$CUFFIA_RUN_DIR"
t0=$(now); ./cuffia start >"$OUT/cold.log"; t1=$(now)
cold=$(elapsed "$t0" "$t1"); cold_cpu=$(server_cpu "$DOMAINS/cuffia")
./cuffia stop >/dev/null
t0=$(now); ./cuffia start >"$OUT/warm.log"; t1=$(now)
warm=$(elapsed "$t0" "$t1"); warm_cpu=$(server_cpu "$DOMAINS/cuffia")
./cuffia stop >/dev/null
load=$(cut -d' ' -f1-3 /proc/loadavg)

# bare Payara: the same unpacked distribution, a new domain, an EAR with one empty WAR
ASADMIN="$CUFFIA_RUN_DIR/payara-$PAYARA_VERSION/payara6/bin/asadmin"
EMPTY="$OUT/empty"
rm -rf "$EMPTY" && mkdir -p "$EMPTY/war" "$EMPTY/ear/META-INF"
echo '<html><body>empty</body></html>' >"$EMPTY/war/index.html"
(cd "$EMPTY/war" && jar cf ../ear/empty.war index.html)
cat >"$EMPTY/ear/META-INF/application.xml" <<XML
<application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
  <module><web><web-uri>empty.war</web-uri><context-root>/empty</context-root></web></module>
</application>
XML
(cd "$EMPTY/ear" && jar cf ../empty.ear META-INF/application.xml empty.war)
# start-domain of the domain "bare" of the asadmin $1, the empty EAR deployed, until its page answers
start_bare() {
  "$1" start-domain bare >/dev/null
  "$1" --port 29048 deploy "$EMPTY/empty.ear" >/dev/null
  until curl -fsS -o /dev/null http://localhost:29080/empty/; do sleep 0.2; done
}
"$ASADMIN" delete-domain bare >/dev/null 2>&1 || true
"$ASADMIN" create-domain --nopassword=true --portbase 29000 bare >/dev/null
t0=$(now)
start_bare "$ASADMIN"
t1=$(now)
bare=$(elapsed "$t0" "$t1"); bare_cpu=$(server_cpu "$DOMAINS/bare")
"$ASADMIN" stop-domain bare >/dev/null
"$ASADMIN" delete-domain bare >/dev/null

# bare cold: Payara from the local Maven repository as ./cuffia fetches it, a new domain, start, the empty EAR
BARE_HOME="$OUT/bare-cold"
rm -rf "$BARE_HOME"
t0=$(now)
./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$BARE_HOME/dist"
unzip -q "$BARE_HOME/dist/payara-$PAYARA_VERSION.zip" -d "$BARE_HOME"
"$BARE_HOME/payara6/bin/asadmin" create-domain --nopassword=true --portbase 29000 bare >/dev/null
start_bare "$BARE_HOME/payara6/bin/asadmin"
t1=$(now)
bare_cold=$(elapsed "$t0" "$t1"); bare_cold_cpu=$(server_cpu "$BARE_HOME/payara6/glassfish/domains/bare")
"$BARE_HOME/payara6/bin/asadmin" stop-domain bare >/dev/null
rm -rf "$BARE_HOME"

ratio_cold=$(echo "scale=2; $cold / $bare_cold" | bc)
ratio_cold_warm_bare=$(echo "scale=2; $cold / $bare" | bc)
ratio_warm=$(echo "scale=2; $warm / $bare" | bc)
cpu_cold=$(echo "scale=2; $cold_cpu / $bare_cold_cpu" | bc)
cpu_warm=$(echo "scale=2; $warm_cpu / $bare_cpu" | bc)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
{
  echo "## Start-up ($(date -u +%Y-%m-%d), $(nproc) cores, $cpu)"
  echo
  echo "| run | seconds | × bare Payara (same start) | server CPU s | × bare |"
  echo "|---|---|---|---|---|"
  printf '| cold: ./cuffia start, no server directory (unzip, domain, pool, Flyway, demo data, deploy) | %.1f | %s (%s × the warm bare) | %s | %s |\n' "$cold" "$ratio_cold" "$ratio_cold_warm_bare" "$cold_cpu" "$cpu_cold"
  printf '| warm: ./cuffia start again after ./cuffia stop | %.1f | %s | %s | %s |\n' "$warm" "$ratio_warm" "$warm_cpu" "$cpu_warm"
  printf '| bare cold: Payara from the local Maven repository, unzip, create-domain, start-domain, deploy of an empty EAR until it answers | %.1f | 1 | %s | 1 |\n' "$bare_cold" "$bare_cold_cpu"
  printf '| bare (warm): start-domain of an existing domain + deploy of an empty EAR until it answers | %.1f | 1 | %s | 1 |\n' "$bare" "$bare_cpu"
  echo
  echo "Measured with \`bench/startup.sh\`; the Maven build before the runs is not counted. Server CPU: user + system"
  echo "seconds of the Payara process when the page first answered."
  echo "Load average after the Cuffia runs: $load (1, 5, 15 min; other work on the same cores raises the seconds)."
} >"$OUT/startup.md"
python3 - "$ROOT/bench/RESULTS.md" "$OUT/startup.md" <<'PY'
import re, sys
results, section = sys.argv[1], open(sys.argv[2]).read()
try:
    text = open(results).read()
except FileNotFoundError:
    text = "# Benchmark results\n\nLatest figures of the scripts in `bench/`. Never a timed assertion in a test.\n\n"
text = re.sub(r"## Start-up.*?(?=\n## |\Z)", "", text, flags=re.S).rstrip() + "\n\n" + section
open(results, "w").write(text)
PY
cat "$OUT/startup.md"
