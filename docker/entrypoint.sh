#!/bin/sh
# Starts WildFly with Corkboard's settings taken from CORKBOARD_* environment variables.
# persistence.xml and the server configuration (wildfly-config/*.cli) resolve ${corkboard.*}
# from system properties only, so every variable that is set (and not empty) becomes a -D option;
# an unset one leaves the configuration's default in place.
#
#   CORKBOARD_DB                   -Dcorkboard.db                   h2 (default) or postgresql
#   CORKBOARD_POSTGRESQL_URL       -Dcorkboard.postgresql.url       jdbc:postgresql://host:5432/db
#   CORKBOARD_POSTGRESQL_USER      -Dcorkboard.postgresql.user
#   CORKBOARD_POSTGRESQL_PASSWORD  -Dcorkboard.postgresql.password
#   CORKBOARD_SMTP_HOST            -Dcorkboard.smtp.host
#   CORKBOARD_SMTP_PORT            -Dcorkboard.smtp.port
#   CORKBOARD_SMTP_TLS             -Dcorkboard.smtp.tls             true or false
#   CORKBOARD_MAIL_FROM            -Dcorkboard.mail.from            e.g. Corkboard <corkboard@example.com>
#   CORKBOARD_BASE_URL             -Dcorkboard.base-url             absolute URL used in e-mailed links
#   CORKBOARD_DEMO                 -Dcorkboard.demo                 true loads demo data; never in production
#   CORKBOARD_DEMO_FORCE           -Dcorkboard.demo.force           true loads it on PostgreSQL or HTTPS too
#
# Arguments given to the container (e.g. -Dcorkboard.faces.stage=Development) are passed on last.
set -eu

# standalone.sh hands its arguments to java through eval: escaping \ " $ and ` makes every
# value (a password with a $, a sender with spaces) reach the JVM unchanged.
escape() {
  printf '%s' "$1" | sed 's/[\\"$`]/\\&/g'
}

user_args=$#
for pair in \
  CORKBOARD_DB=corkboard.db \
  CORKBOARD_POSTGRESQL_URL=corkboard.postgresql.url \
  CORKBOARD_POSTGRESQL_USER=corkboard.postgresql.user \
  CORKBOARD_POSTGRESQL_PASSWORD=corkboard.postgresql.password \
  CORKBOARD_SMTP_HOST=corkboard.smtp.host \
  CORKBOARD_SMTP_PORT=corkboard.smtp.port \
  CORKBOARD_SMTP_TLS=corkboard.smtp.tls \
  CORKBOARD_MAIL_FROM=corkboard.mail.from \
  CORKBOARD_BASE_URL=corkboard.base-url \
  CORKBOARD_DEMO=corkboard.demo \
  CORKBOARD_DEMO_FORCE=corkboard.demo.force
do
  variable=${pair%%=*}
  property=${pair#*=}
  eval "value=\${$variable-}"
  # An empty -D would override the configuration's default with an empty string.
  if [ -n "$value" ]; then
    set -- "$@" "-D$property=$(escape "$value")"
  fi
done

# Move the container's own arguments behind ours, so that they win over the environment.
while [ "$user_args" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  user_args=$((user_args - 1))
done

# -b 0.0.0.0: reachable from outside the container. The management interface stays on
# 127.0.0.1, where only the health check uses it.
exec /opt/wildfly/bin/standalone.sh -c standalone-full.xml -b 0.0.0.0 "$@"
