# Cuffia on a Payara deployment group behind nginx: sourced by ./cuffia for start --cluster, stop and status.
#
# One domain of its own (cuffia-cluster, beside the single server's cuffia) whose DAS only administers: the
# suite runs on the instances of the deployment group cuffia-group, which share the config cuffia-config. Their
# web sessions live in Payara's data grid (Hazelcast), so when an instance dies the other one carries on with them;
# nginx (Debian's package, run as our own process with a config under the run directory) is the one port people
# use, keeps a browser on the instance that made its session, and sends it to the other when that one fails.
# Payara does the clustering; nothing here is cluster code of ours.
#
# Ports, from CUFFIA_PORTBASE (B; without it, B=4800 and the DAS keeps 4848/8080): the DAS admin B+48, instance n
# on portbase B+100n (http B+100n+80), nginx B+90 (CUFFIA_LB_PORT), the data grid B+900 (DAS) and B+900+10n (instance n).
# The caller (./cuffia) has set PAYARA_HOME, RUN_DIR, DB=postgres and the mail and demo settings domain.sh reads.

CLUSTER_DOMAIN=cuffia-cluster
CLUSTER_GROUP=cuffia-group
CLUSTER_CONFIG=cuffia-config
CLUSTER_INSTANCES=(cuffia-1 cuffia-2)
CLUSTER_BASE=${CUFFIA_PORTBASE:-4800}
CLUSTER_LB_PORT=${CUFFIA_LB_PORT:-$((CLUSTER_BASE + 90))}
NGINX_DIR="$RUN_DIR/nginx"

# The http port of instance n (1, 2, …)
instance_http_port() { echo $((CLUSTER_BASE + 100 * $1 + 80)); }

# Sets what domain.sh reads for the cluster's domain and loads its functions (create_domain, configure_domain,
# deploy_application, …): the group's config gets what the single server's config gets.
cluster_domain_env() {
  export DOMAIN=$CLUSTER_DOMAIN
  export ADMIN_PASSWORD_FILE="$RUN_DIR/$CLUSTER_DOMAIN-admin.password"
  export PORTBASE=$CLUSTER_BASE
  export APP_TARGET=$CLUSTER_GROUP CONFIG_TARGET=$CLUSTER_CONFIG CONFIG_NAME=$CLUSTER_CONFIG
  # the group's own data grid: its own name and ports, so it never joins another domain's grid on this machine
  export HAZELCAST_OPTIONS="--clustername cuffia-$CLUSTER_BASE --dasport $((CLUSTER_BASE + 900)) --startport $((CLUSTER_BASE + 900))"
  # sessions kept in the data grid (web.xml is <distributable/>)
  export DEPLOY_OPTIONS="--availabilityenabled=true"
  # shellcheck source=domain.sh
  . "$DOMAIN_SH"
}

# The group, its config and its instances, created once (the config a copy of default-config, as Payara makes them).
create_group() {
  local config="$DOMAINS_DIR/$DOMAIN/config/domain.xml" n=0 name
  if ! grep -q "<deployment-group name=\"$CLUSTER_GROUP\"" "$config"; then
    as copy-config default-config "$CLUSTER_CONFIG" >/dev/null
    as create-deployment-group "$CLUSTER_GROUP" >/dev/null
  fi
  for name in "${CLUSTER_INSTANCES[@]}"; do
    n=$((n + 1))
    if ! grep -q "<server .*name=\"$name\"" "$config"; then
      # its ports from its portbase, its data grid port beside the DAS's
      as create-instance --node "localhost-$DOMAIN" --config "$CLUSTER_CONFIG" --portbase $((CLUSTER_BASE + 100 * n)) \
        --systemproperties "HZ_LISTENER_PORT=$((CLUSTER_BASE + 900 + 10 * n))" "$name" >/dev/null
      as add-instance-to-deployment-group --instance "$name" --deploymentgroup "$CLUSTER_GROUP" >/dev/null
    fi
  done
}

