import { graphql } from '../graphql/generated';
import type {
  CustomerImportBatchQuery,
  ImportReviewItemsQuery,
  PreviewCustomerImportQuery,
} from '../graphql/generated/graphql';

export type ImportBatchDetail = CustomerImportBatchQuery['customerImportBatch'];
export type ReviewItem = ImportReviewItemsQuery['importReviewItems']['edges'][number]['node'];
export type ImportPreviewResult = PreviewCustomerImportQuery['previewCustomerImport'];
export type RowError = ImportPreviewResult['errors'][number];

/**
 * Page sizes are literals in the documents: the API prices a `first` given through a variable at the
 * largest page (200), which would take these item-rich pages past its query-cost limit.
 */

export const IMPORT_SOURCES_QUERY = graphql(`
  query CustomerImportSources {
    customerImportSources {
      source
      updatedAt
      mapping {
        field
        column
        customField
      }
    }
  }
`);

export const SAVE_IMPORT_MAPPING = graphql(`
  mutation SaveCustomerImportMapping($input: SaveCustomerImportMappingInput!) {
    saveCustomerImportMapping(input: $input) {
      source
      mapping {
        field
        column
        customField
      }
    }
  }
`);

const ROW_ERROR = graphql(`
  fragment ImportRowErrorFields on ImportRowError {
    line
    column
    field
    code
    message
    messageEn
  }
`);
void ROW_ERROR;

export const PREVIEW_IMPORT_QUERY = graphql(`
  query PreviewCustomerImport($input: CustomerImportInput!) {
    previewCustomerImport(input: $input) {
      format
      encoding
      totalRows
      createCount
      mergeCount
      reviewCount
      errorCount
      errors {
        ...ImportRowErrorFields
      }
    }
  }
`);

export const START_IMPORT = graphql(`
  mutation StartCustomerImport($input: CustomerImportInput!) {
    startCustomerImport(input: $input) {
      id
      state
    }
  }
`);

const BATCH = graphql(`
  fragment ImportBatchFields on ImportBatch {
    id
    source
    fileName
    format
    encoding
    state
    totalRows
    processedRows
    progressPercent
    createdCount
    mergedCount
    reviewCount
    pendingReviewCount
    errorCount
    lastError
    lastErrorEn
    requestedBy
    createdAt
    completedAt
    undoneAt
    undoneBy
  }
`);
void BATCH;

export const IMPORT_BATCHES_QUERY = graphql(`
  query CustomerImportBatches($after: String) {
    customerImportBatches(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ImportBatchFields
        }
      }
    }
  }
`);

export const IMPORT_BATCH_QUERY = graphql(`
  query CustomerImportBatch($id: ID!) {
    customerImportBatch(id: $id) {
      ...ImportBatchFields
      errors {
        ...ImportRowErrorFields
      }
    }
  }
`);

export const IMPORT_REVIEW_QUERY = graphql(`
  query ImportReviewItems($batchId: ID!, $after: String) {
    importReviewItems(batchId: $batchId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          line
          state
          score
          reasons
          resultCustomerId
          decidedBy
          incoming {
            id
            customerNo
            name
            birthDate
            mobile
            email
            address
          }
          candidate {
            id
            customerNo
            name
            birthDate
            mobile
            email
            address
          }
        }
      }
    }
  }
`);

export const RESOLVE_REVIEW = graphql(`
  mutation ResolveImportReview($input: ResolveImportReviewInput!) {
    resolveImportReview(input: $input) {
      id
      state
      resultCustomerId
      decidedBy
    }
  }
`);

export const UNDO_IMPORT = graphql(`
  mutation UndoCustomerImport($batchId: ID!) {
    undoCustomerImport(batchId: $batchId) {
      ...ImportBatchFields
    }
  }
`);
