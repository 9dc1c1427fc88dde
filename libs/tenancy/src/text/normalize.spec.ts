import { nfc, normalizeInput } from './normalize';

describe('NFC normalization of input', () => {
  const decomposed = '부산광역시 해운대구'.normalize('NFD');

  it('composes Hangul jamo into syllables', () => {
    expect(decomposed.length).toBeGreaterThan('부산광역시 해운대구'.length);
    expect(nfc(decomposed)).toBe('부산광역시 해운대구');
  });

  it('normalizes strings at any depth, in plain objects, class instances and arrays', () => {
    class Input {
      name = decomposed;
      tags = [decomposed];
    }
    const out = normalizeInput({ a: { b: [decomposed, 1, null] }, input: new Input() });
    expect(out.a.b).toEqual(['부산광역시 해운대구', 1, null]);
    expect(out.input).toBeInstanceOf(Input);
    expect(out.input.name).toBe('부산광역시 해운대구');
    expect(out.input.tags).toEqual(['부산광역시 해운대구']);
  });

  it('keeps everything else verbatim', () => {
    const raw = `  '; DROP TABLE x; -- <b>"q"</b>  `;
    expect(normalizeInput(raw)).toBe(raw);
  });
});
