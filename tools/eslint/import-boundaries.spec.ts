import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

interface Case {
  file: string;
  code: string;
}

/**
 * Lints source text as if it were the given file, through ESLint's Node API and the repository's real
 * eslint.config.mjs (in a child process: ESLint loads its configuration as an ES module).
 */
function boundaryErrors(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const cases = JSON.parse(process.argv[1]);
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: c.file });
      out.push(result.messages.filter((m) => m.ruleId === 'pcrm/import-boundaries').map((m) => m.message));
    }
    console.log(JSON.stringify(out));`;
  const stdout = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(cases)],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(stdout);
}

const importOf = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

const WRONG: [string, string, RegExp][] = [
  ['libs/tenancy/src/auth/x.ts', '@pcrm/crm-core', /may not import '@pcrm\/crm-core'/],
  ['libs/tenancy/src/auth/x.ts', '@pcrm/customization', /depend downwards/],
  ['libs/customization/src/x.ts', '@pcrm/crm-core', /depend downwards/],
  ['libs/access/src/x.ts', '@pcrm/tenancy', /depend downwards/],
  ['libs/access/src/x.ts', '@nestjs/common', /framework-free/],
  ['libs/access/src/x.ts', 'react', /framework-free/],
  ['libs/crm-core/src/staff/x.ts', '@pcrm/crm-core', /depend downwards/],
  ['libs/tenancy/src/auth/x.ts', '../../../../apps/api/src/main', /leaves libs\/tenancy/],
  ['libs/crm-core/src/staff/x.ts', '../../../tenancy/src/index', /leaves libs\/crm-core/],
  [
    'libs/crm-core/src/staff/x.ts',
    '../departments/department.service',
    /import its public API \('..\/departments'\)/,
  ],
  ['libs/crm-core/src/crm-core.module.ts', './staff/staff.service', /reaches into the staff capability/],
];

const RIGHT: [string, string][] = [
  ['libs/crm-core/src/staff/x.ts', '@pcrm/customization'],
  ['libs/crm-core/src/staff/x.ts', '@pcrm/tenancy'],
  ['libs/crm-core/src/staff/x.ts', '@pcrm/access'],
  ['libs/crm-core/src/staff/x.ts', '../departments'],
  ['libs/crm-core/src/staff/x.ts', '../departments/index'],
  ['libs/crm-core/src/staff/x.ts', './staff.service'],
  ['libs/crm-core/src/crm-core.module.ts', './staff'],
  ['libs/customization/src/x.ts', '@pcrm/tenancy'],
  ['libs/tenancy/src/auth/x.ts', '@pcrm/access'],
  ['libs/tenancy/src/auth/x.ts', '../errors/app-errors'],
  ['libs/access/src/x.ts', './roles'],
  ['apps/api/src/x.ts', '@pcrm/crm-core'],
];

it('fails every wrong-direction import and passes the allowed ones', () => {
  const results = boundaryErrors([
    ...WRONG.map(([file, spec]) => ({ file, code: importOf(spec) })),
    ...RIGHT.map(([file, spec]) => ({ file, code: importOf(spec) })),
    { file: 'libs/tenancy/src/x.ts', code: `export const load = () => import('@pcrm/crm-core');\n` },
    { file: 'libs/tenancy/src/x.ts', code: `export * from '@pcrm/customization';\n` },
  ]);
  WRONG.forEach(([file, spec, message], i) => {
    expect({ file, spec, errors: results[i] }).toEqual({
      file,
      spec,
      errors: [expect.stringMatching(message)],
    });
  });
  RIGHT.forEach(([file, spec], i) => {
    expect({ file, spec, errors: results[WRONG.length + i] }).toEqual({ file, spec, errors: [] });
  });
  expect(results.slice(-2)).toEqual([
    [expect.stringMatching(/depend downwards/)],
    [expect.stringMatching(/depend downwards/)],
  ]);
});

it('holds for the repository as it is', () => {
  const stdout = execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', 'libs'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const boundaryMessages = (JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((r) =>
    r.messages.filter((m) => m.ruleId === 'pcrm/import-boundaries'),
  );
  expect(boundaryMessages).toEqual([]);
});
