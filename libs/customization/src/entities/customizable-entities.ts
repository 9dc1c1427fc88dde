import type { CustomizableEntity } from './customizable-entity';

/**
 * The port through which core capabilities register their customizable entities at start-up.
 * Framework-free (no constructor dependencies), so Nest provides it as is and unit tests use it directly.
 */
export class CustomizableEntities {
  private readonly byId = new Map<string, CustomizableEntity>();

  register(entity: CustomizableEntity): void {
    const existing = this.byId.get(entity.id);
    if (existing === entity) return;
    if (existing) throw new Error(`Customizable entity '${entity.id}' is registered twice`);
    const sameTable = this.list().find((e) => e.table === entity.table);
    if (sameTable)
      throw new Error(`Table '${entity.table}' already belongs to customizable entity '${sameTable.id}'`);
    this.byId.set(entity.id, entity);
  }

  get(id: string): CustomizableEntity | undefined {
    return this.byId.get(id);
  }

  list(): CustomizableEntity[] {
    return [...this.byId.values()];
  }
}
