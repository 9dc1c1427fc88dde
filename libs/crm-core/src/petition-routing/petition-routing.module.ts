import { Module } from '@nestjs/common';
import { PetitionsModule } from '../petitions';
import { RoutingRulesResolver } from './routing-rules.resolver';
import { RoutingRulesService } from './routing-rules.service';

/** The tenant's petition routing rules: list, write, reorder and preview (intake applies them in petitions). */
@Module({
  imports: [PetitionsModule],
  providers: [RoutingRulesService, RoutingRulesResolver],
  exports: [RoutingRulesService],
})
export class PetitionRoutingModule {}
