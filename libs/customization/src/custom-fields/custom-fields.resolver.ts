import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Cursor, RequestContexts } from '@pcrm/tenancy';
import { CustomizableEntities } from '../entities/customizable-entities';
import { CustomFieldDefinitionsService, type CustomFieldSpecPatch } from './custom-field-definitions.service';
import { mayEdit, type CustomFieldDefinitionData } from './custom-field.types';
import {
  CheckCustomFieldChangeArgs,
  CustomFieldChangesArgs,
  CustomFieldDefinitionsArgs,
  CustomFieldKeyArgs,
  DefineCustomFieldInput,
  UpdateCustomFieldArgs,
  type UpdateCustomFieldInput,
} from './custom-fields.inputs';
import {
  CustomFieldChangeCheck,
  CustomFieldChangeConnection,
  CustomFieldDefinition,
  CustomizableEntityInfo,
} from './custom-fields.model';

const roles = () => RequestContexts.require().principal.roles;

const toModel = (d: CustomFieldDefinitionData): CustomFieldDefinition => ({
  ...d,
  rules: Object.keys(d.rules).length ? d.rules : null,
  canEdit: mayEdit(d, roles()),
});

/** The GraphQL update input as a spec patch: a field left out stays `undefined` (kept). */
const patchOf = (input: UpdateCustomFieldInput): CustomFieldSpecPatch => ({
  labelKo: input.labelKo,
  labelEn: input.labelEn,
  type: input.type,
  required: input.required,
  defaultValue: input.defaultValue,
  rules: input.rules === undefined ? undefined : input.rules === null ? null : { ...input.rules },
  options: input.options?.map((o) => ({ ...o })) ?? input.options,
  helpKo: input.helpKo,
  helpEn: input.helpEn,
  position: input.position,
  group: input.group,
  readRoles: input.readRoles,
  editRoles: input.editRoles,
  personalData: input.personalData,
});

@Resolver(() => CustomFieldDefinition)
export class CustomFieldsResolver {
  constructor(
    @Inject(CustomFieldDefinitionsService) private readonly definitions: CustomFieldDefinitionsService,
    @Inject(CustomizableEntities) private readonly entities: CustomizableEntities,
  ) {}

  @Query(() => [CustomizableEntityInfo], { description: '사용자 정의 항목을 둘 수 있는 대상' })
  customizableEntities(): CustomizableEntityInfo[] {
    return this.entities
      .list()
      .map(({ id, labelKo, labelEn }) => ({ id, labelKo, labelEn }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  @Query(() => [CustomFieldDefinition], {
    description: '대상의 사용자 정의 항목 정의 (볼 수 있는 것만; 묶음, 순서대로)',
  })
  async customFieldDefinitions(@Args() args: CustomFieldDefinitionsArgs): Promise<CustomFieldDefinition[]> {
    return (await this.definitions.readable(args.entity, args.includeArchived, roles())).map(toModel);
  }

  @Query(() => CustomFieldChangeConnection, {
    description: '사용자 정의 항목 정의의 변경 이력 (최근 것부터)',
  })
  async customFieldChanges(@Args() args: CustomFieldChangesArgs): Promise<CustomFieldChangeConnection> {
    const { rows, hasNextPage } = await this.definitions.changes(
      args.entity,
      args.key ?? null,
      args.first,
      args.after ?? null,
    );
    const edges = rows.map((r) => ({ cursor: Cursor.encode([r.seq]), node: { ...r, id: r.seq } }));
    return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Mutation(() => CustomFieldDefinition, {
    description: '사용자 정의 항목 추가 (즉시 적용, 기존 레코드는 바뀌지 않음; 시·도 관리자, 이력·감사 기록)',
  })
  async defineCustomField(@Args('input') input: DefineCustomFieldInput): Promise<CustomFieldDefinition> {
    return toModel(
      await this.definitions.define(input.entity, input.key, {
        labelKo: input.labelKo,
        labelEn: input.labelEn,
        type: input.type,
        required: input.required,
        defaultValue: input.defaultValue ?? null,
        rules: { ...(input.rules ?? {}) },
        options: input.options.map((o) => ({ ...o })),
        helpKo: input.helpKo ?? null,
        helpEn: input.helpEn ?? null,
        position: input.position ?? null,
        group: input.group ?? null,
        readRoles: input.readRoles,
        editRoles: input.editRoles,
        personalData: input.personalData,
      }),
    );
  }

  @Mutation(() => CustomFieldDefinition, {
    description:
      '사용자 정의 항목 변경 (expectedVersion 이 다르거나, 맞지 않는 기존 레코드가 있으면 CONFLICT 와 그 수)',
  })
  async updateCustomField(@Args() args: UpdateCustomFieldArgs): Promise<CustomFieldDefinition> {
    return toModel(
      await this.definitions.update(args.entity, args.key, patchOf(args.input), args.expectedVersion),
    );
  }

  @Mutation(() => CustomFieldChangeCheck, {
    description: '변경 검사: 이 변경과 맞지 않는 기존 레코드 수와 20건까지의 보기 (아무것도 바꾸지 않음)',
  })
  checkCustomFieldChange(@Args() args: CheckCustomFieldChangeArgs): Promise<CustomFieldChangeCheck> {
    return this.definitions.check(args.entity, args.key, patchOf(args.input));
  }

  @Mutation(() => CustomFieldDefinition, { description: '항목 보관: 양식과 조회에서 숨기지만 값은 남김' })
  async archiveCustomField(@Args() args: CustomFieldKeyArgs): Promise<CustomFieldDefinition> {
    return toModel(await this.definitions.archive(args.entity, args.key));
  }

  @Mutation(() => CustomFieldDefinition, { description: '보관한 항목 되살리기 (남아 있던 값이 다시 보임)' })
  async restoreCustomField(@Args() args: CustomFieldKeyArgs): Promise<CustomFieldDefinition> {
    return toModel(await this.definitions.restore(args.entity, args.key));
  }
}