# What the group has beyond the single server's settings: its web sessions kept in the data grid; its EJB timers
# there too (an instance's default store, an H2 file of its own under the node, failed the deployment: "EJB Timer
# Service is not available"; which store makes a timer fire once per group is issue 18's part 3); and no reference
# to the JMS connection factory, whose broker is off (harden_domain) and which an instance's transaction recovery
# otherwise looks up at every start (SEVERE RAR6035 "JMS Broker is Disabled"; the single server does not).
configure_group() {
  local c=configs.config.$CLUSTER_CONFIG name
  echo "delete-system-property --target $CLUSTER_CONFIG cuffia.mail.key" | as_batch cleanup
  as_batch apply <<CMDS
set $c.availability-service.availability-enabled=true $c.availability-service.web-container-availability.availability-enabled=true $c.availability-service.web-container-availability.persistence-type=hazelcast
set $c.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid
create-system-properties --target $CLUSTER_CONFIG cuffia.mail.key=$(mail_key)
CMDS
  for name in "${CLUSTER_INSTANCES[@]}"; do echo "delete-resource-ref --target $name jms/__defaultConnectionFactory"; done \
    | as_batch cleanup
}

# The key mailbox passwords are sealed with (MailboxKey): one for the whole group, or an instance cannot open what
# another sealed (the demo's mailbox, a password an admin saved). Made once beside the domain's admin password,
# readable by its owner only; a system property of the group's config, never on a command line. Base64 without
# padding: asadmin reads "=" as a separator.
mail_key() {
  local file="$RUN_DIR/$CLUSTER_DOMAIN-mail.key"
  [[ -s "$file" ]] || (umask 077 && head -c 32 /dev/urandom | base64 -w0 | tr -d '=' >"$file")
  cat "$file"
}

# An anchored clock (CLOCK_ANCHOR: benchmarks, rehearsals) stands for the group's start on every instance
# (ClockProducer): each instance starting it at its own start would set them minutes apart, and a lead's lease
# written by one is read by the other. Set at each group start, like the anchor, before any instance starts.
anchor_group_clock() {
  echo "delete-system-property --target $CLUSTER_CONFIG cuffia.clock.anchor.since" | as_batch cleanup
  [[ -n "$CLOCK_ANCHOR" ]] || return 0
  local since
  since=$(date +%Y-%m-%dT%H:%M:%S%:z)
  as create-system-properties --target "$CLUSTER_CONFIG" "cuffia.clock.anchor.since=${since//:/\\:}" >/dev/null
}

