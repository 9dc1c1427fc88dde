import { graphql } from '../../graphql/generated';
import type {
  WorkflowEditorDraftQuery,
  WorkflowEditorSimulateMutation,
  WorkflowEditorVersionsQuery,
} from '../../graphql/generated/graphql';

export type WorkflowDraft = WorkflowEditorDraftQuery['vocWorkflowDraft'];
export type WorkflowGraph = WorkflowDraft['definition'];
export type WorkflowProblem = WorkflowDraft['problems'][number];
export type WorkflowVersionRow = WorkflowEditorVersionsQuery['vocWorkflowVersions'][number];
export type WorkflowChangeRow = WorkflowEditorVersionsQuery['vocWorkflowChanges'][number];
export type SimulatedStep = WorkflowEditorSimulateMutation['simulateVocWorkflow'][number];

export const DRAFT_QUERY = graphql(`
  query WorkflowEditorDraft($workflow: WorkflowKind!) {
    vocWorkflowDraft(workflow: $workflow) {
      overlay
      version
      updatedBy
      updatedAt
      latestVersion
      problems {
        path
        messageKo
        messageEn
      }
      definition {
        initial
        states {
          key
          labelKo
          labelEn
          clock
          final
          standard
          renamed
          deadline
        }
        transitions {
          event
          from
          to
          labelKo
          labelEn
          requires
          guards
          when
          effects
          standard
        }
      }
    }
  }
`);

export const VERSIONS_QUERY = graphql(`
  query WorkflowEditorVersions($workflow: WorkflowKind!) {
    vocWorkflowVersions(first: 50, workflow: $workflow) {
      version
      createdBy
      createdAt
      overlay
    }
    vocWorkflowChanges(first: 50, workflow: $workflow) {
      changeNo
      kind
      workflowVersion
      username
      createdAt
    }
  }
`);

export const SAVE_DRAFT = graphql(`
  mutation WorkflowEditorSave($overlay: WorkflowData!, $expectedVersion: Int!, $workflow: WorkflowKind!) {
    saveVocWorkflowDraft(overlay: $overlay, expectedVersion: $expectedVersion, workflow: $workflow) {
      version
    }
  }
`);

export const VALIDATE = graphql(`
  mutation WorkflowEditorValidate($overlay: WorkflowData!, $workflow: WorkflowKind!) {
    validateVocWorkflow(overlay: $overlay, workflow: $workflow) {
      path
      messageKo
      messageEn
    }
  }
`);

export const SIMULATE = graphql(`
  mutation WorkflowEditorSimulate($overlay: WorkflowData, $scenarios: [VocWorkflowScenarioInput!]!) {
    simulateVocWorkflow(overlay: $overlay, scenarios: $scenarios) {
      scenario
      step
      event
      outcome
      from
      state
      clock
      reasonKo
      reasonEn
      effectsKo
      closed
    }
  }
`);

export const PUBLISH = graphql(`
  mutation WorkflowEditorPublish($expectedVersion: Int!, $workflow: WorkflowKind!) {
    publishVocWorkflow(expectedVersion: $expectedVersion, workflow: $workflow) {
      version
    }
  }
`);
