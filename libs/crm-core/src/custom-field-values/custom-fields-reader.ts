import { Inject, Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { Permission } from '@pcrm/access';
import { CustomFieldVisibility } from '@pcrm/customization';
import { RequestContexts } from '@pcrm/tenancy';
import { AccessLogWriter } from '../access-log';

/** Where a record's custom values are read: its entity, its GraphQL type and who may see personal data whole. */
export interface CustomFieldsSource {
  readonly entityId: string;
  readonly typeName: string;
  readonly unmaskedBy: Permission;
}

/**
 * A record's custom values as the caller may see them: only readable fields, personal-data fields masked
 * without `unmaskedBy`, and each personal-data field returned logged in the access log first (like the
 * core personal fields the access map guards), batched per request.
 */
@Injectable()
export class CustomFieldsReader {
  constructor(
    @Inject(CustomFieldVisibility) private readonly visibility: CustomFieldVisibility,
    @Inject(AccessLogWriter) private readonly accessLog: AccessLogWriter,
  ) {}

  async read(
    source: CustomFieldsSource,
    recordId: string,
    values: Record<string, unknown> | null | undefined,
    info: GraphQLResolveInfo,
    context: unknown,
  ): Promise<Record<string, unknown>> {
    const { roles } = RequestContexts.require().principal;
    const seen = await this.visibility.visible(source.entityId, values ?? {}, roles, source.unmaskedBy);
    await Promise.all(
      seen.personal.map((p) =>
        this.accessLog.record({
          type: source.typeName,
          field: `customFields.${p.key}`,
          recordId,
          masked: p.masked,
          info,
          context,
        }),
      ),
    );
    return seen.values;
  }
}
