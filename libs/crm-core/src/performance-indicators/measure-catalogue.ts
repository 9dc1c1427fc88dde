import { Injectable } from '@nestjs/common';
import type { Measure } from './measure';

/**
 * The port through which capabilities add measures (like `CustomizableEntities`): each registers its own in
 * its module's `onModuleInit`; roll-ups, indicators and the designer's picker see every registered one.
 */
@Injectable()
export class MeasureCatalogue {
  private readonly byCode = new Map<string, Measure>();

  register(measure: Measure): void {
    const existing = this.byCode.get(measure.code);
    if (existing === measure) return;
    if (existing) throw new Error(`Measure '${measure.code}' is registered twice`);
    this.byCode.set(measure.code, measure);
  }

  get(code: string): Measure | undefined {
    return this.byCode.get(code);
  }

  list(): Measure[] {
    return [...this.byCode.values()];
  }
}
