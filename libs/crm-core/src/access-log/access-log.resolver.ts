import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Connection } from '@pcrm/tenancy';
import { AccessLogConnection, AccessLogEntry } from './access-log.model';
import { AccessLogArgs } from './access-log.args';
import { AccessLogService } from './access-log.service';

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  constructor(@Inject(AccessLogService) private readonly service: AccessLogService) {}

  @Query(() => AccessLogConnection, {
    name: 'accessLog',
    description: '개인정보 열람 기록 검색 (최신순, 커서 페이지; 시·도 관리자)',
  })
  accessLog(@Args() args: AccessLogArgs): Promise<Connection<AccessLogEntry>> {
    return this.service.page(args);
  }
}
