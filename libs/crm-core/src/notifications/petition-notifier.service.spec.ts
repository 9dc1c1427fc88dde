import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment } from '../../test/factories';
import { PetitionEvents, VocStatus, type PetitionEventType } from '../petitions';

/** The lifecycle's events become resident notices through the PetitionEvents seam, in the case's transaction. */
let bed: ServiceTestbed;
let events: PetitionEvents;
let departmentId: string;
let seq = 0;

beforeAll(async () => {
  bed = await serviceTestbed('petition notifier');
  events = bed.get(PetitionEvents);
  departmentId = await bed.scope(async () => {
    await bed.sql().query(
      `INSERT INTO voc_categories (tenant_id, code, name_ko, name_en) VALUES (current_setting('app.tenant_id', true), 'TRAFFIC', '교통', 'Traffic')
           ON CONFLICT DO NOTHING`,
    );
    await bed.sql().query(
      `INSERT INTO voc_workflows (tenant_id, key, version, standard_version, definition, created_by)
         VALUES (current_setting('app.tenant_id', true), 'petition', 1, 1, '{}', 'test')`,
    );
    return (await newDepartment(bed, { name: '교통정책과' })).id;
  });
});
afterAll(() => bed?.close());

interface Case {
  replyChannel: 'SMS' | 'EMAIL' | 'MAIL' | 'NONE';
  phone?: string | null;
  email?: string | null;
  status?: VocStatus;
  answer?: string | null;
}

/** A case row as the petitions capability writes it (inserted directly: its service is another branch's). */
async function newCase(c: Case): Promise<{ id: string; receiptNo: string }> {
  seq += 1;
  const receiptNo = `TEST-2026-${String(seq).padStart(6, '0')}`;
  const [row] = await bed.sql().query<{ id: string }>(
    `INSERT INTO voc_items (tenant_id, receipt_year, receipt_seq, receipt_no, source, channel, kind, handling_class,
       category_code, title, body, contact_phone, contact_email, reply_channel, status, workflow_key, workflow_version,
       department_id, received_at, period_value, period_unit, due_at, target_due_at, answer, created_by)
     VALUES (current_setting('app.tenant_id', true), 2026, $1, $2, 'PETITION', 'WEB', 'GRIEVANCE', 'SIMPLE_CONSULT',
       'TRAFFIC', '신호등 고장', '교차로 신호등이 꺼져 있습니다.', $3, $4, $5, $6, 'petition', 1,
       $7, '2026-11-27T01:00:00Z', 7, 'DAYS', '2026-12-07T09:00:00Z', '2026-12-02T09:00:00Z', $8, 'test') RETURNING id`,
    [
      seq,
      receiptNo,
      c.phone ?? null,
      c.email ?? null,
      c.replyChannel,
      c.status ?? VocStatus.RECEIVED,
      departmentId,
      c.answer ?? null,
    ],
  );
  return { id: row.id, receiptNo };
}

const publish = (
  type: PetitionEventType,
  voc: { id: string; receiptNo: string },
  status = VocStatus.RECEIVED,
) => events.publish({ type, vocId: voc.id, receiptNo: voc.receiptNo, status, occurredAt: new Date() });

const outboxOf = (vocId: string) =>
  bed.owner<{
    channel: string;
    sms_kind: string | null;
    recipient: string;
    template_key: string;
    body: string;
  }>(
    `SELECT channel, sms_kind, recipient, template_key, body FROM notification_outbox
      WHERE tenant_id = $1 AND subject_id = $2 ORDER BY created_at`,
    [bed.tenant.code, vocId],
  );

