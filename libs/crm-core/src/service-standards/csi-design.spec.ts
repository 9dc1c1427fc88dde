import { CSI_DESIGNS, CURRENT_CSI_DESIGN, csiIndex } from './csi-design';

it('keeps every design with weights summing to 100 and unique item codes', () => {
  for (const design of CSI_DESIGNS) {
    expect(design.items.reduce((sum, i) => sum + i.weight, 0)).toBe(100);
    expect(new Set(design.items.map((i) => i.code)).size).toBe(design.items.length);
  }
  expect(CSI_DESIGNS.map((d) => d.version)).toEqual(CSI_DESIGNS.map((_, i) => i + 1));
});

it('converts weighted item means to 100 points (hand-computed)', () => {
  const means = new Map([
    ['ACCESS', 5.8],
    ['PROCESS', 5.2],
    ['COURTESY', 6.1],
    ['EXPERTISE', 5.5],
    ['FACILITY', 4.9],
    ['OVERALL', 5.6],
  ]);
  // (15×4.8 + 20×4.2 + 20×5.1 + 20×4.5 + 10×3.9 + 15×4.6) / 6 = (72 + 84 + 102 + 90 + 39 + 69) / 6 = 456 / 6 = 76
  expect(csiIndex(CURRENT_CSI_DESIGN, means)).toBe(76);
  const top = new Map(CURRENT_CSI_DESIGN.items.map((i) => [i.code, 7]));
  const bottom = new Map(CURRENT_CSI_DESIGN.items.map((i) => [i.code, 1]));
  expect([csiIndex(CURRENT_CSI_DESIGN, top), csiIndex(CURRENT_CSI_DESIGN, bottom)]).toEqual([100, 0]);
});
