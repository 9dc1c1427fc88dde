-- PCRM databases and roles on a fresh PostgreSQL (17). Idempotent: safe to run again, e.g. to rotate passwords.
--
--   psql -v ON_ERROR_STOP=1 \
--        -v pcrm_owner_password="$PCRM_DB_OWNER_PASSWORD" \
--        -v pcrm_app_password="$PCRM_DB_APP_PASSWORD" \
--        -v keycloak_password="$KEYCLOAK_DB_PASSWORD" \
--        -U postgres -d postgres -f infra/postgres/pcrm-databases.sql
--
-- docker-compose runs it on first start through initdb/10-pcrm-databases.sh; on a managed PostgreSQL run it
-- once as the administrator. Roles (DESIGN.md, "Tenancy: shared tables, enforced by PostgreSQL"):
--
--   pcrm_owner  owns the pcrm database and its schema; migrations run as this role (DATABASE_URL).
--   pcrm_app    what the API connects as at runtime (DATABASE_APP_URL): owns nothing, cannot bypass
--               row-level security, cannot create objects. Table privileges are granted by the migrations.
--   keycloak    owns the keycloak database (Keycloak's own schema, managed by Keycloak).
--
-- None of them is a superuser; none can create roles or databases.

\set ON_ERROR_STOP on

-- ---- roles ----------------------------------------------------------------------------------------------
SELECT 'CREATE ROLE pcrm_owner' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pcrm_owner') \gexec
ALTER ROLE pcrm_owner WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'pcrm_owner_password';

SELECT 'CREATE ROLE pcrm_app' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pcrm_app') \gexec
ALTER ROLE pcrm_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT
  PASSWORD :'pcrm_app_password';
-- A request transaction left open (a crashed handler, a stuck client) must not hold locks and a tenant
-- context forever.
ALTER ROLE pcrm_app SET idle_in_transaction_session_timeout = '60s';

SELECT 'CREATE ROLE keycloak' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keycloak') \gexec
ALTER ROLE keycloak WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'keycloak_password';

-- ---- databases --------------------------------------------------------------------------------------------
-- UTF-8 with the C.UTF-8 locale: byte-order collation (stable across OS upgrades, so no index rebuilds after
-- a glibc update) that still sorts 한글 in 가나다 order, since Hangul syllables are in that order in Unicode.
SELECT 'CREATE DATABASE pcrm OWNER pcrm_owner ENCODING ''UTF8'' LOCALE ''C.UTF-8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'pcrm') \gexec
SELECT 'CREATE DATABASE keycloak OWNER keycloak ENCODING ''UTF8'' LOCALE ''C.UTF-8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'keycloak') \gexec

REVOKE ALL ON DATABASE pcrm FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE pcrm TO pcrm_owner, pcrm_app;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE keycloak TO keycloak;

-- ---- inside pcrm --------------------------------------------------------------------------------------------
\connect pcrm
-- The schema belongs to the owner role (migrations create tables in it); nobody else may create objects.
ALTER SCHEMA public OWNER TO pcrm_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pcrm_app;

\connect keycloak
ALTER SCHEMA public OWNER TO keycloak;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
