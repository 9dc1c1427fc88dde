import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '@pcrm/tenancy';
import type { ResidentSubmission } from './resident-submission';

/**
 * The seam to the petition intake (`receiveVoc` of the petitions capability, source PETITION, channel WEB):
 * the resident page hands it a checked submission inside the page's tenant scope and shows the receipt
 * number it answers. Bound to the intake by the petitions module; until then nothing can be filed.
 */
export abstract class ResidentIntake {
  abstract submit(submission: ResidentSubmission): Promise<{ receiptNo: string }>;
}

/** The binding while no intake is wired: the page says the service is not available and stores nothing. */
@Injectable()
export class NoResidentIntake extends ResidentIntake {
  submit(): Promise<{ receiptNo: string }> {
    return Promise.reject(
      new AppError(
        ErrorCode.ServiceUnavailable,
        '지금은 인터넷 민원 신청을 받을 수 없습니다. 잠시 후 다시 시도하시거나 민원실(국번 없이 120)로 연락해 주세요.',
        'Web petitions cannot be received right now. Try again later or call 120.',
      ),
    );
  }
}
