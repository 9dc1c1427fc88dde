import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { integratorToken } from './support/api';
import { freePort } from './support/free-port';
import { startServerProcess, type ServerProcess } from './support/server-process';

/**
 * Servers of their own on the tests' database, with small limits, so one caller's burst and a full pool
 * can be shown without disturbing the shared server. 127.0.0.1 only.
 */
jest.setTimeout(180_000);

const HEAVY = `{
  staff(first: 200) { edges { node { id name department { name staffCount } } } }
  departments { id name staffCount }
}`;

let limited: ServerProcess;
let smallPool: ServerProcess;

async function serverWith(env: Record<string, string>): Promise<ServerProcess> {
  return startServerProcess(
    {
      DATABASE_URL: process.env.PCRM_OWNER_DATABASE_URL!,
      PCRM_APP_DB_PASSWORD: 'pcrm-app-test',
      PCRM_DATA_DIR: await mkdtemp(join(tmpdir(), 'pcrm-limits-')),
      PCRM_SEED_DEMO: '0', // the shared server seeded the demo organization already
      ...env,
    },
    await freePort(),
  );
}

beforeAll(async () => {
  [limited, smallPool] = await Promise.all([
    serverWith({
      PCRM_DB_POOL_SIZE: '6',
      PCRM_CALLER_CONCURRENCY: '2',
      PCRM_CALLER_QUEUE: '2',
      PCRM_RATE_LIMIT: '0.5',
      PCRM_RATE_BURST: '30',
    }),
    serverWith({ PCRM_DB_POOL_SIZE: '1', PCRM_DB_ACQUIRE_TIMEOUT_MS: '2000' }),
  ]);
});

afterAll(async () => {
  await Promise.all([limited?.stop(), smallPool?.stop()]);
});

interface Answer {
  status: number;
  retryAfter: string | null;
  ms: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: {
      message: string;
      extensions: { code: string; messageEn: string; retryAfterSeconds?: number };
    }[];
  };
}

async function graphql(server: ServerProcess, token: string, query: string): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    ms: Date.now() - started,
    body: (await res.json()) as Answer['body'],
  };
}

describe('one caller cannot starve the others', () => {
  it('a dozen concurrent heavy requests of one token: the excess gets 429, another tenant and /health keep answering', async () => {
    const busan = await integratorToken('busan', limited.url);
    const gwangju = await integratorToken('gwangju', limited.url);
    expect((await graphql(limited, busan, '{ me { username } }')).status).toBe(200);

    const heavy = Array.from({ length: 12 }, () => graphql(limited, busan, HEAVY));
    const other = graphql(limited, gwangju, '{ departments { id name } }');
    // /health has its own 2 s database timeout, which a starved CPU (not a starved pool) can exceed once:
    // it must be answering 200 again within the bound while the heavy requests run
    const healthStarted = Date.now();
    const health = (async () => {
      for (;;) {
        const status = (await fetch(`${limited.url}/health`)).status;
        if (status === 200 || Date.now() - healthStarted > 10_000)
          return { status, ms: Date.now() - healthStarted };
      }
    })();

    const answers = await Promise.all(heavy);
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 429)).toEqual([]);
    // 2 run and 2 wait in line; the other 8 are refused at once
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(2);
    for (const r of refused) {
      expect(r.retryAfter).toBe('1');
      expect(r.body.errors?.[0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: 1,
        messageEn: 'Too many requests at the same time. Try again when earlier requests have finished.',
      });
      expect(r.body.errors?.[0].message).toContain('동시에 처리 중인 요청이 너무 많습니다');
    }

    const otherAnswer = await other;
    expect(otherAnswer.status).toBe(200);
    expect((otherAnswer.body.data?.departments as unknown[]).length).toBeGreaterThan(10);
    expect(otherAnswer.ms).toBeLessThan(10_000);
    expect(await health).toEqual({ status: 200, ms: expect.any(Number) });
    expect((await health).ms).toBeLessThan(10_000);
  });

  it('past the rate limit a caller gets 429 with Retry-After; other callers are not affected', async () => {
    const daegu = await integratorToken('daegu', limited.url);
    const gwangju = await integratorToken('gwangju', limited.url);
    let last: Answer | undefined;
    for (let i = 0; i < 40; i++) {
      last = await graphql(limited, daegu, '{ me { username } }');
      if (last.status !== 200) break;
    }
    expect(last!.status).toBe(429);
    const seconds = Number(last!.retryAfter);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(2);
    expect(last!.body.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      messageEn: `Too many requests. Try again in ${seconds} s.`,
    });
    expect(last!.body.errors?.[0].message).toBe(
      `요청이 너무 많습니다. ${seconds}초 후에 다시 시도해 주세요.`,
    );
    expect((await graphql(limited, gwangju, '{ me { username } }')).status).toBe(200);
  });
});

describe('a full connection pool', () => {
  it('answers 503 SERVICE_UNAVAILABLE after the acquire timeout instead of waiting without end', async () => {
    const jeju = await integratorToken('jeju', smallPool.url);
    const gangwon = await integratorToken('gangwon', smallPool.url);
    const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await owner.connect();
    try {
      await owner.query('BEGIN');
      const {
        rows: [department],
      } = await owner.query<{ id: string; name: string }>(
        `SELECT id, name FROM departments WHERE tenant_id = 'jeju' ORDER BY code LIMIT 1 FOR UPDATE`,
      );
      // holds the pool's only connection, waiting for the row lock
      const blocked = graphql(
        smallPool,
        jeju,
        `mutation { updateDepartment(input: { id: "${department.id}", name: ${JSON.stringify(department.name)} }) { id } }`,
      );
      for (let i = 0; i < 100; i++) {
        const { rows } = await owner.query(
          `SELECT 1 FROM pg_stat_activity WHERE application_name = 'pcrm-api' AND wait_event_type = 'Lock'`,
        );
        if (rows.length) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const starved = await graphql(smallPool, gangwon, '{ departments { id } }');
      expect(starved.status).toBe(503);
      expect(starved.retryAfter).toBe('5');
      expect(starved.body.errors?.[0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        messageEn:
          'The server is busy: no database connection became free in time. Please try again shortly.',
      });
      expect(starved.body.errors?.[0].message).toContain('데이터베이스 연결');
      expect(starved.ms).toBeLessThan(10_000);

      await owner.query('ROLLBACK');
      expect((await blocked).status).toBe(200);
      expect((await graphql(smallPool, gangwon, '{ departments { id } }')).status).toBe(200);
    } finally {
      await owner.query('ROLLBACK').catch(() => undefined);
      await owner.end();
    }
  });
});
