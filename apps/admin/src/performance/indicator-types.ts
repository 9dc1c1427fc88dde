import type {
  IndicatorFieldsFragment,
  PerformanceIndicatorDesignerQuery,
} from '../graphql/generated/graphql';

export type Indicator = IndicatorFieldsFragment;
export type Measure = PerformanceIndicatorDesignerQuery['performanceMeasures'][number];

/** Where an indicator comes from: the standard model, this tenant's override of it, or this tenant alone. */
export type IndicatorOrigin = 'standard' | 'overridden' | 'tenant';

export const originOf = (i: Pick<Indicator, 'standard' | 'overridden'>): IndicatorOrigin =>
  !i.standard ? 'tenant' : i.overridden ? 'overridden' : 'standard';
