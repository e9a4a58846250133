# Shared helpers for scripts/run and scripts/test. Sourced, not executed.

die() { echo "error: $*" >&2; exit 1; }
log() { echo "==> $*" >&2; }

# Picks a JDK >= 21: JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
pick_jdk() {
  local candidate version best="" best_version=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = //p' | head -1)
    version=${version#1.}
    [[ "$version" =~ ^[0-9]+$ ]] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$version" -ge 21 ]; then best=$candidate; best_version=$version; break; fi
    if [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then best=$candidate; best_version=$version; fi
  done
  [ -n "$best" ] || die "no JDK 21 or newer found: set JAVA_HOME to one, or install one under /usr/lib/jvm (e.g. apt-get install openjdk-21-jdk-headless)"
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
  log "using JDK $best_version at $JAVA_HOME"
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_port() { # host port seconds what
  local i
  for ((i = 0; i < $3 * 5; i++)); do port_open "$1" "$2" && return 0; sleep 0.2; done
  die "$4 did not come up on $1:$2 within $3 s"
}

docker_answers() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

apt_install() {
  [ "$(id -u)" = 0 ] || die "$* is missing and installing it needs root; install it or point the *_TEST_URL variables at running services"
  log "installing $* from Debian packages"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
    || die "could not install $*"
}

# Makes sure Debian's chromium and chromedriver are installed for the dashboard's browser tests:
# installed when absent and root; otherwise CI=true fails, and elsewhere DashboardIT skips.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && return 0
  if [ "$(id -u)" = 0 ]; then apt_install chromium chromium-driver; return; fi
  [ "${CI:-}" = true ] && die "chromium and chromium-driver are missing and installing them needs root; the browser tests cannot run"
  log "chromium or chromedriver missing and not root: the dashboard's browser tests will skip"
}

# Makes sure the nats-server binary is here for the tests that run private brokers (kill, restart,
# TLS, cluster): installed when absent and root, else those tests fail with a message saying so.
ensure_nats_binary() {
  command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || [ -n "${NATS_SERVER_BIN:-}" ] \
    || { [ "$(id -u)" = 0 ] && apt_install nats-server; } \
    || log "nats-server missing and not root: the tests that run private brokers will fail"
}

# Makes sure openssl is here for NatsSecurityIT, which makes a throw-away CA and certificates.
ensure_openssl() {
  command -v openssl >/dev/null 2>&1 \
    || { [ "$(id -u)" = 0 ] && apt_install openssl; } \
    || log "openssl missing and not root: NatsSecurityIT (TLS) will fail"
}

# Makes sure NATS with JetStream answers on 127.0.0.1:4222.
ensure_nats() {
  port_open 127.0.0.1 4222 && return 0
  if docker_answers; then
    log "starting NATS with docker compose"; docker compose up -d nats; wait_port 127.0.0.1 4222 30 NATS; return
  fi
  command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || apt_install nats-server
  local bin; bin=$(command -v nats-server || echo /usr/sbin/nats-server)
  local dir=${NATS_STORE_DIR:-/var/lib/nats-server}; mkdir -p "$dir"
  log "starting $bin with JetStream (store $dir)"
  if command -v start-stop-daemon >/dev/null 2>&1; then
    start-stop-daemon --start --oknodo --background --exec "$bin" -- -a 127.0.0.1 -p 4222 -js -sd "$dir" -l /tmp/nats-server.log
  else
    nohup "$bin" -a 127.0.0.1 -p 4222 -js -sd "$dir" -l /tmp/nats-server.log >/dev/null 2>&1 &
  fi
  wait_port 127.0.0.1 4222 30 NATS
}

# Makes sure MariaDB/MySQL answers on 127.0.0.1:3306 and sets MYSQL_TEST_USER/PASSWORD.
ensure_mysql() {
  if ! port_open 127.0.0.1 3306; then
    if docker_answers; then
      log "starting MySQL with docker compose"; docker compose up -d mysql; wait_port 127.0.0.1 3306 90 MySQL
    else
      command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
      log "starting MariaDB"
      mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
      start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd 2>/dev/null \
        || (nohup /usr/sbin/mariadbd --user=mysql >/tmp/mariadbd.log 2>&1 &)
      wait_port 127.0.0.1 3306 60 MariaDB
    fi
  fi
  export MYSQL_TEST_USER=${MYSQL_TEST_USER:-root} MYSQL_TEST_PASSWORD=${MYSQL_TEST_PASSWORD:-}
  if command -v mariadb >/dev/null 2>&1 \
    && ! mariadb -h 127.0.0.1 -u "$MYSQL_TEST_USER" --password="$MYSQL_TEST_PASSWORD" -e 'SELECT 1' >/dev/null 2>&1; then
    # a fresh Debian server lets root in over the socket only: make a test user for TCP
    mariadb -e "CREATE USER IF NOT EXISTS 'mdm_test'@'127.0.0.1' IDENTIFIED BY 'mdm_test';
      CREATE USER IF NOT EXISTS 'mdm_test'@'localhost' IDENTIFIED BY 'mdm_test';
      GRANT ALL ON *.* TO 'mdm_test'@'127.0.0.1'; GRANT ALL ON *.* TO 'mdm_test'@'localhost';" \
      || die "cannot log in to MariaDB on 127.0.0.1:3306 as $MYSQL_TEST_USER; set MYSQL_TEST_USER/MYSQL_TEST_PASSWORD"
    export MYSQL_TEST_USER=mdm_test MYSQL_TEST_PASSWORD=mdm_test
  fi
}

mysql_exec() {
  command -v mariadb >/dev/null 2>&1 || return 0
  mariadb -h 127.0.0.1 -u "$MYSQL_TEST_USER" --password="$MYSQL_TEST_PASSWORD" -N -e "$1"
}
