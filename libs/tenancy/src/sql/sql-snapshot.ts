import type { Compilable } from 'kysely';

/**
 * Examples of every statement a capability can send, by name; a dynamic statement lists each of its shapes.
 * A fixed statement may be its SQL text (positional `$n` parameters).
 */
export type StatementExamples = Record<
  string,
  string | Compilable<unknown> | Record<string, string | Compilable<unknown>>
>;

const BREAK_BEFORE =
  /(?<!distinct) (from|where|and|or|order by|group by|having|limit|offset|returning|values|set|union all|union|inner join|left join|on conflict|for update)(?= )/gi;

/** One statement per paragraph, a clause per line: a reviewer reads SQL changes in the diff of this text. */
export function sqlSnapshot(capability: string, examples: StatementExamples, regenerate: string): string {
  const lines = [
    `-- Every statement the ${capability} capability sends. Generated; do not edit.`,
    `-- ${regenerate}`,
  ];
  const add = (name: string, statement: string | Compilable<unknown>) => {
    const { sql, parameters } =
      typeof statement === 'string'
        ? { sql: statement.replace(/\s+/g, ' ').trim(), parameters: 'positional' }
        : statement.compile();
    lines.push(
      '',
      `-- ${name}`,
      `-- parameters: ${JSON.stringify(parameters)}`,
      `${sql.replace(BREAK_BEFORE, '\n  $1')};`,
    );
  };
  for (const [name, example] of Object.entries(examples)) {
    if (typeof example === 'string' || ('compile' in example && typeof example.compile === 'function'))
      add(name, example as string | Compilable<unknown>);
    else
      for (const [shape, statement] of Object.entries(
        example as Record<string, string | Compilable<unknown>>,
      ))
        add(`${name} (${shape})`, statement);
  }
  return `${lines.join('\n')}\n`;
}
