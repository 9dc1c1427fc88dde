import { Inject, Injectable } from '@nestjs/common';
import { MASKS, can, type Permission } from '@pcrm/access';
import { CustomFieldDefinitionsService } from './custom-field-definitions.service';
import { CustomFieldType as T, mayRead, type CustomFieldDefinitionData } from './custom-field.types';
import type { CustomValues } from './custom-field-values.validator';

const HIDDEN = '***';

/** A personal-data value as a caller without the unmasking permission sees it (the same masks as core data). */
export function maskedValue(def: Pick<CustomFieldDefinitionData, 'type'>, value: unknown): unknown {
  switch (def.type) {
    case T.TEXT:
      return typeof value === 'string' ? MASKS.name(value) : HIDDEN;
    case T.PHONE:
      return typeof value === 'string' ? MASKS.phone(value) : HIDDEN;
    case T.EMAIL:
      return typeof value === 'string' ? MASKS.email(value) : HIDDEN;
    case T.DATE:
      return typeof value === 'string' ? MASKS.date(value) : HIDDEN;
    case T.ADDRESS: {
      const a = value as { road?: string; postalCode?: string; detail?: string };
      return {
        road: MASKS.address(a.road ?? ''),
        ...(a.postalCode ? { postalCode: `${a.postalCode.slice(0, 3)}**` } : {}),
        ...(a.detail ? { detail: HIDDEN } : {}),
      };
    }
    default:
      return HIDDEN;
  }
}

/** One personal-data field a caller is about to receive (for the access log). */
export interface PersonalCustomRead {
  key: string;
  masked: boolean;
}

/**
 * What a caller sees of a record's custom values: only active fields they may read, personal-data fields
 * masked unless they hold `unmaskedBy`; `personal` names the personal fields returned, for the access log.
 */
@Injectable()
export class CustomFieldVisibility {
  constructor(
    @Inject(CustomFieldDefinitionsService) private readonly definitions: CustomFieldDefinitionsService,
  ) {}

  async visible(
    entityId: string,
    values: CustomValues,
    roles: readonly string[],
    unmaskedBy: Permission,
  ): Promise<{ values: CustomValues; personal: PersonalCustomRead[] }> {
    const out: CustomValues = {};
    const personal: PersonalCustomRead[] = [];
    if (Object.keys(values).length === 0) return { values: out, personal };
    const unmasked = can(roles, unmaskedBy);
    for (const def of (await this.definitions.compiled(entityId)).active) {
      if (!(def.key in values) || !mayRead(def, roles)) continue;
      const value = values[def.key];
      if (def.personalData) {
        personal.push({ key: def.key, masked: !unmasked });
        out[def.key] = unmasked ? value : maskedValue(def, value);
      } else out[def.key] = value;
    }
    return { values: out, personal };
  }
}
