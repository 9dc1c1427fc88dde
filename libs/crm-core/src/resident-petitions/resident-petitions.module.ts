import { Module } from '@nestjs/common';
import { ResidentCases } from './resident-case.service';
import { PetitionResidentIntake, ResidentIntake } from './resident-intake';
import { PetitionsModule } from '../petitions';

/** The resident pages' side of petitions (나의 민원보기, web submission); the pages live in apps/api. */
@Module({
  imports: [PetitionsModule],
  providers: [ResidentCases, { provide: ResidentIntake, useClass: PetitionResidentIntake }],
  exports: [ResidentCases, ResidentIntake],
})
export class ResidentPetitionsModule {}
