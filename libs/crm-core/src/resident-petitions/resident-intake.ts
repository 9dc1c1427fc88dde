import { Inject, Injectable } from '@nestjs/common';
import { ContactChannel } from '../customer-contacts';
import {
  AnonymousContactInput,
  HandlingClass,
  ReceiveVocInput,
  VocIntakeService,
  VocSource,
} from '../petitions';
import type { ResidentSubmission } from './resident-submission';

/**
 * The seam to the petition intake (`receiveVoc` of the petitions capability, source PETITION, channel WEB):
 * the resident page hands it a checked submission inside the page's tenant scope and shows the receipt
 * number it answers.
 */
export abstract class ResidentIntake {
  abstract submit(submission: ResidentSubmission): Promise<{ receiptNo: string }>;
}

/**
 * The resident chooses the kind (고충, 건의, 질의, 불만, 칭찬: its statutory period follows); the handling class is
 * the office's to judge, so a web post starts as simple consultation.
 */
const WEB_CLASS = HandlingClass.SIMPLE_CONSULT;

/** The resident page's submission received as a petition: source PETITION, channel WEB, an anonymous contact. */
@Injectable()
export class PetitionResidentIntake extends ResidentIntake {
  constructor(@Inject(VocIntakeService) private readonly intake: VocIntakeService) {
    super();
  }

  async submit(submission: ResidentSubmission): Promise<{ receiptNo: string }> {
    const contact = Object.assign(new AnonymousContactInput(), {
      name: submission.name,
      phone: submission.phone,
      email: submission.email,
    });
    const input = Object.assign(new ReceiveVocInput(), {
      source: VocSource.PETITION,
      channel: ContactChannel.WEB,
      kind: submission.kind,
      handlingClass: WEB_CLASS,
      categoryCode: submission.categoryCode,
      title: submission.title,
      body: submission.body,
      contact,
      replyChannel: submission.replyChannel,
      clientKey: submission.submissionId ? `web:${submission.submissionId}` : null,
    });
    const received = await this.intake.receive(input);
    return { receiptNo: received.receiptNo };
  }
}
