#!/usr/bin/env bash
# Creates, configures and drives a Payara domain for Cuffia. Used by the ./cuffia run script
# (demo domain) and by the ear module's pre-integration-test phase (test domain).
#
# Environment:
#   PAYARA_HOME     the unpacked payara6 directory
#   DOMAIN          domain name
#   PORTBASE        optional; admin port = PORTBASE+48, http = PORTBASE+80
#   DB              h2 (default) or postgres
#   H2_FILE         H2 database file (without .mv.db) when DB=h2
#   PG_URL          PostgreSQL JDBC URL base (default jdbc:postgresql://127.0.0.1:5432/test)
#   PG_USER         PostgreSQL user (default postgres)
#   PG_PASSWORD     PostgreSQL password (default empty)
#   DB_SCHEMA       PostgreSQL schema the suite lives in (created when missing)
#   JDBC_DRIVER_JAR PostgreSQL driver jar, added to the domain's common libraries
#   DEMO            true to load demo data at deploy
#   DEMO_HISTORY    false to load the demo without its past month of work (the tests count their own rows)
#   MAIL_HOST/PORT  SMTP server of the mail session mail/cuffia (localhost:25)
#   MAIL_SEND       true to send mail even in demo mode (the tests send to GreenMail)
#   DEMO_MAILBOX    host:port of the IMAP server of the demo's mailbox (./cuffia start's local GreenMail);
#                   empty (the tests): no demo mailbox
#   MAIL_POLL_SECONDS  how often the mailboxes are read (empty: the suite's default, 60 s)
#   KPI_DAILY_AT    time (HH:mm, Europe/Rome) of the daily KPI run, or "off" (default 02:30)
#   CLOCK_ANCHOR    run the suite as if "now" were this ISO date-time (it keeps ticking from there);
#                   the tests use it so that calling hours and business hours are open whatever the hour
#   ADMIN_PASSWORD_FILE  asadmin password file of the domain's admin user (AS_ADMIN_PASSWORD=...), readable
#                   by its owner only; written with a generated password (or ADMIN_PASSWORD) when missing
#   APP_TARGET      where the application and its resources go: server (default, the DAS itself) or a
#                   deployment group (./cuffia start --cluster, cluster.sh)
#   CONFIG_TARGET   the target of its system properties, JVM options and log levels: server, or the config the
#                   group's instances share; CONFIG_NAME is that config's name in dotted names (server-config)
#   HAZELCAST_OPTIONS  more options for set-hazelcast-configuration (the group's data-grid ports and name)
#   HEAP            the server's maximum heap (-Xmx; default 1g, Payara's own default is 512m)
#
# Sourced (. domain.sh), it only defines its functions: cluster.sh configures a deployment group with them.
set -euo pipefail

: "${PAYARA_HOME:?}" "${DOMAIN:?}"
DB=${DB:-h2}
DEMO=${DEMO:-false}
DEMO_HISTORY=${DEMO_HISTORY:-true}
CLOCK_ANCHOR=${CLOCK_ANCHOR:-}
MAIL_HOST=${MAIL_HOST:-localhost}
MAIL_PORT=${MAIL_PORT:-25}
MAIL_SEND=${MAIL_SEND:-false}
DEMO_MAILBOX=${DEMO_MAILBOX:-}
MAIL_POLL_SECONDS=${MAIL_POLL_SECONDS:-}
KPI_DAILY_AT=${KPI_DAILY_AT:-02:30}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${PG_USER:-postgres}
PG_PASSWORD=${PG_PASSWORD:-}
DB_SCHEMA=${DB_SCHEMA:-cuffia}
APP_TARGET=${APP_TARGET:-server}
CONFIG_TARGET=${CONFIG_TARGET:-server}
CONFIG_NAME=${CONFIG_NAME:-server-config}
HAZELCAST_OPTIONS=${HAZELCAST_OPTIONS:-}
HEAP=${HEAP:-1g}
# "--target X " for the commands on the config, nothing for the single server (their default target)
CONFIG_ON=""
[[ "$CONFIG_TARGET" == server ]] || CONFIG_ON="--target $CONFIG_TARGET "

if [[ -n "${PORTBASE:-}" ]]; then
  ADMIN_PORT=$((PORTBASE + 48)); HTTP_PORT=$((PORTBASE + 80))
