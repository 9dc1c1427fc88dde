import { createHash } from 'node:crypto';
import { Ajv, type ErrorObject } from 'ajv';
import { TENANT_ROLES } from '@pcrm/access';
import { TENANT_CODE_PATTERN, badInput, controlOrFormatCharacter } from '@pcrm/tenancy';
import {
  CUSTOM_FIELD_KEY,
  CUSTOM_FIELD_LIMITS,
  CUSTOM_FIELD_TYPES,
  type CustomFieldSpec,
} from '../custom-fields/custom-field.types';
import { TERM_KEY_PATTERN } from '../terminology/term-catalog';
import type { VocSettingsValues } from '../reference-data/voc-settings-rules';

export const PACKAGE_FORMAT = 'pcrm.customization-package';
export const PACKAGE_FORMAT_VERSION = 1;
/** The largest package accepted (its JSON, UTF-8): well under the API's 1 MiB request body. */
export const PACKAGE_MAX_BYTES = 512 * 1024;

/** The parts of a tenant's customization a package can carry (docs/adr/0027). */
export const PACKAGE_SECTIONS = ['customFields', 'terminology', 'referenceData'] as const;
export type PackageSection = (typeof PACKAGE_SECTIONS)[number];

/** A custom field definition as it travels: what an administrator decides, nothing of the source tenant's rows. */
export interface PackageField extends CustomFieldSpec {
  entity: string;
  key: string;
}

/** A term the source tenant renamed, with its effective labels in both languages. */
export interface PackageTerm {
  key: string;
  ko: string;
  en: string;
}

export interface PackageReferenceData {
  vocSettings?: VocSettingsValues;
}

export interface PackageSections {
  customFields?: PackageField[];
  terminology?: PackageTerm[];
  referenceData?: PackageReferenceData;
}

export interface CustomizationPackage {
  format: typeof PACKAGE_FORMAT;
  formatVersion: typeof PACKAGE_FORMAT_VERSION;
  standardVersion: number;
  sourceTenant: string;
  exportedAt: string;
  exportedBy: string;
  sections: PackageSections;
  checksum: string;
}

/** JSON with every object's keys sorted, so equal content always has the same text (and checksum). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** `sha256:<hex>` over the canonical JSON of everything in the package but the checksum itself. */
export function packageChecksum(pkg: Omit<CustomizationPackage, 'checksum'>): string {
  const { format, formatVersion, standardVersion, sourceTenant, exportedAt, exportedBy, sections } = pkg;
  const body = { format, formatVersion, standardVersion, sourceTenant, exportedAt, exportedBy, sections };
  return `sha256:${createHash('sha256').update(canonicalJson(body)).digest('hex')}`;
}

const nullable = (type: string) => ({ type: [type, 'null'] });
const text = (max: number) => ({ type: 'string', maxLength: max });
const nullableText = (max: number) => ({ type: ['string', 'null'], maxLength: max });

const FIELD_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [
    'entity',
    'key',
    'labelKo',
    'labelEn',
    'type',
    'required',
    'defaultValue',
    'rules',
    'options',
    'helpKo',
    'helpEn',
    'position',
    'group',
    'readRoles',
    'editRoles',
    'personalData',
  ],
  properties: {
    entity: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}\\.[a-z][a-z0-9-]{0,39}$' },
    key: { type: 'string', pattern: CUSTOM_FIELD_KEY.source },
    labelKo: text(CUSTOM_FIELD_LIMITS.label),
    labelEn: text(CUSTOM_FIELD_LIMITS.label),
    type: { type: 'string', enum: CUSTOM_FIELD_TYPES },
    required: { type: 'boolean' },
    defaultValue: {},
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minLength: nullable('integer'),
        maxLength: nullable('integer'),
        minimum: nullable('number'),
        maximum: nullable('number'),
        pattern: nullableText(CUSTOM_FIELD_LIMITS.pattern),
      },
    },
    options: {
      type: 'array',
      maxItems: CUSTOM_FIELD_LIMITS.options,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['value', 'labelKo', 'labelEn'],
        properties: {
          value: text(CUSTOM_FIELD_LIMITS.optionValue),
          labelKo: text(CUSTOM_FIELD_LIMITS.label),
          labelEn: text(CUSTOM_FIELD_LIMITS.label),
        },
      },
    },
    helpKo: nullableText(CUSTOM_FIELD_LIMITS.help),
    helpEn: nullableText(CUSTOM_FIELD_LIMITS.help),
    position: { type: 'integer', minimum: 0, maximum: 100_000 },
    group: nullableText(CUSTOM_FIELD_LIMITS.group),
    readRoles: { type: 'array', maxItems: 10, items: { type: 'string', enum: TENANT_ROLES } },
    editRoles: { type: 'array', maxItems: 10, items: { type: 'string', enum: TENANT_ROLES } },
    personalData: { type: 'boolean' },
  },
};

