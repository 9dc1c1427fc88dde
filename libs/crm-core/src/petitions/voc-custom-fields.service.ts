import { Inject, Injectable } from '@nestjs/common';
import { CustomFieldValuesValidator } from '@pcrm/customization';
import { RequestContexts, TenantDatabase, notFound, recordAudit, run } from '@pcrm/tenancy';
import { PETITION_ENTITY } from './petition.entity';
import { VocReadService } from './voc-read.service';
import type { VocItem } from './voc.model';
import { VocQueries as Q } from './voc.sql';

/**
 * A case's custom values after intake (the case page's form): a PATCH checked against the tenant's
 * petition fields and the caller's roles, the row locked, audited with the keys only (values may be
 * personal data). Required fields bind the staff member who may edit them (ADR 0022), so a case a resident
 * filed without them gets them here.
 */
@Injectable()
export class VocCustomFieldsService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomFieldValuesValidator) private readonly customValues: CustomFieldValuesValidator,
    @Inject(VocReadService) private readonly reads: VocReadService,
  ) {}

  async update(id: string, patch: Record<string, unknown>): Promise<VocItem> {
    const sql = this.db.request();
    const [row] = await run(sql, Q.customFieldsForUpdate(id));
    if (!row) throw notFound('민원', 'Petition');
    const { roles } = RequestContexts.require().principal;
    const values = await this.customValues.validate(PETITION_ENTITY.id, patch, row.custom_fields, { roles });
    await run(sql, Q.setCustomFields(id, values));
    await recordAudit(sql, {
      action: 'update',
      entity: 'voc',
      entityId: id,
      before: { customFieldKeys: Object.keys(row.custom_fields) },
      after: { customFieldKeys: Object.keys(values), changedKeys: Object.keys(patch) },
    });
    return this.reads.open(id);
  }
}
