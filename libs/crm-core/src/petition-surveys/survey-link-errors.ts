import { AppError, ErrorCode } from '@pcrm/tenancy';

/** Why a survey link cannot be answered: a stable `extensions.reason` beside `BAD_USER_INPUT` on `token`. */
export type SurveyLinkProblem = 'SURVEY_LINK_UNKNOWN' | 'SURVEY_LINK_USED' | 'SURVEY_LINK_EXPIRED';

const MESSAGES: Record<SurveyLinkProblem, [string, string]> = {
  SURVEY_LINK_UNKNOWN: [
    '만족도 조사 주소가 올바르지 않습니다. 받으신 문자나 이메일의 주소를 다시 확인해 주세요.',
    'This survey link is not valid. Check the link in the message you received.',
  ],
  SURVEY_LINK_USED: [
    '이미 응답하신 만족도 조사입니다. 참여해 주셔서 감사합니다.',
    'This survey has already been answered. Thank you for taking part.',
  ],
  SURVEY_LINK_EXPIRED: [
    '응답 기간이 지난 만족도 조사입니다. 의견이 있으시면 민원을 새로 신청해 주세요.',
    'The answer period of this survey has ended. You can submit a new petition with your opinion.',
  ],
};

export class SurveyLinkError extends AppError {
  constructor(readonly problem: SurveyLinkProblem) {
    const [ko, en] = MESSAGES[problem];
    super(ErrorCode.BadUserInput, ko, en, { field: 'token', reason: problem });
  }
}
