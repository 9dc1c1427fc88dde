import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  NotificationDelivery,
  NotificationPreview,
  NotificationSettings,
  NotificationTemplate,
} from './notification.model';
import {
  NotificationSettingsInput,
  NotificationSubjectArgs,
  NotificationTemplateInput,
  PreviewNotificationTemplateInput,
} from './notification.inputs';
import { NotificationOutbox } from './notification-outbox';
import { NotificationTemplates } from './notification-templates.service';

@Resolver()
export class NotificationsResolver {
  constructor(
    @Inject(NotificationOutbox) private readonly outbox: NotificationOutbox,
    @Inject(NotificationTemplates) private readonly templates: NotificationTemplates,
  ) {}

  @Query(() => [NotificationDelivery], {
    description: '대상(민원)에 보낸 민원인 알림과 발송 상태, 오래된 것부터 (수신처는 권한에 따라 마스킹)',
  })
  notifications(
    @Args() { subjectType, subjectId }: NotificationSubjectArgs,
  ): Promise<NotificationDelivery[]> {
    return this.outbox.deliveries(subjectType, subjectId);
  }

  @Query(() => [NotificationTemplate], {
    description: '알림 템플릿 전체: 키마다 문자와 전자우편 (시·도 관리자)',
  })
  notificationTemplates(): Promise<NotificationTemplate[]> {
    return this.templates.list();
  }

  @Query(() => NotificationPreview, {
    description: '저장 전 문구를 예시 값으로 채워 보기; 문자는 EUC-KR 바이트 수와 SMS/LMS (시·도 관리자)',
  })
  previewNotificationTemplate(
    @Args('input') input: PreviewNotificationTemplateInput,
  ): Promise<NotificationPreview> {
    return Promise.resolve(this.templates.preview(input));
  }

  @Mutation(() => NotificationTemplate, { description: '알림 템플릿 문구 변경 (시·도 관리자, 감사 기록)' })
  updateNotificationTemplate(@Args('input') input: NotificationTemplateInput): Promise<NotificationTemplate> {
    return this.templates.update(input);
  }

  @Query(() => NotificationSettings, { description: '문자 발신번호와 전자우편 발신 주소 (시·도 관리자)' })
  notificationSettings(): Promise<NotificationSettings> {
    return this.templates.settings();
  }

  @Mutation(() => NotificationSettings, { description: '발신 설정 변경 (시·도 관리자, 감사 기록)' })
  updateNotificationSettings(@Args('input') input: NotificationSettingsInput): Promise<NotificationSettings> {
    return this.templates.updateSettings(input);
  }
}
