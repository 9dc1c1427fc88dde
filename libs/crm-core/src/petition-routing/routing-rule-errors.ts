import { AppError, ErrorCode } from '@pcrm/tenancy';

/** Why a routing rule is refused: a stable `extensions.reason` beside `BAD_USER_INPUT` and the `field`. */
export type RoutingRuleProblem =
  | 'ROUTING_EMPTY_RULE'
  | 'ROUTING_UNKNOWN_CATEGORY'
  | 'ROUTING_UNKNOWN_DEPARTMENT'
  | 'ROUTING_TOO_MANY_KEYWORDS'
  | 'ROUTING_KEYWORD_TOO_LONG'
  | 'ROUTING_KEYWORD_EMPTY'
  | 'ROUTING_PRIORITY_RANGE'
  | 'ROUTING_TOO_MANY_RULES'
  | 'ROUTING_REORDER_MISMATCH';

export class RoutingRuleError extends AppError {
  constructor(
    readonly problem: RoutingRuleProblem,
    field: string,
    messageKo: string,
    messageEn: string,
  ) {
    super(ErrorCode.BadUserInput, messageKo, messageEn, { field, reason: problem });
  }
}
