const COLUMNS = 'id, name, username, position, roles, email, phone, keycloak_subject, department_id';

/** `$1` department filter, `$2` name search (LIKE pattern); both optional. */
const FILTER = `active AND ($1::uuid IS NULL OR department_id = $1) AND ($2::text IS NULL OR name LIKE $2)`;

export const StaffSql = {
  /** Keyset page ordered by (name, id): `$3`/`$4` the last row's key, `$5` the page size + 1. */
  page: `SELECT ${COLUMNS} FROM staff WHERE ${FILTER}
         AND ($3::text IS NULL OR (name, id) > ($3, $4::uuid))
         ORDER BY name, id LIMIT $5`,
  count: `SELECT count(*)::int AS n FROM staff WHERE ${FILTER}`,
};
