import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './support/repo-paths';
import { freePort } from './support/free-port';

/** The built module, as `npm start` runs it: the seeding process is forked from dist. */
const { seedDemoDataApart } = createRequire(__filename)(
  join(REPO_ROOT, 'dist', 'api', 'apps', 'api', 'src', 'seed', 'demo-seed-apart.js'),
) as typeof import('../src/seed/demo-seed-apart');

describe('the demo data seeded in a process of its own', () => {
  it('fails the start with one sentence naming the cause when the seeding process cannot reach the database', async () => {
    const port = await freePort();
    const failure = seedDemoDataApart({
      runtimeUrl: `postgres://pcrm_app:x@127.0.0.1:${port}/pcrm`,
      customersPerTenant: 1,
      casesPerTenant: 1,
    });
    await expect(failure).rejects.toThrow(
      /^데모 데이터를 넣지 못했습니다 \(demo data seeding failed\): .*ECONNREFUSED/s,
    );
  });
});
