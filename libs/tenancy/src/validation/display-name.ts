import { ValidateBy, type ValidationOptions } from 'class-validator';
import { controlOrFormatCharacter, hasVisibleCharacter } from '../text/visible';

// The validators answer a promise on purpose: class-validator 0.15 copies a constraint's `context` (our
// Korean/English text, see `say`) into the error only for custom validators that answer asynchronously.

/** A name people will read: at least one visible character (not only spaces, zero-width or filler characters). */
export function HasVisibleCharacter(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasVisibleCharacter',
      validator: { validate: async (value) => typeof value === 'string' && hasVisibleCharacter(value) },
    },
    options,
  );
}

/** No control (Cc) or format (Cf) characters: nothing that hides, reorders or breaks the text around it. */
export function NoControlOrFormatCharacters(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noControlOrFormatCharacters',
      validator: {
        validate: async (value) => typeof value === 'string' && controlOrFormatCharacter(value) === null,
      },
    },
    options,
  );
}
