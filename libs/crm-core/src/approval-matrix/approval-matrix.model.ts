import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SettingChangeRecord } from '@pcrm/customization';
import { ApprovalLevel, ApprovalSubject } from './approval-matrix.enums';

@ObjectType({ description: '위임전결 규칙: 어떤 민원·과업 유형을 어느 단계가 결재하는지' })
export class ApprovalMatrixRule {
  @Field(() => ApprovalSubject) subjectKind!: ApprovalSubject;
  @Field({
    description: '민원: 민원 종류(VocKind) 또는 처리유형(HandlingClass) 코드; 과업: SHORT_TERM / LONG_TERM',
  })
  subjectType!: string;
  @Field({ description: '조건 (없으면 빈 문자열)' }) condition!: string;
  @Field(() => ApprovalLevel) level!: ApprovalLevel;
}

@ObjectType({ description: '직위 → 전결 단계' })
export class ApprovalLevelTitle {
  @Field({ description: '직원의 직위 (staff.position 과 같은 글자)' }) title!: string;
  @Field(() => ApprovalLevel) level!: ApprovalLevel;
}

@ObjectType({ description: '위임전결 기준표와 직위 대응, 버전·이력' })
export class ApprovalMatrix {
  @Field(() => Int, { description: '현재 버전 (변경 횟수); 저장할 때 expectedVersion 으로 보냅니다' })
  version!: number;
  @Field(() => [ApprovalMatrixRule]) rules!: ApprovalMatrixRule[];
  @Field(() => [ApprovalLevelTitle]) titles!: ApprovalLevelTitle[];
  @Field(() => [SettingChangeRecord], { description: '최근 변경 이력 (최신 순, 최대 20건)' })
  changes!: SettingChangeRecord[];
}

@ObjectType({ description: '월별 결재 단계 비중' })
export class ApprovalLevelShare {
  @Field({ description: 'YYYY-MM (한국 시간)' }) month!: string;
  @Field({ description: '전결 단계 코드 (ApprovalLevel) 또는 직위가 대응되지 않으면 UNMAPPED' })
  level!: string;
  @Field(() => Int) decisions!: number;
  @Field(() => Int, { description: '그 달의 전체 결재 수' }) total!: number;
  @Field(() => Float, { description: '비중 % (소수 첫째 자리)' }) share!: number;
}
