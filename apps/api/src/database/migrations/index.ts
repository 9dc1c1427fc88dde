import { TenancyFoundation1764115200000 } from './1764115200000-tenancy-foundation';

/** In the order they run. */
export const MIGRATIONS = [TenancyFoundation1764115200000];
