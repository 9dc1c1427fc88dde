import {
  GraphQLError,
  defaultFieldResolver,
  isNullableType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode, FieldAccess, can, canRun, type FieldRule, type PersonalField } from '@pcrm/access';
import { RequestContexts } from '../context/request-context';
import { forbidden } from '../errors/app-errors';

/** One personal-data field about to be returned to the caller. */
export interface PersonalRead {
  readonly type: string;
  readonly field: string;
  readonly recordId: string;
  /** The caller saw a masked value (no `unmaskedBy` permission). */
  readonly masked: boolean;
  readonly info: GraphQLResolveInfo;
  readonly context: unknown;
}

/** Resolves once the read is durably recorded; rejects when it could not be (the value is then withheld). */
export type PersonalReadRecorder = (read: PersonalRead) => Promise<void>;

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

const callerRoles = (): readonly string[] => RequestContexts.current()?.principal.roles ?? [];

const fieldForbidden = (field: string): GraphQLError =>
  new GraphQLError('이 항목을 볼 권한이 없습니다.', {
    extensions: { code: ErrorCode.Forbidden, messageEn: 'You are not allowed to see this field.', field },
  });

function guardOperation(name: string, field: GraphQLField<unknown, unknown>): void {
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    if (!canRun(callerRoles(), name)) throw forbidden();
    return resolve(source, args, context, info);
  };
}

function guardField(
  type: string,
  name: string,
  field: GraphQLField<unknown, unknown>,
  rule: FieldRule,
  record: PersonalReadRecorder,
): void {
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
  const { read } = rule;
  const personal: PersonalField | undefined = rule.personal;
  field.resolve = (source, args, context, info) => {
    const roles = callerRoles();
    if (read && !can(roles, read)) throw fieldForbidden(name);
    const value = resolve(source, args, context, info);
    if (!personal) return value;
    return Promise.resolve(value).then(async (v) => {
      if (v === null || v === undefined) return v;
      const recordId = String((source as { id?: unknown }).id);
      await record({ type, field: name, recordId, masked: !can(roles, personal.unmaskedBy), info, context });
      return v;
    });
  };
}

/**
 * Applies the access map of @pcrm/access to the executable schema, once at start-up:
 * every root field checks its operation permission (missing from the map → FORBIDDEN for everyone);
 * only the fields listed in `FieldAccess` are wrapped, so every other field resolves untouched.
 * A field the caller may not read answers null with FORBIDDEN on its path; a personal field's value is
 * returned only after `record` has durably logged the read.
 */
export function enforceAccessMap(
  schema: GraphQLSchema,
  record: PersonalReadRecorder,
  fieldAccess: Readonly<Record<string, FieldRule>> = FieldAccess,
): GraphQLSchema {
  for (const rootName of ROOT_TYPES) {
    const root = schema.getType(rootName);
    if (!isObjectType(root)) continue;
    for (const [name, field] of Object.entries(root.getFields())) guardOperation(name, field);
  }
  for (const [coordinate, rule] of Object.entries(fieldAccess)) {
    const [typeName, fieldName] = coordinate.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`Access map names ${coordinate}, which the schema does not have`);
    if (rule.personal && !(type as GraphQLObjectType).getFields().id)
      throw new Error(
        `${coordinate} is personal data, so ${typeName} needs an id (the access log names the record)`,
      );
    if (rule.read && !isNullableType(field.type))
      throw new Error(`${coordinate} has a read permission, so it must be nullable (refused → null)`);
    guardField(typeName, fieldName, field, rule, record);
  }
  return schema;
}
