import { distribution, median, quantile } from './ministry-statistics';

describe('the distribution of published values', () => {
  it('gives min, quartiles interpolated as percentile_cont, median and max', () => {
    expect(distribution([4, 1, 3, 2, 5])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5, tenants: 5 });
    expect(distribution([10, 20, 30, 40])).toEqual({
      min: 10,
      q1: 17.5,
      median: 25,
      q3: 32.5,
      max: 40,
      tenants: 4,
    });
  });

  it('has one value as every statistic, and none of an empty list', () => {
    expect(distribution([7])).toEqual({ min: 7, q1: 7, median: 7, q3: 7, max: 7, tenants: 1 });
    expect(distribution([])).toEqual({ min: null, q1: null, median: null, q3: null, max: null, tenants: 0 });
    expect(median([])).toBeNull();
    expect(quantile([], 0.5)).toBeNull();
  });
});
