import type { CustomerFilter, CustomerSort } from '../graphql/generated/graphql';

/** The list's search and filters as kept in the URL (`?q=&kinds=CURRENT,POLICY&tags=…`), so a search can be linked and reloaded. */
export interface ListFilters {
  q?: string;
  kinds: string[];
  partyType?: string;
  sigungu?: string;
  eupmyeondong?: string;
  /** Whole address words (road name, 읍·면·동, building number…), all of which the address holds. */
  address?: string;
  tags: string[];
  consent?: string;
  ageBand?: string;
  /** A custom field's key the list is ordered by (`?sort=key&desc=1`); unset is name order. */
  sort?: string;
  descending?: boolean;
}

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const one = (v: string | null) => v?.trim() || undefined;

export function filtersFromParams(params: URLSearchParams): ListFilters {
  return {
    q: one(params.get('q')),
    kinds: list(params.get('kinds')),
    partyType: one(params.get('party')),
    sigungu: one(params.get('sigungu')),
    eupmyeondong: one(params.get('emd')),
    address: one(params.get('addr')),
    tags: list(params.get('tags')),
    consent: one(params.get('consent')),
    ageBand: one(params.get('age')),
    sort: one(params.get('sort')),
    descending: params.get('desc') === '1',
  };
}

export function filtersToParams(f: ListFilters): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: string | undefined) => {
    if (v?.trim()) p.set(k, v.trim());
  };
  set('q', f.q);
  set('kinds', f.kinds.join(','));
  set('party', f.partyType);
  set('sigungu', f.sigungu);
  set('emd', f.eupmyeondong);
  set('addr', f.address);
  set('tags', f.tags.join(','));
  set('consent', f.consent);
  set('age', f.ageBand);
  set('sort', f.sort);
  if (f.sort && f.descending) p.set('desc', '1');
  return p;
}

/** The API's filter: only what is set (the API defaults the status to ACTIVE). */
export function toApiFilter(f: ListFilters): CustomerFilter {
  return {
    ...(f.q ? { query: f.q } : {}),
    ...(f.kinds.length ? { kinds: f.kinds as CustomerFilter['kinds'] } : {}),
    ...(f.partyType ? { partyType: f.partyType as CustomerFilter['partyType'] } : {}),
    ...(f.sigungu ? { sigungu: f.sigungu } : {}),
    ...(f.eupmyeondong ? { eupmyeondong: f.eupmyeondong } : {}),
    ...(f.address ? { address: f.address } : {}),
    ...(f.tags.length ? { tags: f.tags } : {}),
    ...(f.consent ? { consent: f.consent as CustomerFilter['consent'] } : {}),
    ...(f.ageBand ? { ageBand: f.ageBand as CustomerFilter['ageBand'] } : {}),
  };
}

/** The API's order: a custom field when one is chosen, else none (name order). */
export const toApiSort = (f: ListFilters): CustomerSort | null =>
  f.sort ? { customField: f.sort, descending: Boolean(f.descending) } : null;

/** How many filters besides the search box are set (shown on the "필터" toggle). */
export function activeFilterCount(f: ListFilters): number {
  return [
    f.kinds.length > 0,
    f.partyType,
    f.sigungu,
    f.eupmyeondong,
    f.address,
    f.tags.length > 0,
    f.consent,
    f.ageBand,
    f.sort,
  ].filter(Boolean).length;
}
