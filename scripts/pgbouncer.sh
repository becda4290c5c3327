#!/usr/bin/env bash
# Starts PgBouncer in transaction mode (trust auth) in front of a PostgreSQL server, as Supabase's
# transaction pooler sits in front of a project's database, and prints the port it listens on.
#   scripts/pgbouncer.sh <state-folder> [server-host] [server-port]
# Stop it with: kill "$(cat <state-folder>/pgbouncer.pid)"
set -euo pipefail
dir=${1:?give a folder for PgBouncer\'s configuration, log and pid file}
host=${2:-127.0.0.1}
server_port=${3:-5432}
mkdir -p "$dir"
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
cat >"$dir/pgbouncer.ini" <<INI
[databases]
* = host=$host port=$server_port
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/users.txt
pool_mode = transaction
max_client_conn = 1000
default_pool_size = 20
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
echo '"postgres" ""' >"$dir/users.txt"
# PgBouncer refuses to run as root: as root, it drops to the postgres user.
if [ "$(id -u)" = 0 ]; then
  chown -R postgres "$dir"
  pgbouncer -d -u postgres "$dir/pgbouncer.ini"
else
  pgbouncer -d "$dir/pgbouncer.ini"
fi
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { echo "$port"; exit 0; }
  sleep 0.1
done
echo "PgBouncer did not start; its log:" >&2
cat "$dir/pgbouncer.log" >&2
exit 1