const PACKAGE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [
    'format',
    'formatVersion',
    'standardVersion',
    'sourceTenant',
    'exportedAt',
    'exportedBy',
    'sections',
    'checksum',
  ],
  properties: {
    format: { const: PACKAGE_FORMAT },
    formatVersion: { const: PACKAGE_FORMAT_VERSION },
    standardVersion: { type: 'integer', minimum: 1, maximum: 10_000 },
    sourceTenant: { type: 'string', pattern: TENANT_CODE_PATTERN.source },
    exportedAt: { type: 'string', maxLength: 40 },
    exportedBy: text(200),
    checksum: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
    sections: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        // Four entities with at most 200 fields each.
        customFields: { type: 'array', maxItems: 800, items: FIELD_SCHEMA },
        terminology: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['key', 'ko', 'en'],
            properties: { key: { type: 'string', pattern: TERM_KEY_PATTERN }, ko: text(100), en: text(100) },
          },
        },
        referenceData: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            vocSettings: {
              type: 'object',
              additionalProperties: false,
              required: ['targetShare', 'surveyThreshold', 'surveyValidDays', 'progressNoticeDays'],
              properties: {
                targetShare: { type: 'number' },
                surveyThreshold: { type: 'number' },
                surveyValidDays: { type: 'integer' },
                progressNoticeDays: { type: 'integer' },
              },
            },
          },
        },
      },
    },
  },
};

const validateShape = new Ajv({ strict: true, allErrors: false, allowUnionTypes: true }).compile(
  PACKAGE_SCHEMA,
);

const pathOf = (instancePath: string): string =>
  `package${instancePath.replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~')}`;

