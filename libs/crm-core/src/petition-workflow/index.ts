/** What other capabilities may use of the petition lifecycle; everything else in this folder is private to it. */
export { PetitionWorkflowModule } from './petition-workflow.module';
export { PetitionLifecycleService } from './lifecycle.service';
export { WorkflowRegistry } from './workflow-registry';
export { CompiledWorkflow, type WorkflowDecision } from './workflow-engine';
export {
  workflowProblems,
  validateWorkflow,
  WorkflowDefinitionError,
  type WorkflowProblem,
} from './workflow-validation';
export {
  WORKFLOW_GUARDS,
  WORKFLOW_ACTIONS,
  PETITION_PROFILE,
  type CaseFacts,
  type GuardRule,
  type WorkflowFacts,
  type WorkflowProfile,
} from './workflow-vocabulary';
export { mayActOnCase, type ResponsibleCase } from './case-responsibility';
export {
  conditionHolds,
  conditionRefusal,
  CONDITION_KINDS,
  CONDITION_OPS,
  EFFECT_KINDS,
  CORE_CONDITION_FIELDS,
  type CaseFieldValues,
} from './workflow-conditions';
export { VocAlertService, VOC_ALERTS_JOB } from './voc-alerts';
