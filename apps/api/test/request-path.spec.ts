import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { Client } from 'pg';
import { baseUrl, gql, integratorToken } from './support/api';

/** POST /graphql takes the lean path; these hold for it exactly as for the Express route. */
let token: string;
beforeAll(async () => {
  token = await integratorToken('ulsan');
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body,
  });

interface ErrorBody {
  errors: { message: string; extensions: { code: string; messageEn: string } }[];
}

describe('bad request bodies', () => {
  it('broken JSON is a 400 that says why', async () => {
    const res = await post('{"query": "{ me { username } }"');
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toContain('JSON');
    expect(body.errors[0].extensions.messageEn).toContain('not valid JSON');
  });

  it('a JSON body that is not an object is a 400', async () => {
    const res = await post('"{ me { username } }"');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a body over 1 MB sent without Content-Length (chunked) is a 413', async () => {
    const url = new URL(`${baseUrl()}/graphql`);
    const status = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        },
        (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        },
      );
      req.on('error', reject);
      req.write('{"query":"{ me { username } }","variables":{"pad":"');
      for (let i = 0; i < 12; i++) req.write('x'.repeat(100_000));
      req.end('"}}');
    });
    expect(status.status).toBe(413);
    expect((JSON.parse(status.body) as ErrorBody).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('no token is a 401 with WWW-Authenticate, before the body is read', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ broken',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('invalid_token');
    expect(((await res.json()) as ErrorBody).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('the lean path sends the protective headers and no-store', async () => {
    const res = await post(JSON.stringify({ query: '{ me { username } }' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('the lean path answers with the byte length of its body, not chunked (Korean text included)', async () => {
    const url = new URL(`${baseUrl()}/graphql`);
    const payload = JSON.stringify({ query: '{ me { tenant { nameKo } } }' });
    const answer = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = httpRequest(
          url,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end(payload);
      },
    );
    expect(answer.headers['transfer-encoding']).toBeUndefined();
    expect(answer.headers['content-length']).toBe(String(answer.body.length));
    expect(answer.body.toString('utf8')).toContain('울산');
  });

  it('other /graphql requests still go through authentication and GraphQL (Express route)', async () => {
    const query = encodeURIComponent('{ me { username } }');
    const anonymous = await fetch(`${baseUrl()}/graphql?query=${query}`);
    expect(anonymous.status).toBe(401);
    const get = await fetch(`${baseUrl()}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { me: { username: string } } }).data.me.username).toContain(
      'pcrm-integrator',
    );
  });
});

describe('persisted queries', () => {
  it('a hash that does not match the query is a 400 BAD_REQUEST, not an internal error', async () => {
    const query = '{ me { username } }';
    const res = await post(
      JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toContain('해시');
    expect(body.errors[0].extensions.messageEn).toBe(
      'The persisted query hash does not match the query sent.',
    );
  });

  it('a matching hash registers the query and a later request by hash alone runs it', async () => {
    const query = '{ me { username } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persistedQuery = { version: 1, sha256Hash };
    expect((await post(JSON.stringify({ query, extensions: { persistedQuery } }))).status).toBe(200);
    const byHash = await post(JSON.stringify({ extensions: { persistedQuery } }));
    expect(byHash.status).toBe(200);
  });
});

describe('two mutations in one request', () => {
  const codes = ['RB-KEEP-1', 'RB-DUP-1'];
  const mutation = `mutation {
    first: createDepartment(input: { code: "${codes[0]}", name: "롤백확인과" }) { id }
    second: createDepartment(input: { code: "${codes[0]}", name: "중복과" }) { id }
  }`;

  it('when the second fails, the response says the first was rolled back too, and nothing is stored', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: mutation }),
    });
    const body = (await res.json()) as ErrorBody & {
      data: unknown;
      extensions?: { transaction?: { rolledBack: boolean; message: string; messageEn: string } };
    };
    expect(body.errors[0].extensions.code).toBe('CONFLICT');
    expect(body.extensions?.transaction).toEqual({
      rolledBack: true,
      message: expect.stringContaining('취소'),
      messageEn: expect.stringContaining('rolled back'),
    });
    const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await owner.connect();
    try {
      const { rows } = await owner.query(
        `SELECT 1 FROM departments WHERE tenant_id = 'ulsan' AND code = $1`,
        [codes[0]],
      );
      expect(rows).toHaveLength(0);
    } finally {
      await owner.end();
    }
  });

  it('a request whose mutations all succeed carries no rollback notice', async () => {
    const res = await gql(
      token,
      `mutation { createDepartment(input: { code: "${codes[1]}", name: "롤백없음과" }) { id } }`,
    );
    expect(res.errors).toBeUndefined();
    const raw = await post(JSON.stringify({ query: '{ me { username } }' }));
    expect(((await raw.json()) as { extensions?: unknown }).extensions).toBeUndefined();
  });
});