/** The first shape problem as BAD_USER_INPUT on the path inside the package, in both languages. */
function shapeError(e: ErrorObject) {
  const at = pathOf(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperty':
    case 'additionalProperties':
      return at === 'package.sections' && p.additionalProperty === 'workflowOverlay'
        ? badInput(
            `${at}.workflowOverlay`,
            '워크플로 변경(workflowOverlay)은 이 형식 버전의 꾸러미로 옮길 수 없습니다. 워크플로 편집 화면에서 만들어 주세요.',
            'Workflow overlays (workflowOverlay) cannot travel in this package format version; build them in the workflow editor.',
          )
        : badInput(
            `${at}.${String(p.additionalProperty)}`,
            `꾸러미에 알 수 없는 항목 '${String(p.additionalProperty).slice(0, 60)}' 이(가) 있습니다 (${at}).`,
            `The package has an unknown property '${String(p.additionalProperty).slice(0, 60)}' (${at}).`,
          );
    case 'required':
      return badInput(
        `${at}.${String(p.missingProperty)}`,
        `꾸러미에 '${String(p.missingProperty)}' 이(가) 없습니다 (${at}).`,
        `The package lacks '${String(p.missingProperty)}' (${at}).`,
      );
    case 'maxItems':
      return badInput(
        at,
        `꾸러미의 ${at} 에 항목이 너무 많습니다 (최대 ${String(p.limit)}개).`,
        `${at} has too many items (at most ${String(p.limit)}).`,
      );
    case 'minProperties':
      return badInput(at, `꾸러미의 ${at} 이(가) 비어 있습니다.`, `${at} is empty.`);
    default:
      return badInput(
        at,
        `꾸러미의 ${at} 값이 올바르지 않습니다.`,
        `${at} is invalid: ${e.message ?? e.keyword}.`,
      );
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The first string in `value` that carries a record id or an invisible character, with its path. */
function foreignOrHidden(value: unknown, path: string): { path: string; kind: 'id' | 'hidden' } | null {
  if (typeof value === 'string') {
    if (UUID.test(value)) return { path, kind: 'id' };
    if (controlOrFormatCharacter(value)) return { path, kind: 'hidden' };
    return null;
  }
  if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const found = foreignOrHidden(k, path) ?? foreignOrHidden(v, `${path}.${k}`);
      if (found) return found;
    }
  return null;
}

function duplicates(pkg: CustomizationPackage): void {
  const seen = new Set<string>();
  (pkg.sections.customFields ?? []).forEach((f, i) => {
    const id = `${f.entity}:${f.key}`;
    if (seen.has(id))
      throw badInput(
        `package.sections.customFields.${i}.key`,
        `꾸러미에 같은 항목(${f.entity} / ${f.key})이 두 번 있습니다.`,
        `The package lists the field ${f.entity} / ${f.key} twice.`,
      );
    seen.add(id);
  });
  (pkg.sections.terminology ?? []).forEach((t, i) => {
    if (seen.has(t.key))
      throw badInput(
        `package.sections.terminology.${i}.key`,
        `꾸러미에 같은 용어(${t.key})가 두 번 있습니다.`,
        `The package lists the term ${t.key} twice.`,
      );
    seen.add(t.key);
  });
}

/**
 * The package `input` after every check that needs no database: a JSON object at most PACKAGE_MAX_BYTES, our
 * format and version, the exact shape (no unknown properties), no record ids and no invisible characters
 * anywhere, no item twice, and a checksum that matches the content. Each problem is BAD_USER_INPUT on the
 * path inside the package (`package.sections.customFields.3.key`).
 */
export function readPackage(input: unknown): CustomizationPackage {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw badInput(
      'package',
      '꾸러미는 JSON 객체여야 합니다. 내보내기로 받은 파일을 그대로 올려 주세요.',
      'A package is a JSON object: upload the file an export produced, unchanged.',
    );
  const bytes = Buffer.byteLength(JSON.stringify(input), 'utf8');
  if (bytes > PACKAGE_MAX_BYTES)
    throw badInput(
      'package',
      `꾸러미가 너무 큽니다 (${Math.ceil(bytes / 1024).toLocaleString('ko-KR')} KB, 최대 ${PACKAGE_MAX_BYTES / 1024} KB). 영역이나 대상을 나누어 내보내 주세요.`,
      `The package is too large (${Math.ceil(bytes / 1024)} KB, at most ${PACKAGE_MAX_BYTES / 1024} KB): export fewer sections or entities at a time.`,
    );
  const raw = input as Record<string, unknown>;
  if (raw.format !== PACKAGE_FORMAT)
    throw badInput(
      'package.format',
      `알 수 없는 꾸러미 형식입니다 (format 은 '${PACKAGE_FORMAT}' 이어야 합니다).`,
      `Unknown package format (format must be '${PACKAGE_FORMAT}').`,
    );
  if (raw.formatVersion !== PACKAGE_FORMAT_VERSION)
    throw badInput(
      'package.formatVersion',
      `이 꾸러미의 형식 버전(${String(raw.formatVersion).slice(0, 20)})은 읽을 수 없습니다. 형식 버전 ${PACKAGE_FORMAT_VERSION} 만 가져올 수 있습니다.`,
      `Package format version ${String(raw.formatVersion).slice(0, 20)} cannot be read; only version ${PACKAGE_FORMAT_VERSION} can be imported.`,
    );
  if (!validateShape(input)) throw shapeError(validateShape.errors![0]);
  const pkg = input as unknown as CustomizationPackage;
  const found = foreignOrHidden(pkg.sections, 'package.sections');
  if (found?.kind === 'id')
    throw badInput(
      found.path,
      `꾸러미에 레코드 ID(UUID)가 들어 있습니다 (${found.path}). 레코드 ID는 시·도마다 달라 옮길 수 없습니다.`,
      `The package carries a record id (UUID) at ${found.path}; record ids belong to one tenant and cannot travel.`,
    );
  if (found)
    throw badInput(
      found.path,
      `꾸러미의 ${found.path} 에 보이지 않는 제어·서식 문자가 있습니다.`,
      `${found.path} holds an invisible control or format character.`,
    );
  if (Number.isNaN(Date.parse(pkg.exportedAt)))
    throw badInput(
      'package.exportedAt',
      '꾸러미의 내보낸 시각(exportedAt)이 올바르지 않습니다.',
      'package.exportedAt is not a date-time.',
    );
  duplicates(pkg);
  if (packageChecksum(pkg) !== pkg.checksum)
    throw badInput(
      'package.checksum',
      '꾸러미 내용이 체크섬과 맞지 않습니다. 내보낸 뒤 바뀌었거나 손상되었습니다: 다시 내보내 주세요.',
      'The package content does not match its checksum: it was changed or damaged after export. Export it again.',
    );
  return pkg;
}
