import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Permission } from '@pcrm/access';
import { CustomFieldFilters } from '@pcrm/customization';
import {
  AppError,
  Cursor,
  ErrorCode,
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  run,
  runOne,
  toConnection,
  type Connection,
  type Sql,
} from '@pcrm/tenancy';
import {
  CUSTOMER_ENTITY,
  CustomersService,
  type CustomerConnection,
  type CustomerSummaryRow,
} from '../customers';
import { SegmentQueries as Q, type CheckedRules, type SegmentKey, type SegmentWrite } from './segment.sql';
import { RuleError, customConditions, validateRules, type RuleGroup } from './segment-rules';
import {
  toSegment,
  toSegmentSnapshot,
  type Segment,
  type SegmentRow,
  type SegmentRuleProblem,
  type SegmentSnapshot,
} from './segment.model';
import type { CreateSegmentInput, UpdateSegmentInput } from './segment.inputs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const segmentNotFound = () => notFound('세그먼트', 'Segment');
const nameTaken = (name: string) =>
  conflict('name', `'${name}' 세그먼트가 이미 있습니다.`, `A segment named '${name}' already exists.`);
const staleVersion = () =>
  conflict(
    'version',
    '다른 사람이 먼저 이 세그먼트를 바꾸었습니다. 새로 불러온 뒤 다시 고쳐 주세요.',
    'Someone changed this segment first. Reload it and edit again.',
  );

const isUniqueViolation = (error: unknown, constraint: string): boolean => {
  const driver = (error as { driverError?: unknown }).driverError ?? error;
  const { code, constraint: violated } = driver as { code?: string; constraint?: string };
  return code === '23505' && violated === constraint;
};

/** The (name, id) key of a cursor; `maxName`: the longest name the list holds. */
function afterKey(cursor: string, maxName: number): SegmentKey {
  const [name, id] = Cursor.decode(cursor, 2);
  if (
    typeof name === 'string' &&
    name.length <= maxName &&
    !name.includes('\u0000') &&
    typeof id === 'string' &&
    UUID.test(id)
  )
    return { name, id };
  throw badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
}

/** A rule checked for use; a problem is BAD_USER_INPUT on the path of the offending part. */
export function checkRules(input: unknown, path: string): RuleGroup {
  try {
    return validateRules(input, path);
  } catch (error) {
    if (error instanceof RuleError) throw badInput(error.path, error.messageKo, error.messageEn);
    throw error;
  }
}

const isBadInput = (error: unknown): error is AppError =>
  error instanceof AppError && error.extensions.code === ErrorCode.BadUserInput;

/** What a saved rule that no longer runs for the caller is refused with, on the offending condition's path. */
const needsEditing = (problem: SegmentRuleProblem): AppError =>
  conflict(
    problem.field,
    `세그먼트 규칙을 고쳐야 합니다: ${problem.messageKo}`,
    `The segment's rule needs editing: ${problem.messageEn}`,
  );

const describe = (s: Segment) => ({ name: s.name, description: s.description, rules: s.rules });

