import type { MessageKey } from '../i18n';

/**
 * Job titles (직위) as the seed and the 시·도 HR systems spell them in Korean, with their message keys.
 * A title not listed here is shown as the API sends it.
 */
const POSITION_KEYS: Readonly<Record<string, MessageKey>> = {
  국장: 'staff.position.bureauDirector',
  실장: 'staff.position.officeDirector',
  본부장: 'staff.position.hqDirector',
  과장: 'staff.position.divisionDirector',
  팀장: 'staff.position.teamLeader',
  주무관: 'staff.position.officer',
  사무관: 'staff.position.deputyDirector',
  서기관: 'staff.position.seniorDeputyDirector',
};

export function positionLabel(position: string, t: (key: MessageKey) => string): string {
  const key = POSITION_KEYS[position.trim()];
  return key ? t(key) : position;
}
