import { Inject, Injectable } from '@nestjs/common';
import { ContactChannel } from '../customer-contacts';
import {
  AnonymousContactInput,
  HandlingClass,
  ReceiveVocInput,
  VocIntakeService,
  VocKind,
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
 * The web form asks neither the kind nor the handling class: a resident's post is filed as a 고충 (grievance,
 * 7 days) for simple consultation, and the officer reclassifies it if it is an inquiry or a statutory
 * application.
 */
const WEB_KIND = VocKind.GRIEVANCE;
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
      kind: WEB_KIND,
      handlingClass: WEB_CLASS,
      categoryCode: submission.categoryCode,
      title: submission.title,
      body: submission.body,
      contact,
      replyChannel: submission.replyChannel,
    });
    const received = await this.intake.receive(input);
    return { receiptNo: received.receiptNo };
  }
}
