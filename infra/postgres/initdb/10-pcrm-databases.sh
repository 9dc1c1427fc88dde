#!/bin/sh
# Runs once, when the postgres container initialises an empty data directory (/docker-entrypoint-initdb.d).
# Passwords come from the container environment (infra/.env), never from this repository.
set -eu

: "${PCRM_DB_OWNER_PASSWORD:?PCRM_DB_OWNER_PASSWORD is required}"
: "${PCRM_DB_APP_PASSWORD:?PCRM_DB_APP_PASSWORD is required}"
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD is required}"

psql -v ON_ERROR_STOP=1 --no-psqlrc \
  --username "$POSTGRES_USER" --dbname postgres \
  -v pcrm_owner_password="$PCRM_DB_OWNER_PASSWORD" \
  -v pcrm_app_password="$PCRM_DB_APP_PASSWORD" \
  -v keycloak_password="$KEYCLOAK_DB_PASSWORD" \
  -f /opt/pcrm/pcrm-databases.sql