else
  ADMIN_PORT=4848; HTTP_PORT=8080
fi
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAINS_DIR="$PAYARA_HOME/glassfish/domains"
ADMIN_PASSWORD_FILE=${ADMIN_PASSWORD_FILE:-$PAYARA_HOME/../$DOMAIN-admin.password}
as() { "$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$ADMIN_PASSWORD_FILE" --interactive=false "$@"; }

# The admin user's password: generated once per domain, kept in a file only its owner can read.
write_admin_password() {
  local password=${ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')}
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" >"$ADMIN_PASSWORD_FILE")
}

create_domain() {
  if [[ -d "$DOMAINS_DIR/$DOMAIN" ]]; then
    if [[ ! -f "$ADMIN_PASSWORD_FILE" ]]; then
      echo "The domain $DOMAIN was created without an admin password by an older Cuffia;" \
           "delete $DOMAINS_DIR/$DOMAIN to have it created again (the data stay)." >&2
      exit 1
    fi
    return
  fi
  local pb=()
  [[ -n "${PORTBASE:-}" ]] && pb=(--portbase "$PORTBASE")
  write_admin_password
  "$ASADMIN" --interactive=false --user admin --passwordfile "$ADMIN_PASSWORD_FILE" create-domain "${pb[@]}" "$DOMAIN" >/dev/null
  CREATED=true
  # the admin console and its REST API on the loopback only, set before the first start: moving the listener
  # of a running server breaks the very request that moves it (the server-config's listener comes first)
  sed -i '0,/ name="admin-listener" thread-pool=/s// address="127.0.0.1" name="admin-listener" thread-pool=/' \
    "$DOMAINS_DIR/$DOMAIN/config/domain.xml"
  echo "Created Payara domain $DOMAIN (admin port $ADMIN_PORT, http port $HTTP_PORT)"
}

# Running: the server writes config/pid when it starts and removes it when it stops; a pid left by a killed server
# names no live process. (Asking asadmin list-domains costs a JVM start, about a second and a half, each time.)
is_running() {
  local pid
  pid=$(cat "$DOMAINS_DIR/$DOMAIN/config/pid" 2>/dev/null) || return 1
  [[ -n "$pid" ]] && ps -p "$pid" -o args= 2>/dev/null | grep -q java
}

# A port of this domain that another program answers on (another server, an earlier run on the same ports) would
# leave the domain half started and the URL printed at the end pointing at that other program: refused instead.
require_free_ports() {
  local port
  for port in "$HTTP_PORT" "$ADMIN_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "Port $port is taken by another program (another server still running?): stop it, or run this one on" \
           "other ports (CUFFIA_PORTBASE=31000 ./cuffia start)" >&2
      return 1
    fi
  done
}

start_domain() {
  is_running && return 0
  require_free_ports
  "$ASADMIN" start-domain "$@" "$DOMAIN" >/dev/null
}

# What configure_domain sets up; the domain keeps it in a marker file, so an unchanged setting is not redone.
CONFIG_MARKER="$DOMAINS_DIR/$DOMAIN/config/cuffia-configuration"
EAR_MARKER="$DOMAINS_DIR/$DOMAIN/config/cuffia-ear.sha256"
wanted_configuration() {
  echo "$DB ${H2_FILE:-} $PG_URL $PG_USER $DB_SCHEMA demo=$DEMO history=$DEMO_HISTORY clock=$CLOCK_ANCHOR mail=$MAIL_HOST:$MAIL_PORT:$MAIL_SEND mailbox=$DEMO_MAILBOX poll=$MAIL_POLL_SECONDS kpi=$KPI_DAILY_AT monitoring=HIGH-ejb-LOW-no-http hardened=2 heap=$HEAP statements=$STATEMENT_CACHE batch=$(batch_repository)"
}

# Whether the deployed application is about to be reconfigured under it or replaced by another EAR.
application_will_change() {
  local ear=$1
  [[ ! -f "$CONFIG_MARKER" || "$(cat "$CONFIG_MARKER")" != "$(wanted_configuration)" ]] && return 0
  [[ -n "$ear" && ( ! -f "$EAR_MARKER" || "$(cat "$EAR_MARKER")" != "$(sha256sum "$ear" | cut -d' ' -f1)" ) ]]
}

# Starts the domain for the given EAR. An application about to be reconfigured or replaced is not loaded at start:
# its loading goes on after start-domain returns, and the undeploy or the pool change that followed pulled the ground
# from under it (SEVEREs: "Could not find sub module", a closed session in the demo loader). Stopped, the server's
# reference to it is taken out of the configuration (the server then skips it); running, it is disabled first.
# deploy (below) deploys the new EAR or puts the reference back.
start_domain_for() {
  local ear=$1 config="$DOMAINS_DIR/$DOMAIN/config/domain.xml"
  if ! grep -q '<application-ref ref="cuffia" ' "$config" 2>/dev/null || ! application_will_change "$ear"; then
    start_domain
  elif is_running; then
    as disable cuffia >/dev/null
  else
    sed -i '/<application-ref ref="cuffia" /d' "$config"
    start_domain
  fi
}

# Runs asadmin commands, one per line on stdin, in one asadmin process (multimode: one JVM for all of them instead
# of one each). "cleanup" lines may fail (what they delete may not be there); in "apply" any failure stops the script.
as_batch() {
  local mode=$1 file output
  file=$(mktemp)
  cat >"$file"
  # cleanup: taking away what may not be there (any more) fails as often as not, and is no failure
  output=$(as multimode --file "$file" 2>&1) || [[ "$mode" == cleanup ]] || { rm -f "$file"; echo "$output" >&2; return 1; }
  rm -f "$file"
  if [[ "$mode" == apply ]] && failed_commands <<<"$output" | grep -q .; then
    echo "$output" >&2
    return 1
  fi
}

# The commands of a multimode run that failed. Multimode calls a command that completed with warnings "failed"
# too: a change to a group's config warns for every instance that is stopped ("seems to be offline … not
# replicated"; it takes the change at its next start), which is no failure; a remote failure always is.
failed_commands() {
  awk '/^Warning: Instance .* seems to be offline/ { offline = 1 }
       /^remote failure:/ { remote = 1 }
       /^Command .* failed\.$/ { if (remote || !offline) print }
       /^Command .* (failed|executed successfully|completed with warnings)\.$/ { offline = 0; remote = 0 }'
}

stop_domain() {
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
}

prepare_postgres_schema() {
  local host port db
  # jdbc:postgresql://host:port/db
  host=$(sed -E 's#^jdbc:postgresql://([^:/]+).*#\1#' <<<"$PG_URL")
  port=$(sed -E 's#^jdbc:postgresql://[^:/]+:([0-9]+).*#\1#' <<<"$PG_URL")
  db=$(sed -E 's#^jdbc:postgresql://[^/]+/([^?]+).*#\1#' <<<"$PG_URL")
  [[ "$port" =~ ^[0-9]+$ ]] || port=5432
  local sql="create schema if not exists $DB_SCHEMA"
  [[ "${1:-}" == reset ]] && sql="drop schema if exists $DB_SCHEMA cascade; $sql"
  PGPASSWORD="$PG_PASSWORD" psql -q -h "$host" -p "$port" -U "$PG_USER" -d "$db" -v ON_ERROR_STOP=1 -c "$sql" >/dev/null
}

# The database password lives in a Payara password alias (encrypted in the domain's keystore): the pool,
# the console and the admin REST API show ${ALIAS=cuffia-db-password}, never the password.
pool_password() {
  if [[ -z "$PG_PASSWORD" ]]; then return; fi
  local file
  file=$(mktemp)
  (umask 077 && printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$PG_PASSWORD" >"$file")
  as delete-password-alias cuffia-db-password >/dev/null 2>&1 || true
  "$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile <(cat "$ADMIN_PASSWORD_FILE" "$file") --interactive=false \
    create-password-alias cuffia-db-password >/dev/null
  rm -f "$file"
  printf '${ALIAS=cuffia-db-password}'
}

# What need not be public listens on the loopback only (the admin listener: see create_domain): IIOP, the data
# grid (4900) and H2's auto-server port; JMX and the JMS broker, which the suite does not use, are off. The HTTP
# listeners stay public, no response names the server or its version, cookies are SameSite=Lax. The JVM
# options need a restart. Prints asadmin commands for as_batch.
harden_domain() {
  local c=configs.config.$CONFIG_NAME settings=() listener
  for listener in orb-listener-1 SSL SSL_MUTUALAUTH; do
    settings+=("$c.iiop-service.iiop-listener.$listener.address=127.0.0.1")
  done
  settings+=("$c.admin-service.jmx-connector.system.enabled=false")
  [[ "${PREBOOT:-}" == true ]] || settings+=("$c.jms-service.type=DISABLED")
  for listener in http-listener-1 http-listener-2 admin-listener; do
    settings+=("$c.network-config.protocols.protocol.$listener.http.server-header=false")
    settings+=("$c.network-config.protocols.protocol.$listener.http.xpowered-by=false")
  done
  # the session cookie stays on pages of this site (Payara 6 ignores the SameSite attribute of web.xml)
  for listener in http-listener-1 http-listener-2; do
    settings+=("$c.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true")
    settings+=("$c.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax")
  done
  echo "set ${settings[*]}"
  [[ "${PREBOOT:-}" == true ]] && return 0
  echo "set-hazelcast-configuration --interfaces 127.0.0.1 --dasbindaddress 127.0.0.1 $HAZELCAST_OPTIONS"
  # (a domain reconfigured, another database or a clock anchor, already has them: cleanup deletes them first)
  echo "create-jvm-options ${CONFIG_ON}\"$JVM_HARDENING\""
}

JVM_HARDENING='-Dhazelcast.socket.bind.any=false:-Dh2.bindAddress=127.0.0.1'

# The heap (a restart takes it). Payara's 512m held the suite with some 250 MB live after a quarter of an hour of
# the integration tests, and a deploy takes more on top; a test run once ran out of it while deploying (the EJB
# timer service could not start, then "Java heap space"). An OutOfMemoryError leaves a heap dump in the domain's
# config directory (the server's working directory), for the operator to see what filled it.
jvm_memory() {
  echo "-Xmx$HEAP:-XX\\:+HeapDumpOnOutOfMemoryError"
}

# Prepared statements kept per pooled connection (issue 17): the same few dozen statements run on every request,
# and a kept one is neither parsed again by the driver nor, on PostgreSQL, planned again (the driver prepares it on
# the server from its 5th use, which a statement closed after each request never reaches).
STATEMENT_CACHE=256

# The JDBC pool and resource, server-wide so an admin sees and tunes them in the console.
write_resources() {
  local file=$1
  if [[ "$DB" == postgres ]]; then
    cat >"$file" <<XML
<!DOCTYPE resources PUBLIC "-//Payara.fish//DTD Payara Server 4 Resource Definitions//EN" "https://raw.githubusercontent.com/payara/Payara-Server-Documentation/master/schemas/payara-resources_1_6.dtd">
<resources>
  <jdbc-connection-pool name="CuffiaPool" res-type="javax.sql.DataSource"
      datasource-classname="org.postgresql.ds.PGSimpleDataSource"
      steady-pool-size="4" max-pool-size="32" is-connection-validation-required="true"
      connection-validation-method="auto-commit" fail-all-connections="true" statement-cache-size="$STATEMENT_CACHE">
    <property name="URL" value="$PG_URL?currentSchema=$DB_SCHEMA"/>
    <property name="user" value="$PG_USER"/>
    <property name="password" value="$(pool_password)"/>
  </jdbc-connection-pool>
  <jdbc-resource pool-name="CuffiaPool" jndi-name="jdbc/cuffia"/>
</resources>
XML
  else
    mkdir -p "$(dirname "$H2_FILE")"
    cat >"$file" <<XML
<!DOCTYPE resources PUBLIC "-//Payara.fish//DTD Payara Server 4 Resource Definitions//EN" "https://raw.githubusercontent.com/payara/Payara-Server-Documentation/master/schemas/payara-resources_1_6.dtd">
<resources>
  <jdbc-connection-pool name="CuffiaPool" res-type="javax.sql.DataSource"
      datasource-classname="org.h2.jdbcx.JdbcDataSource"
      steady-pool-size="4" max-pool-size="32" is-connection-validation-required="true"
      connection-validation-method="auto-commit" statement-cache-size="$STATEMENT_CACHE">
    <property name="URL" value="jdbc:h2:file:$H2_FILE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"/>
    <property name="user" value="sa"/>
    <property name="password" value=""/>
  </jdbc-connection-pool>
  <jdbc-resource pool-name="CuffiaPool" jndi-name="jdbc/cuffia"/>
</resources>
XML
  fi
}

# The Jakarta Batch job repository (issue 18): on PostgreSQL the suite's own database, in the suite's schema, so that
# every instance of a deployment group and the admin console (Batch, asadmin list-batch-job-executions) see the same
# executions, and they outlive the domain. Payara creates its tables there at the first job (jobinstancedata,
# executioninstancedata, stepexecutioninstancedata, checkpointdata, jobstatus, stepstatus; Flyway leaves them alone).
# On H2 the server's own jdbc/__TimerPool stays (an H2 file in the domain): an H2 suite runs on one server, whose
# console sees that repository; and the application's file opens with DATABASE_TO_LOWER, while Payara's generic
# repository (the one for H2) looks for its tables by upper-case name (DatabaseMetaData.getTables, read in its
# JBatchJDBCPersistenceManager 6.2025.9, not run): it would not find them and create them again at the next start.
# Payara's PostgreSQL repository looks for lower-case names. Prints the data source and schema (empty: the default), with an optional
# target (server, or a deployment group's configuration) prints the asadmin command.
batch_repository() {
  if [[ "$DB" != postgres ]]; then
    [[ -n "${1:-}" ]] && echo "set-batch-runtime-configuration --target $1 --datasourcelookupname jdbc/__TimerPool"
    return 0
  fi
  if [[ -n "${1:-}" ]]; then
    echo "set-batch-runtime-configuration --target $1 --datasourcelookupname jdbc/cuffia --schemaname $DB_SCHEMA"
  else
    echo "jdbc/cuffia:$DB_SCHEMA"
  fi
}

# What an operator reads under Monitoring Data in the console, with asadmin get -m 'server.resources.CuffiaPool.*'
# or from /monitoring/domain/server/... (all OFF in a new domain, so the pool showed no statistics). Prints a command.
# The EJB container at LOW (per bean, not per method): at HIGH, registering every method of the suite's EJBs with
# Payara's monitoring tree took half of the server's CPU at each start (JFR, bench/RESULTS.md "Start-up").
# http-service stays OFF: with it on, Grizzly's request-end probe logs a SEVERE NullPointerException every time a
# browser leaves a page with its push websocket open (payara/Payara#5432), i.e. at every page an agent leaves;
# with it off the record still shows, rarely, when a page is left while its websocket is being opened
monitoring_levels() {
  local levels=() module prefix=configs.config.$CONFIG_NAME.monitoring-service.module-monitoring-levels
  for module in jdbc-connection-pool thread-pool web-container transaction-service jvm; do
    levels+=("$prefix.$module=HIGH")
  done
  levels+=("$prefix.ejb-container=LOW" "$prefix.http-service=OFF")
  echo "set ${levels[*]}"
}

# The asadmin commands that set the domain up for the suite, one per line: the pool and resource (from the resources
# file), system properties, mail session, batch repository, health checks, monitoring, hardening. With PREBOOT=true,
# without what preboot_configuration writes into domain.xml itself.
configuration_commands() {
  local resources=$1 resource_target=$2 resource_on=$3 property
  # the driver must live in the domain for a server-wide pool; the EAR's lib/ is not enough
  if [[ "$DB" == postgres && ! -f "$DOMAINS_DIR/$DOMAIN/lib/$(basename "${JDBC_DRIVER_JAR:?}")" ]]; then
    echo "add-library --type common $JDBC_DRIVER_JAR"
  fi
  echo "add-resources $resource_on$resources"
  if [[ "${PREBOOT:-}" != true ]]; then
    while IFS= read -r property; do
      echo "create-system-properties ${CONFIG_ON}\"${property//:/\\:}\""
    done < <(system_properties)
  fi
  # the mail session appointment confirmations leave through (in demo mode they are only kept)
  echo "create-javamail-resource $resource_on--mailhost $MAIL_HOST --mailuser cuffia --fromaddress noreply@cuffia.example --property mail.smtp.port=$MAIL_PORT mail/cuffia"
  if [[ "$resource_target" == domain ]]; then
    echo "create-resource-ref --target $APP_TARGET jdbc/cuffia"
    echo "create-resource-ref --target $APP_TARGET mail/cuffia"
  fi
  # the batch job repository: in the suite's schema on PostgreSQL, for the console and every instance alike (on H2 the
  # server's default, which a pre-boot command setting it again held up for a minute)
  [[ "${PREBOOT:-}" == true ]] || batch_repository "$CONFIG_TARGET"
  echo "set-log-levels ${CONFIG_ON}it.cuffia=INFO"
  # MicroProfile Health at /health on the http listener (readiness checks the database)
  echo "set-microprofile-healthcheck-configuration $CONFIG_ON--enabled=true"
  monitoring_levels
  harden_domain
  [[ "${PREBOOT:-}" == true ]] || echo "create-jvm-options ${CONFIG_ON}\"$(jvm_memory)\""
}

# The suite's system properties, name=value a line (the application reads them with System.getProperty).
system_properties() {
  echo "cuffia.demo=$DEMO"
  echo "cuffia.demo.history=$DEMO_HISTORY"
  if [[ -n "$CLOCK_ANCHOR" ]]; then echo "cuffia.clock.anchor=$CLOCK_ANCHOR"; fi
  # demo domains keep mail instead of sending it, unless told to send (the tests send to GreenMail)
  echo "cuffia.mail.send=$MAIL_SEND"
  # the demo's mailbox on the local GreenMail of ./cuffia start, read every MAIL_POLL_SECONDS
  if [[ -n "$DEMO_MAILBOX" ]]; then echo "cuffia.demo.mailbox=$DEMO_MAILBOX"; fi
  if [[ -n "$MAIL_POLL_SECONDS" ]]; then echo "cuffia.mail.pollSeconds=$MAIL_POLL_SECONDS"; fi
  echo "cuffia.kpi.dailyAt=$KPI_DAILY_AT"
  if [[ -n "${BASE_URL:-}" ]]; then echo "cuffia.baseUrl=$BASE_URL"; fi
}

configure_domain() {
  # configured once per database setting: a running application keeps its pool, and an
  # unchanged domain needs no restart
  local marker="$CONFIG_MARKER" wanted
  wanted=$(wanted_configuration)
  if [[ -f "$marker" && "$(cat "$marker")" == "$wanted" ]]; then
    return
  fi
  # a deployment group takes no resources itself: they are created for the domain and the group refers to them
  local resources resource_target=$APP_TARGET
  [[ "$APP_TARGET" == server ]] || resource_target=domain
  # (the single server's commands keep their default target, as before the cluster)
  local resource_on=""
  [[ "$resource_target" == server ]] || resource_on="--target $resource_target "
  resources=$(mktemp --suffix=.xml)
  write_resources "$resources"
  # what an earlier configuration set, taken away first (two asadmin processes in all, not one per command)
  local refs=""
  # a group's references go first: Payara refuses to delete a resource a target still refers to
  [[ "$resource_target" == domain ]] && refs="delete-resource-ref --target $APP_TARGET jdbc/cuffia
delete-resource-ref --target $APP_TARGET mail/cuffia"
  as_batch cleanup <<CMDS
set-batch-runtime-configuration ${CONFIG_ON}--datasourcelookupname jdbc/__TimerPool
$refs
delete-jdbc-resource ${resource_on}jdbc/cuffia
delete-jdbc-connection-pool CuffiaPool
delete-system-property ${CONFIG_ON}cuffia.demo
delete-system-property ${CONFIG_ON}cuffia.demo.history
delete-system-property ${CONFIG_ON}cuffia.clock.anchor
delete-system-property ${CONFIG_ON}cuffia.mail.send
delete-system-property ${CONFIG_ON}cuffia.demo.mailbox
delete-system-property ${CONFIG_ON}cuffia.mail.pollSeconds
delete-system-property ${CONFIG_ON}cuffia.kpi.dailyAt
delete-javamail-resource ${resource_on}mail/cuffia
delete-jvm-options ${CONFIG_ON}"$JVM_HARDENING"
delete-jvm-options ${CONFIG_ON}-Xmx512m
delete-jvm-options ${CONFIG_ON}"$(jvm_memory)"
CMDS
  configuration_commands "$resources" "$resource_target" "$resource_on" | as_batch apply
  rm -f "$resources"
  echo "$wanted" >"$marker"
  RECONFIGURED=true
}

# A new single-server domain on H2 is set up before its first start (issue 17, the cold start): what the launcher reads
# (the JVM options) and what a pre-boot command cannot set (a system property created there reaches the JVM only at
# the next start, a `set` of the JMS broker's type fails, the data grid's addresses are ignored, all without a word)
# are written into domain.xml; the rest are Payara's pre-boot
# commands (start-domain --prebootcommandfile), which the server runs before its services start. That saves the asadmin
# processes of configure_domain and the restart its JVM options need. Other domains (PostgreSQL: the driver library,
# the password alias and the batch repository need a running server; a deployment group) go configure_domain's way.
can_preboot() {
  [[ "${CREATED:-}" == true && "$DB" == h2 && "$APP_TARGET" == server ]]
}

# Writes into the new domain's domain.xml what it needs before it starts, and the pre-boot commands into the file $1
# (with the pool's resources file $2, which must be there until the server has started).
preboot_configuration() {
  local commands=$1 resources=$2 config="$DOMAINS_DIR/$DOMAIN/config/domain.xml" options="" option
  # the server-config's java-config comes first in domain.xml: its -Xmx512m gives way to the suite's options
  while IFS= read -r option; do
    options+="<jvm-options>${option}</jvm-options>"
  done < <(jvm_option_list "$(jvm_memory):$JVM_HARDENING")
  sed -i "0,/<jvm-options>-Xmx512m<\/jvm-options>/s##${options//\//\\/}#" "$config"
  # a new domain's server-config has no jms-service yet (the server makes one, EMBEDDED, when asked): it gets one, off
  sed -i '0,/<config name="server-config">/s//&\n      <jms-service default-jms-host="default_JMS_host" type="DISABLED"><jms-host port="${JMS_PROVIDER_PORT}" host="localhost" name="default_JMS_host"><\/jms-host><\/jms-service>/' "$config"
  sed -i '0,/<hazelcast-runtime-configuration /s//<hazelcast-runtime-configuration das-bind-address="127.0.0.1" interface="127.0.0.1" /' "$config"
  # the system properties too: the server makes them the JVM's before it runs pre-boot commands, so one created there
  # would reach the application only at the next start (the demo data were not loaded)
  local properties property
  properties=$(mktemp)
  while IFS= read -r property; do
    printf '      <system-property name="%s" value="%s"></system-property>\n' "${property%%=*}" "$(xml_text "${property#*=}")"
  done < <(system_properties) >"$properties"
  sed -i -e '0,/<server name="server" config-ref="server-config">/{//r '"$properties" -e '}' "$config"
  rm -f "$properties"
  if ! grep -q -- "<jvm-options>-Xmx$HEAP</jvm-options>" "$config" || ! grep -A1 '<config name="server-config">' "$config" | grep -q '<jms-service [^>]*type="DISABLED"' \
      || ! grep -q '<hazelcast-runtime-configuration [^>]*interface="127.0.0.1"' "$config" \
      || ! grep -q '<system-property name="cuffia.kpi.dailyAt"' "$config"; then
    echo "Could not write the JVM options, the JMS broker, the data grid's addresses or the system properties into $config" >&2
    return 1
  fi
  write_resources "$resources"
  PREBOOT=true configuration_commands "$resources" server "" >"$commands"
}

# A value as XML attribute text.
xml_text() {
  sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' <<<"$1"
}

# asadmin's colon-separated JVM options ("-Xmx1g:-XX\:+HeapDumpOnOutOfMemoryError"), one per line, colons unescaped.
jvm_option_list() {
  sed -e 's/\\:/\x01/g' -e 's/:/\n/g' -e 's/\x01/:/g' <<<"$1"
}

# Whether the pre-boot commands took: each failure there is silent (the server starts all the same), so the domain
# must show what they set before the suite is deployed on it.
preboot_took() {
  local config="$DOMAINS_DIR/$DOMAIN/config/domain.xml" missing=()
  grep -q 'jndi-name="jdbc/cuffia"' "$config" || missing+=(jdbc/cuffia)
  grep -q 'jndi-name="mail/cuffia"' "$config" || missing+=(mail/cuffia)
  grep -q 'cookie-same-site-value="Lax"' "$config" || missing+=(SameSite)
  grep -q 'ejb-container="LOW"' "$config" || missing+=(monitoring)
  if ((${#missing[@]})); then
    echo "The domain's pre-boot configuration did not take (${missing[*]} missing); see $DOMAINS_DIR/$DOMAIN/logs/server.log" >&2
    return 1
  fi
}

# Starts the new domain configured (can_preboot).
start_preconfigured() {
  local commands="$DOMAINS_DIR/$DOMAIN/config/cuffia-preboot.asadmin" resources
  resources=$(mktemp --suffix=.xml)
  preboot_configuration "$commands" "$resources"
  start_domain --prebootcommandfile "$commands"
  rm -f "$resources"
  preboot_took
  wanted_configuration >"$CONFIG_MARKER"
}

# Deploys the EAR to APP_TARGET (DEPLOY_OPTIONS: more deploy options, e.g. session availability for a group). The
# server reloads a deployed application at start: deploy only what it does not have yet.
deploy_application() {
  local ear=$1 deployed="$EAR_MARKER" sum config="$DOMAINS_DIR/$DOMAIN/config/domain.xml"
  sum=$(sha256sum "$ear" | cut -d' ' -f1)
  if [[ -f "$deployed" && "$(cat "$deployed")" == "$sum" ]] && grep -q '<application-ref ref="cuffia" ' "$config" \
      && ! grep -E '<application-ref ref="cuffia" |<application .*name="cuffia"' "$config" | grep -q 'enabled="false"'; then
    # the same EAR, deployed and enabled: the server loaded it at start (no asadmin call to ask it so)
    return 0
  elif [[ ! -f "$deployed" || "$(cat "$deployed")" != "$sum" ]] || ! as list-applications domain 2>/dev/null | grep -q '^cuffia '; then
    # undeploy, then deploy: a forced redeploy of the EAR over the running one can fail in Weld
    # (WELD-000163, non-unique bean deployment identifier), two separate steps do not
    if as list-applications domain 2>/dev/null | grep -q '^cuffia '; then
      as undeploy --target domain cuffia >/dev/null
    fi
    # shellcheck disable=SC2086 # DEPLOY_OPTIONS: words
    as deploy --target "$APP_TARGET" ${DEPLOY_OPTIONS:-} --name cuffia "$ear" >/dev/null
    echo "$sum" >"$deployed"
  elif ! as list-applications "$APP_TARGET" 2>/dev/null | grep -q '^cuffia '; then
    # the same EAR, left out at start while the domain was reconfigured
    as create-application-ref --target "$APP_TARGET" cuffia >/dev/null
  else
    as enable --target "$APP_TARGET" cuffia >/dev/null
  fi
}

# sourced by cluster.sh: the functions only
if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then return 0; fi

case "${1:-}" in
  prepare-test)
    stop_domain
    rm -rf "${DOMAINS_DIR:?}/$DOMAIN"
    if [[ "$DB" == postgres ]]; then prepare_postgres_schema reset; else rm -rf "$(dirname "$H2_FILE")"; fi
    create_domain
    # tests that run in the server (PayIT…) call the suite over HTTP: on this domain's port, not the default one
    BASE_URL="http://localhost:$HTTP_PORT/cuffia/"
    if can_preboot; then
      start_preconfigured
    else
      start_domain
      configure_domain
    fi
    stop_domain
    echo "Test domain $DOMAIN ready on $DB"
    ;;
  start)
    # start [EAR]: the EAR about to be deployed, so that an application it replaces is not loaded first
    is_running || require_free_ports
    [[ "$DB" == postgres ]] && prepare_postgres_schema
    create_domain
    if can_preboot; then
      start_preconfigured
      exit 0
    fi
    start_domain_for "${2:-}"
    RECONFIGURED=false
    configure_domain
    # some settings (health checks, JVM options) take effect after one restart of a domain just configured
    if [[ "$RECONFIGURED" == true ]] && "$ASADMIN" list-domains 2>/dev/null | grep -q "^$DOMAIN running, restart required"; then
      "$ASADMIN" restart-domain "$DOMAIN" >/dev/null
    fi
    ;;
  deploy)
    deploy_application "${2:?ear file}"
    ;;
  stop)
    stop_domain
    ;;
  http-port) echo "$HTTP_PORT" ;;
  admin-port) echo "$ADMIN_PORT" ;;
  *) echo "usage: domain.sh prepare-test|start|deploy EAR|stop|http-port|admin-port" >&2; exit 2 ;;
esac
