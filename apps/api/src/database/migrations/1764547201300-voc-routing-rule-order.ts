import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Routing rules become an ordered list administrators edit (issue 8, routing): a rule matches when its
 * category (if it has one) is the case's AND one of its keywords (if it has any) is in the text, and the
 * lowest priority number wins. Before, a category match outranked every keyword match and a rule with both
 * matched on either. The rules seeded under that reading (category + the category's keywords) are split
 * here into a category rule and a keyword rule behind all category rules, so every tenant routes as before.
 */
export class VocRoutingRuleOrder1764547201300 implements MigrationInterface {
  name = 'VocRoutingRuleOrder1764547201300';

  async up(q: QueryRunner): Promise<void> {
    // Each tenant under its own app.tenant_id: the table forces row-level security.
    await q.query(`
      DO $do$
      DECLARE
        tenant text;
        caller text := current_setting('app.tenant_id', true);
      BEGIN
        FOR tenant IN SELECT id FROM tenants LOOP
          PERFORM set_config('app.tenant_id', tenant, true);
          INSERT INTO voc_routing_rules (tenant_id, category_code, keywords, department_id, priority, active,
                                         created_by, created_at)
            SELECT tenant_id, NULL, keywords, department_id, priority + 100000, active, created_by, created_at
            FROM voc_routing_rules
            WHERE category_code IS NOT NULL AND cardinality(keywords) > 0 AND created_by = 'system:routing';
          UPDATE voc_routing_rules SET keywords = '{}', updated_at = now()
            WHERE category_code IS NOT NULL AND cardinality(keywords) > 0 AND created_by = 'system:routing';
        END LOOP;
        PERFORM set_config('app.tenant_id', coalesce(caller, ''), true);
      END
      $do$`);
    await q.query(`ALTER TABLE voc_routing_rules ADD CONSTRAINT voc_routing_rules_priority_check
                     CHECK (priority BETWEEN 1 AND 1000000)`);
    await q.query(
      `CREATE INDEX voc_routing_rules_order_idx ON voc_routing_rules (tenant_id, priority, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX voc_routing_rules_order_idx`);
    await q.query(`ALTER TABLE voc_routing_rules DROP CONSTRAINT voc_routing_rules_priority_check`);
  }
}
