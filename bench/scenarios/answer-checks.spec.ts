import { carriesErrors } from '../load';
import { withoutNewCaseKeys as normalize } from './new-case';

/** What the bench checks of answers; the scenarios themselves load NestJS and run in `npm run bench`. */
describe('bench answer checks', () => {
  it("compares a new case's answer without its id and receipt sequence, and nothing else", () => {
    const answer = (id: string, receiptNo: string, dueAt: string) =>
      `{"data":{"receiveVoc":{"id":"${id}","receiptNo":"${receiptNo}","status":"ASSIGNED","deadlines":{"dueAt":"${dueAt}"}}}}\n`;
    const api = answer(
      '1c7a8e1b-2a3b-4ef5-a384-b093ddb288da',
      'BUSAN-2026-000280',
      '2026-12-07T09:00:00.000Z',
    );
    const floor = answer(
      '77784588-cf24-4ac5-961d-baae7000be3c',
      'BUSAN-2026-1000281',
      '2026-12-07T09:00:00.000Z',
    );
    expect(normalize(api)).toBe(normalize(floor));
    expect(normalize(api)).not.toBe(
      normalize(
        answer('77784588-cf24-4ac5-961d-baae7000be3c', 'BUSAN-2026-000281', '2026-12-08T09:00:00.000Z'),
      ),
    );
    expect(normalize(api)).not.toBe(
      normalize(
        answer('77784588-cf24-4ac5-961d-baae7000be3c', 'SEOUL-2026-000281', '2026-12-07T09:00:00.000Z'),
      ),
    );
  });

  it('counts a GraphQL answer with errors as a wrong body under load', () => {
    expect(carriesErrors('{"errors":[{"message":"접수번호를 받지 못했습니다"}],"data":null}\n')).toBe(true);
    expect(carriesErrors('{"data":{"receiveVoc":{"id":"x","receiptNo":"BUSAN-2026-000001"}}}\n')).toBe(false);
  });
});
