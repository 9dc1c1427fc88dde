/** What other capabilities may use of workflow overlays; everything else in this folder is private to it. */
export { WorkflowOverlaysModule } from './workflow-overlays.module';
export { WorkflowOverlayService } from './workflow-overlay.service';
export {
  mergeOverlay,
  overlayProblems,
  OPTIONAL_STANDARD_EVENTS,
  type WorkflowOverlay,
  type OverlayState,
  type OverlayTransition,
  type StandardStateChange,
  type StandardTransitionChange,
} from './workflow-overlay';
export { simulateWorkflow, type SimulationScenario, type SimulatedScenario } from './workflow-simulation';
export {
  WorkflowKind,
  OVERLAY_SUBJECTS,
  PETITION_OVERLAY,
  TASK_OVERLAY,
  type OverlaySubject,
} from './overlay-subject';
