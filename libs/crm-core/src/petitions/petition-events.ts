import { Injectable, Module } from '@nestjs/common';
import type { VocStatus } from './voc.enums';

/** What happened to a case; listeners run inside the transaction that made it happen. */
export type PetitionEventType =
  | 'received'
  | 'assigned'
  | 'reassigned'
  | 'supplement-requested'
  | 'resumed'
  | 'extended'
  | 'answered'
  | 'rejected'
  | 'transferred'
  | 'survey-opened'
  | 'closed'
  | 'overdue'
  | 'at-risk'
  | 'progress-notice'
  /** A task the case is linked to was completed (issue 10 #3): the resident is told and surveyed. */
  | 'task-completed';

export interface PetitionEvent {
  type: PetitionEventType;
  vocId: string;
  receiptNo: string;
  /** The status after the event. */
  status: VocStatus | string;
  occurredAt: Date;
}

/**
 * A capability reacting to petition events (notifications, surveys). It runs inside the transaction that made
 * the event happen, so what it writes commits or rolls back with the case change; a listener that throws
 * refuses the change.
 */
export interface PetitionEventListener {
  onPetitionEvent(event: PetitionEvent): Promise<void>;
}

/**
 * The seam between the petition lifecycle and what reacts to it: a listener subscribes in its module's
 * `onModuleInit` (importing `PetitionEventsModule`); the lifecycle publishes each event once, in order.
 */
@Injectable()
export class PetitionEvents {
  private readonly listeners: PetitionEventListener[] = [];

  subscribe(listener: PetitionEventListener): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  async publish(event: PetitionEvent): Promise<void> {
    for (const listener of this.listeners) await listener.onPetitionEvent(event);
  }
}

@Module({ providers: [PetitionEvents], exports: [PetitionEvents] })
export class PetitionEventsModule {}