/** Saved segments, their live counts and dated membership snapshots. */
@Injectable()
export class SegmentService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomersService) private readonly customers: CustomersService,
    @Inject(CustomFieldFilters) private readonly customFilters: CustomFieldFilters,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  private get actor(): string {
    const { principal } = RequestContexts.require();
    return principal.name ?? principal.username;
  }

  async page(first: number, after: string | null | undefined): Promise<Connection<Segment>> {
    const key = after ? afterKey(after, 100) : null;
    const [rows, { n }] = await Promise.all([
      run(this.sql, Q.page(key, first + 1)),
      runOne(this.sql, Q.total()),
    ]);
    return toConnection(rows as SegmentRow[], first, n, toSegment, (r) => [r.name, r.id]);
  }

  /** The segment, or null when it is not the caller's tenant's (RLS) or does not exist. */
  async find(id: string): Promise<Segment | null> {
    const [row] = await run(this.sql, Q.byId(id));
    return row ? toSegment(row as SegmentRow) : null;
  }

  async get(id: string): Promise<Segment> {
    const segment = await this.find(id);
    if (!segment) throw segmentNotFound();
    return segment;
  }

  /** How many active customers a rule selects now (nothing is saved). */
  async preview(rules: unknown, path = 'rules'): Promise<number> {
    return (await runOne(this.sql, Q.count(await this.checked(rules, path)))).n;
  }

  /**
   * The live count of a saved segment; null when its rule cannot run for the caller (`ruleProblem` says why).
   * Several segments of one request share no statement, each is one count.
   */
  async count(segment: Segment): Promise<number | null> {
    const checked = await this.runnableSegment(segment);
    if (!('rules' in checked)) return null;
    return (await runOne(this.sql, Q.count(checked))).n;
  }

  /** Why the saved rule cannot run for the caller now (a custom field archived or not theirs to search), or null. */
  async ruleProblem(segment: Segment): Promise<SegmentRuleProblem | null> {
    const checked = await this.runnableSegment(segment);
    return 'rules' in checked ? null : checked;
  }

  /**
   * The rule checked for the caller: its shape, then every custom-field condition against the tenant's customer
   * fields (an active field the caller may search by, a value of its type); BAD_USER_INPUT on the exact path.
   */
  private async checked(input: unknown, path: string): Promise<CheckedRules> {
    const rules = checkRules(input, path);
    const found = customConditions(rules, path);
    if (!found.length) return { rules, custom: new Map() };
    const { roles } = RequestContexts.require().principal;
    const conditions = await this.customFilters.conditionsAt(
      CUSTOMER_ENTITY.id,
      found.map(({ condition: { key, op, value }, path: at }) => ({ key, op, value, path: at })),
      roles,
      Permission.CustomerPersonalRead,
    );
    return { rules, custom: new Map(found.map(({ condition }, i) => [condition, conditions[i]])) };
  }

  /** A saved rule checked again for the caller, or the problem that keeps it from running. */
  private async runnable(rules: unknown): Promise<CheckedRules | SegmentRuleProblem> {
    try {
      return await this.checked(rules, 'rules');
    } catch (error) {
      if (!isBadInput(error)) throw error;
      return {
        field: String(error.extensions.field),
        messageKo: error.message,
        messageEn: String(error.extensions.messageEn),
      };
    }
  }

  /** A saved segment's rule checked once per request (its count and its problem ask both). */
  private runnableSegment(segment: Segment): Promise<CheckedRules | SegmentRuleProblem> {
    return RequestContexts.memo(`segments.rules.${segment.id}.${segment.version}`, () =>
      this.runnable(segment.rules),
    );
  }

  /** A saved rule ready for SQL; one that no longer runs for the caller is CONFLICT naming the condition. */
  private async stored(rules: unknown): Promise<CheckedRules> {
    const checked = await this.runnable(rules);
    if (!('rules' in checked)) throw needsEditing(checked);
    return checked;
  }

  async create(input: CreateSegmentInput): Promise<Segment> {
    const write: SegmentWrite = {
      name: input.name.trim(),
      description: input.description?.trim() || null,
      rules: (await this.checked(input.rules, 'input.rules')).rules,
    };
    const segment = toSegment(
      (await this.unique(write.name, () => runOne(this.sql, Q.insert(write, this.actor)))) as SegmentRow,
    );
    await recordAudit(this.sql, {
      action: 'create',
      entity: 'customer_segment',
      entityId: segment.id,
      after: describe(segment),
    });
    return segment;
  }

  async update(input: UpdateSegmentInput): Promise<Segment> {
    const before = await this.get(input.id);
    const write: SegmentWrite = {
      name: input.name?.trim() ?? before.name,
      description: input.description === undefined ? before.description : input.description?.trim() || null,
      rules:
        input.rules === undefined || input.rules === null
          ? before.rules
          : (await this.checked(input.rules, 'input.rules')).rules,
    };
    const [row] = await this.unique(write.name, () =>
      run(this.sql, Q.update(input.id, input.version, write)),
    );
    if (!row) throw staleVersion();
    const after = toSegment(row as SegmentRow);
    await recordAudit(this.sql, {
      action: 'update',
      entity: 'customer_segment',
      entityId: after.id,
      before: describe(before),
      after: describe(after),
    });
    return after;
  }

  /** Deletes the segment with its snapshots; returns its id. */
  async delete(id: string): Promise<string> {
    const [row] = await run(this.sql, Q.delete(id));
    if (!row) throw segmentNotFound();
    const segment = toSegment(row as SegmentRow);
    await recordAudit(this.sql, {
      action: 'delete',
      entity: 'customer_segment',
      entityId: id,
      before: describe(segment),
    });
    return id;
  }

  /** Fixes the segment's members as of now: one snapshot row with the count, one member row each. */
  async snapshot(id: string): Promise<SegmentSnapshot> {
    const segment = await this.get(id);
    const row = await runOne(
      this.sql,
      Q.snapshot(id, randomUUID(), await this.stored(segment.rules), this.actor),
    );
    const snapshot = toSegmentSnapshot(row);
    await recordAudit(this.sql, {
      action: 'create',
      entity: 'customer_segment_snapshot',
      entityId: snapshot.id,
      after: { segmentId: id, memberCount: snapshot.memberCount },
    });
    return snapshot;
  }

  /** The most recent `last` snapshots of a segment, oldest first (a chart's series); batched per request. */
  snapshots(segmentId: string, last: number): Promise<SegmentSnapshot[]> {
    return RequestContexts.memo(`segments.snapshots.${last}`, () => {
      return new DataLoader<string, SegmentSnapshot[]>(async (ids) => {
        const bySegment = new Map<string, SegmentSnapshot[]>();
        for (const row of await run(this.sql, Q.snapshots(ids, last))) {
          const list = bySegment.get(row.segment_id) ?? [];
          list.push(toSegmentSnapshot(row));
          bySegment.set(row.segment_id, list);
        }
        return ids.map((id) =>
          (bySegment.get(id) ?? []).sort(
            (a, b) => a.takenAt.getTime() - b.takenAt.getTime() || a.id.localeCompare(b.id),
          ),
        );
      });
    }).load(segmentId);
  }

  /** The segment's members now, as the customer list shows them (masked), in (name, id) pages. */
  async members(
    segment: Segment,
    first: number,
    after: string | null | undefined,
  ): Promise<CustomerConnection> {
    const key = after ? afterKey(after, 200) : null;
    const rules = await this.stored(segment.rules);
    const rows = await run(this.sql, Q.memberSummaries(rules, key, first + 1));
    return this.customers.connection(
      rows as CustomerSummaryRow[],
      first,
      async () => (await runOne(this.sql, Q.count(rules))).n,
    );
  }

  /**
   * A page of the ids of a rule's members in customer-number order, after `afterNo` (a customer number);
   * for exports and lists that load the customers themselves.
   */
  async memberPage(
    rules: RuleGroup,
    afterNo: string | null,
    limit: number,
  ): Promise<{ id: string; customerNo: string }[]> {
    const rows = await run(this.sql, Q.memberPage(await this.stored(rules), afterNo, limit));
    return rows.map((r) => ({ id: r.id, customerNo: String(r.customer_no) }));
  }

  /**
   * Stored rules were checked when saved; checking again keeps an old rule from reaching SQL unchecked, and
   * one whose custom field was archived (or is not the caller's to search by) from running at all.
   */
  async storedRules(segment: Segment): Promise<RuleGroup> {
    return (await this.stored(segment.rules)).rules;
  }

  private async unique<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'customer_segments_name_key')) throw nameTaken(name);
      throw error;
    }
  }
}
