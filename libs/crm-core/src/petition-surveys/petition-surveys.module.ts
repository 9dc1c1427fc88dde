import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { PetitionEvents, PetitionEventsModule } from '../petitions';
import { SurveyInvitations } from './survey-invitations.service';
import { SurveyResolver } from './survey.resolver';
import { SurveyReview } from './survey-review.service';

/** Satisfaction surveys of petitions: links issued at the survey step, answers, follow-ups, quality ratings. */
@Module({
  imports: [PetitionEventsModule],
  providers: [SurveyInvitations, SurveyReview, SurveyResolver],
  exports: [SurveyInvitations, SurveyReview],
})
export class PetitionSurveysModule implements OnModuleInit {
  constructor(
    @Inject(PetitionEvents) private readonly events: PetitionEvents,
    @Inject(SurveyInvitations) private readonly invitations: SurveyInvitations,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(this.invitations);
  }
}