it('tells the resident of the receipt (number and due date in Seoul time), the assignment and a delay, by SMS', async () => {
  const voc = await bed.scope(async () => {
    const created = await newCase({ replyChannel: 'SMS', phone: '01012345678' });
    await publish('received', created);
    await publish('assigned', created, VocStatus.ASSIGNED);
    await publish('at-risk', created, VocStatus.ASSIGNED); // a staff alert, not a resident notice
    await publish('overdue', created, VocStatus.ASSIGNED);
    return created;
  });
  expect(await outboxOf(voc.id)).toEqual([
    {
      channel: 'SMS',
      sms_kind: 'SMS',
      recipient: '01012345678',
      template_key: 'voc.received',
      body: `[petition notifier] 민원 ${voc.receiptNo} 접수. 처리기한 2026-12-07 18:00`,
    },
    {
      channel: 'SMS',
      sms_kind: 'SMS',
      recipient: '01012345678',
      template_key: 'voc.assigned',
      body: `[petition notifier] 민원 ${voc.receiptNo} 담당: 교통정책과`,
    },
    {
      channel: 'SMS',
      sms_kind: 'SMS',
      recipient: '01012345678',
      template_key: 'voc.delayed',
      body: `[petition notifier] 민원 ${voc.receiptNo} 처리 지연: 처리기한 경과, 신속히 처리하겠습니다`,
    },
  ]);
});

it('writes nothing when the case change rolls back', async () => {
  let vocId = '';
  await expect(
    bed.scope(async () => {
      const created = await newCase({ replyChannel: 'EMAIL', email: 'resident@example.com' });
      vocId = created.id;
      await publish('received', created);
      throw new Error('the transition failed');
    }),
  ).rejects.toThrow('the transition failed');
  expect(await outboxOf(vocId)).toEqual([]);
});

it('sends a long answer with emoji as an LMS the phone can show, and the whole answer by e-mail', async () => {
  const answer = `교차로 신호기를 교체했습니다 👍 ${'현장 점검 결과를 자세히 알려 드립니다. '.repeat(40)}`;
  const [bySms, byMail] = await bed.scope(async () => {
    const sms = await newCase({
      replyChannel: 'SMS',
      phone: '01099998888',
      status: VocStatus.ANSWERED,
      answer,
    });
    const mail = await newCase({
      replyChannel: 'EMAIL',
      email: 'resident@example.com',
      status: VocStatus.ANSWERED,
      answer,
    });
    await publish('answered', sms, VocStatus.ANSWERED);
    await publish('answered', mail, VocStatus.ANSWERED);
    return [sms, mail];
  });
  const [sms] = await outboxOf(bySms.id);
  expect(sms).toMatchObject({ channel: 'SMS', sms_kind: 'LMS', template_key: 'voc.answered' });
  expect(sms.body).not.toContain('👍');
  expect(sms.body.endsWith('…')).toBe(true);
  const [mail] = await outboxOf(byMail.id);
  expect(mail).toMatchObject({ channel: 'EMAIL', sms_kind: null });
  expect(mail.body).toContain(answer);
});

it('uses e-mail when the SMS number is not a mobile, and sends nothing for post or no reply', async () => {
  const [landline, post, none] = await bed.scope(async () => {
    const cases = [
      await newCase({ replyChannel: 'SMS', phone: '0518881234', email: 'resident@example.com' }),
      await newCase({ replyChannel: 'MAIL', phone: '01012345678' }),
      await newCase({ replyChannel: 'NONE', email: 'resident@example.com' }),
    ];
    for (const c of cases) await publish('received', c);
    return cases;
  });
  expect(await outboxOf(landline.id)).toMatchObject([
    { channel: 'EMAIL', recipient: 'resident@example.com' },
  ]);
  expect(await outboxOf(post.id)).toEqual([]);
  expect(await outboxOf(none.id)).toEqual([]);
});

it('sends the survey link the survey capability issues when the case enters the survey step, by e-mail', async () => {
  const voc = await bed.scope(async () => {
    const created = await newCase({
      replyChannel: 'EMAIL',
      email: 'resident@example.com',
      answer: '고쳤습니다.',
    });
    await publish('survey-opened', created, VocStatus.SURVEY);
    return created;
  });
  const [message] = await outboxOf(voc.id);
  expect(message).toMatchObject({
    channel: 'EMAIL',
    recipient: 'resident@example.com',
    template_key: 'voc.survey',
  });
  const link = /(http:\/\/\S+\/r\/[^/\s]+\/survey\/([A-Za-z0-9_-]{43}))/.exec(message.body);
  expect(link).not.toBeNull();
  const [invitation] = await bed.owner<{ n: number }>(
    `SELECT count(*)::int AS n FROM voc_survey_invitations WHERE tenant_id = $1 AND voc_id = $2`,
    [bed.tenant.code, voc.id],
  );
  expect(invitation.n).toBe(1);
});
