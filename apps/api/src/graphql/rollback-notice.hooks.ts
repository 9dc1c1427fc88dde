import type { RequestHooks } from './request-hooks';

/** The response extension that tells a client none of the request's mutations were kept. */
export const ROLLED_BACK = {
  rolledBack: true,
  message: '요청의 변경이 모두 취소되었습니다. 성공한 것으로 보이는 변경도 저장되지 않았습니다.',
  messageEn: 'All changes of this request were rolled back, including those that appeared to succeed.',
} as const;

/**
 * A request runs in one transaction, so when any mutation of it fails, the mutations before it are rolled
 * back too. Clients learn it from `extensions.transaction` on the response instead of inferring it.
 */
export const rollbackNoticeHooks: RequestHooks = {
  async willSendResponse({ operation, response }) {
    if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
    const result = response.body.singleResult;
    if (!result.errors?.length) return;
    result.extensions = { ...result.extensions, transaction: ROLLED_BACK };
  },
};
