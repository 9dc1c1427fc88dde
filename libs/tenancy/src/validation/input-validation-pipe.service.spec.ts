import 'reflect-metadata';
import { IsInt, Max } from 'class-validator';
import { InputValidationPipe } from './input-validation.pipe';

class PageArgs {
  @IsInt()
  @Max(100)
  first!: number;
}

class Connection {
  totalCount!: number;
}

const pipe = new InputValidationPipe();

it('validates and normalizes GraphQL arguments into their class', async () => {
  const args = await pipe.transform({ first: 20 }, { type: 'body', metatype: PageArgs });
  expect(args).toBeInstanceOf(PageArgs);
  await expect(pipe.transform({ first: 500 }, { type: 'body', metatype: PageArgs })).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'first' },
  });
  await expect(
    pipe.transform({ first: 'x\u0000' }, { type: 'body', metatype: PageArgs }),
  ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  expect(await pipe.transform('Cafe\u0301', { type: 'body', metatype: String, data: 'name' })).toBe('Café');
});

it('hands a field resolver its parent as is: no copy, no normalization, no validation', async () => {
  const parent = { totalCount: -1, edges: [{ node: { body: 'Cafe\u0301' } }] };
  const passed = await pipe.transform(parent, { type: 'custom', metatype: Connection });
  expect(passed).toBe(parent);
  expect(passed).not.toBeInstanceOf(Connection);
});

it('passes the resolve info untouched too (it is cyclic: walking it would overflow the stack)', async () => {
  const info: Record<string, unknown> = { fieldName: 'customFields', text: ' a\u0000 ' };
  info.self = info;
  await expect(pipe.transform(info, { type: 'custom', metatype: Object })).resolves.toBe(info);
});
