import type { ArgumentMetadata } from '@nestjs/common';
import { InputValidationPipe } from './input-validation.pipe';

const pipe = new InputValidationPipe();

it('passes the parent, context and resolve info untouched (the server’s own objects; info is cyclic)', async () => {
  const info: Record<string, unknown> = { fieldName: 'customFields', text: ' a\u0000 ' };
  info.self = info;
  await expect(pipe.transform(info, { type: 'custom', metatype: Object })).resolves.toBe(info);
});

it('still refuses a NUL character and normalizes the arguments', async () => {
  const args: ArgumentMetadata = { type: 'body', metatype: Object, data: 'input' };
  await expect(pipe.transform({ name: 'a\u0000' }, args)).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'name' },
  });
});
