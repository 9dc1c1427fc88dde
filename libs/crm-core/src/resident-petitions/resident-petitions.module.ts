import { Module } from '@nestjs/common';
import { ResidentCases } from './resident-case.service';
import { NoResidentIntake, ResidentIntake } from './resident-intake';

/** The resident pages' side of petitions (나의 민원보기, web submission); the pages live in apps/api. */
@Module({
  providers: [ResidentCases, { provide: ResidentIntake, useClass: NoResidentIntake }],
  exports: [ResidentCases, ResidentIntake],
})
export class ResidentPetitionsModule {}
