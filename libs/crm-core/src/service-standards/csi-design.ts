/**
 * The platform's customer-satisfaction (CSI) questionnaire (issue 10 #6a, docs/adr/0031): one fixed design so
 * that years compare. A changed design is a new version appended here, never an edit of a published one; a round
 * keeps the version it was answered on and comparisons pair rounds of one version only.
 */
export interface CsiItem {
  code: string;
  ko: string;
  en: string;
  /** Weight in percent; a design's weights sum to 100. */
  weight: number;
}

export interface CsiDesign {
  version: number;
  /** Points of the answer scale (1 = very dissatisfied … scale = very satisfied). */
  scale: 5 | 7;
  items: readonly CsiItem[];
}

export const CSI_DESIGNS: readonly CsiDesign[] = [
  {
    version: 1,
    scale: 7,
    items: [
      { code: 'ACCESS', ko: '접근 편리성', en: 'Ease of access', weight: 15 },
      { code: 'PROCESS', ko: '처리 절차·신속성', en: 'Procedure and speed', weight: 20 },
      { code: 'COURTESY', ko: '직원 친절·태도', en: 'Staff courtesy', weight: 20 },
      { code: 'EXPERTISE', ko: '직원 전문성·정확성', en: 'Staff expertise and accuracy', weight: 20 },
      { code: 'FACILITY', ko: '시설·환경', en: 'Facilities', weight: 10 },
      { code: 'OVERALL', ko: '전반적 만족도', en: 'Overall satisfaction', weight: 15 },
    ],
  },
];

export const CURRENT_CSI_DESIGN: CsiDesign = CSI_DESIGNS[CSI_DESIGNS.length - 1];

/**
 * The CSI index on a 100-point scale: each item's mean mapped linearly from [1, scale] to [0, 100], weighted by
 * the design's weights, rounded to one decimal. A design with all means at the top of the scale gives 100.
 */
export function csiIndex(design: CsiDesign, means: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const item of design.items) {
    const mean = means.get(item.code);
    if (mean === undefined) throw new Error(`CSI item ${item.code} has no mean`);
    total += (item.weight * (mean - 1)) / (design.scale - 1);
  }
  return Math.round(total * 10) / 10;
}
