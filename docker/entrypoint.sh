#!/bin/sh
# Starts WildFly with Corkboard's settings taken from CORKBOARD_* environment variables.
# persistence.xml and the server configuration (wildfly-config/*.cli) resolve ${corkboard.*}
# from system properties only, so every variable that is set (and not empty) becomes a -D option;
# an unset one leaves the configuration's default in place.
#
# Each property of the README's configuration table has its variable: the property's name in
# capitals with '.' and '-' as '_', e.g. CORKBOARD_SIGN_IN_LOCK_MINUTES for
# corkboard.sign-in.lock-minutes (docker/check-entrypoint.sh keeps the list complete).
#
# WILDFLY_PORT_OFFSET moves every port of the server (HTTP 8080 + offset, management 9990 +
# offset), for a container sharing the host's network; the health check follows it.
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
  CORKBOARD_POSTGRESQL_POOL_MIN=corkboard.postgresql.pool.min \
  CORKBOARD_POSTGRESQL_POOL_MAX=corkboard.postgresql.pool.max \
  CORKBOARD_POSTGRESQL_POOL_BLOCKING_TIMEOUT=corkboard.postgresql.pool.blocking-timeout \
  CORKBOARD_POSTGRESQL_STATEMENT_TIMEOUT=corkboard.postgresql.statement-timeout \
  CORKBOARD_POSTGRESQL_CONNECT_TIMEOUT=corkboard.postgresql.connect-timeout \
  CORKBOARD_H2_URL=corkboard.h2.url \
  CORKBOARD_SMTP_HOST=corkboard.smtp.host \
  CORKBOARD_SMTP_PORT=corkboard.smtp.port \
  CORKBOARD_SMTP_TLS=corkboard.smtp.tls \
  CORKBOARD_MAIL_FROM=corkboard.mail.from \
  CORKBOARD_MAIL_TRANSPORT=corkboard.mail.transport \
  CORKBOARD_BASE_URL=corkboard.base-url \
  CORKBOARD_DEMO=corkboard.demo \
  CORKBOARD_DEMO_FORCE=corkboard.demo.force \
  CORKBOARD_SIGN_IN_LOCK_MINUTES=corkboard.sign-in.lock-minutes \
  CORKBOARD_SIGN_IN_ADDRESS_LIMIT=corkboard.sign-in.address-limit \
  CORKBOARD_SIGN_IN_ACCOUNT_LIMIT=corkboard.sign-in.account-limit \
  CORKBOARD_SIGN_IN_WINDOW_MINUTES=corkboard.sign-in.window-minutes \
  CORKBOARD_LISTING_LIFETIME=corkboard.listing.lifetime \
  CORKBOARD_LISTING_REMINDER_BEFORE=corkboard.listing.reminder-before \
  CORKBOARD_LISTING_MAX_ACTIVE=corkboard.listing.max-active \
  CORKBOARD_LISTING_MAX_PER_HOUR=corkboard.listing.max-per-hour \
  CORKBOARD_MESSAGING_MAX_NEW_CONVERSATIONS_PER_DAY=corkboard.messaging.max-new-conversations-per-day \
  CORKBOARD_MESSAGING_MAX_MESSAGES_PER_HOUR=corkboard.messaging.max-messages-per-hour \
  CORKBOARD_NOTIFICATION_MAIL_WAIT=corkboard.notification.mail-wait \
  CORKBOARD_NOTIFICATION_DIGEST_HOUR=corkboard.notification.digest-hour \
  CORKBOARD_JMS_REDELIVERY_DELAY=corkboard.jms.redelivery-delay \
  CORKBOARD_JMS_REDELIVERY_MULTIPLIER=corkboard.jms.redelivery-multiplier \
  CORKBOARD_SEARCH_FOLDER=corkboard.search.folder \
  CORKBOARD_SEARCH_PER_SECOND=corkboard.search.per-second \
  CORKBOARD_SEARCH_SUGGESTIONS_PER_SECOND=corkboard.search.suggestions-per-second \
  CORKBOARD_SEARCH_SUGGESTIONS_EVERY=corkboard.search.suggestions-every \
  CORKBOARD_MODERATION_AUTO_HIDE_REPORTS=corkboard.moderation.auto-hide-reports \
  CORKBOARD_HEALTH_MAIL_BACKLOG=corkboard.health.mail-backlog \
  CORKBOARD_PROXY_TRUSTED=corkboard.proxy.trusted \
  WILDFLY_PORT_OFFSET=jboss.socket.binding.port-offset
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
