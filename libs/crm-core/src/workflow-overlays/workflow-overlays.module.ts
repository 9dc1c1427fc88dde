import { Module } from '@nestjs/common';
import { WorkflowOverlayResolver } from './workflow-overlay.resolver';
import { WorkflowOverlayService } from './workflow-overlay.service';

/** Tenants' overlays on the standard petition workflow: draft, validate, simulate, publish (docs/adr/0023). */
@Module({
  providers: [WorkflowOverlayService, WorkflowOverlayResolver],
  exports: [WorkflowOverlayService],
})
export class WorkflowOverlaysModule {}