# nginx: one port in front of the instances. nginx OSS has no sticky directive and only passive health checks:
# the route is a cookie nginx sets itself (CUFFIA_ROUTE = the instance that answered, known when the answer
# leaves, so it follows a failover), and a request whose instance refuses the connection, times out or answers
# 502/503/504 goes to the other one (proxy_next_upstream), which then holds the route.
write_nginx_config() {
  local n=0 name port other m routes="" servers="" by_route="" by_address=""
  mkdir -p "$NGINX_DIR/temp" "$NGINX_DIR/logs"
  for name in "${CLUSTER_INSTANCES[@]}"; do
    n=$((n + 1))
    port=$(instance_http_port $n)
    servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
    by_route+="    $name route_$n;"$'\n'
    by_address+="    ~:$port\$ $name;"$'\n'
    routes+="  upstream route_$n {"$'\n'"    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
    m=0
    for other in "${CLUSTER_INSTANCES[@]}"; do
      m=$((m + 1))
      [[ $m == "$n" ]] || routes+="    server 127.0.0.1:$(instance_http_port $m) backup;"$'\n'
    done
    routes+="  }"$'\n'
  done
  cat >"$NGINX_DIR/nginx.conf" <<CONF
# generated by ./cuffia start --cluster (ear/src/main/payara/cluster.sh): Cuffia's deployment group behind one port
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/logs/error.log warn;
events { worker_connections 1024; }
http {
  log_format routed '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time '
                    'route=\$cookie_CUFFIA_ROUTE upstream=\$upstream_addr \$upstream_status';
  access_log $NGINX_DIR/logs/access.log routed;
  client_body_temp_path $NGINX_DIR/temp/body;
  proxy_temp_path $NGINX_DIR/temp/proxy;
  fastcgi_temp_path $NGINX_DIR/temp/fastcgi;
  uwsgi_temp_path $NGINX_DIR/temp/uwsgi;
  scgi_temp_path $NGINX_DIR/temp/scgi;
  client_max_body_size 42m;
  server_tokens off;

  # the browser's route: its instance first, the other as backup; no route yet: either
  map \$cookie_CUFFIA_ROUTE \$cuffia_upstream {
    default cuffia_all;
$by_route  }
  upstream cuffia_all {
$servers  }
$routes
  # the instance that answered (the last address when a failed one was tried first) becomes the route, when it
  # is not the browser's already (an empty value adds no header)
  map \$upstream_addr \$cuffia_served {
    default "";
$by_address  }
  map "\$cookie_CUFFIA_ROUTE=\$cuffia_served" \$route_cookie_value {
    ~^(?<had>[^=]*)=\k<had>\$ "";
    ~=(?<now>.+)\$ "CUFFIA_ROUTE=\$now; Path=/; HttpOnly; SameSite=Lax";
    default "";
  }
  # the consoles' push sockets (/push/…) go through too
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }

  server {
    listen $CLUSTER_LB_PORT;
    proxy_http_version 1.1;
    proxy_set_header Upgrade \$http_upgrade;
    proxy_set_header Connection \$connection_upgrade;
    proxy_set_header Host \$host:\$server_port;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_read_timeout 1h;
    proxy_next_upstream_tries 2;
    proxy_next_upstream_timeout 30s;
    proxy_connect_timeout 2s;
    add_header Set-Cookie \$route_cookie_value always;
    location / {
      proxy_pass http://\$cuffia_upstream;
      # an instance that died or is not ready: the request goes to the other one. A write already sent to an
      # instance that then died is not sent again (it may have been done: a ticket would be opened twice); it
      # fails with 502, as on one server whose process died, and the person sends it again
      proxy_next_upstream error timeout http_502 http_503 http_504;
    }
    location ~ ^/cuffia/api/outbound/(next|leads/[0-9]+/(dial|outcome))\$ {
      proxy_pass http://\$cuffia_upstream;
      # these dialing requests are safe to send again (OutboundService answers a repeated next, dial or outcome
      # with what it did: Interaction.isOpenCallOf, isJustClosedBy): a floor of agents dials on through a failover
      proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;
    }
  }
}
CONF
}

nginx_pid() {
  local pid
  pid=$(cat "$NGINX_DIR/nginx.pid" 2>/dev/null) || return 0
  if [[ -n "$pid" ]] && ps -p "$pid" -o args= 2>/dev/null | grep -q nginx; then echo "$pid"; fi
}

start_nginx() {
  command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx" >&2; return 1; }
  write_nginx_config
  nginx -t -q -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf"
  if [[ -n "$(nginx_pid)" ]]; then
    nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -s reload
  else
    nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf"
  fi
}

stop_nginx() {
  local pid
  pid=$(nginx_pid)
  [[ -n "$pid" ]] || return 0
  kill -QUIT "$pid"
  for _ in $(seq 1 20); do
    ps -p "$pid" >/dev/null 2>&1 || break
    sleep 0.25
  done
  echo "nginx stopped."
}

# Waits until the suite answers at the given base URL (an instance, or nginx) and /health/ready says UP. (Asked
# while the application is not there yet, Payara's health servlet logs a SEVERE NullPointerException each time.)
wait_ready() {
  local url
  for url in "$1/cuffia/login.xhtml" "$1/health/ready"; do
    for _ in $(seq 1 720); do
      if curl -fs -o /dev/null "$url"; then continue 2; fi
      sleep 0.25
    done
    echo "Not ready: $url" >&2
    return 1
  done
}

