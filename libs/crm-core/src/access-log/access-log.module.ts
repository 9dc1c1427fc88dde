import { Module } from '@nestjs/common';
import { AccessLogResolver } from './access-log.resolver';
import { AccessLogService } from './access-log.service';
import { AccessLogWriter } from './access-log.writer';

/** The personal-data access log: written by the access map's field guard, searched by tenant-admin. */
@Module({
  providers: [AccessLogWriter, AccessLogService, AccessLogResolver],
  exports: [AccessLogWriter],
})
export class AccessLogModule {}