cluster_start() {
  local ear=$1
  cluster_domain_env
  is_running || require_free_ports
  prepare_postgres_schema
  create_domain
  start_domain
  create_group
  RECONFIGURED=false
  configure_domain
  if [[ "$RECONFIGURED" == true ]]; then
    configure_group
    # the instances take the new settings at their next start; the DAS its data grid's (name, ports) at a restart
    as stop-deployment-group "$CLUSTER_GROUP" >/dev/null 2>&1 || true
    "$ASADMIN" restart-domain "$DOMAIN" >/dev/null
  fi
  anchor_group_clock
  # the first instance alone while the EAR deploys: it migrates the schema and loads the demo data, which two
  # instances starting together would both try (and on two cores each starts faster alone)
  echo "Starting ${CLUSTER_INSTANCES[0]} and deploying to the deployment group $CLUSTER_GROUP…"
  as start-instance "${CLUSTER_INSTANCES[0]}" >/dev/null
  deploy_application "$ear"
  wait_ready "http://127.0.0.1:$(instance_http_port 1)"
  echo "Starting ${CLUSTER_INSTANCES[*]:1}…"
  as start-deployment-group "$CLUSTER_GROUP" >/dev/null
  start_nginx
  local n
  for n in $(seq 2 ${#CLUSTER_INSTANCES[@]}); do wait_ready "http://127.0.0.1:$(instance_http_port "$n")"; done
  wait_ready "http://127.0.0.1:$CLUSTER_LB_PORT"
}

cluster_running() {
  [[ -f "$PAYARA_HOME/glassfish/domains/$CLUSTER_DOMAIN/config/domain.xml" ]] || return 1
  cluster_domain_env
  is_running
}

cluster_stop() {
  stop_nginx
  cluster_running || return 0
  # instance by instance, only those alive: stop-deployment-group waited (10 minutes and more) on an instance killed
  # with kill -9, whose pid file was left behind
  local name pid
  for name in "${CLUSTER_INSTANCES[@]}"; do
    pid=$(cat "$PAYARA_HOME/glassfish/nodes/localhost-$DOMAIN/$name/config/pid" 2>/dev/null) || continue
    if [[ -n "$pid" ]] && ps -p "$pid" -o args= 2>/dev/null | grep -q "/$name"; then
      as stop-instance "$name" >/dev/null 2>&1 || true
    fi
  done
  stop_domain
  echo "Cuffia's deployment group and its DAS stopped."
}

cluster_status() {
  # nothing to say of a cluster never created (the single server's ./cuffia status)
  [[ -f "$PAYARA_HOME/glassfish/domains/$CLUSTER_DOMAIN/config/domain.xml" || -n "$(nginx_pid)" ]] || return 0
  if [[ -n "$(nginx_pid)" ]]; then
    echo "nginx running, pid $(nginx_pid): http://localhost:$CLUSTER_LB_PORT/cuffia/ (config $NGINX_DIR/nginx.conf)"
  else
    echo "nginx not running"
  fi
  if cluster_running; then
    echo "Deployment group $CLUSTER_GROUP (DAS of domain $CLUSTER_DOMAIN on admin port $ADMIN_PORT):"
    as list-instances "$CLUSTER_GROUP" 2>/dev/null || true
    local n
    for n in $(seq 1 ${#CLUSTER_INSTANCES[@]}); do
      printf '  %s http %s: %s\n' "${CLUSTER_INSTANCES[$((n - 1))]}" "$(instance_http_port "$n")" \
        "$(curl -s -m 2 "http://127.0.0.1:$(instance_http_port "$n")/health/ready" 2>/dev/null | tr -d '\n' | cut -c1-60 || true)"
    done
  fi
}
