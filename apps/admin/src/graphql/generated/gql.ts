/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccessLog(\n    $first: Int\n    $after: String\n    $actor: String\n    $recordId: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    accessLog(first: $first, after: $after, actor: $actor, recordId: $recordId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actor\n          actorRoles\n          entity\n          recordId\n          fields\n          masked\n          purpose\n          operation\n        }\n      }\n    }\n  }\n": typeof types.AccessLogDocument,
    "\n  query CustomerImportSources {\n    customerImportSources {\n      source\n      updatedAt\n      mapping {\n        field\n        column\n      }\n    }\n  }\n": typeof types.CustomerImportSourcesDocument,
    "\n  mutation SaveCustomerImportMapping($input: SaveCustomerImportMappingInput!) {\n    saveCustomerImportMapping(input: $input) {\n      source\n      mapping {\n        field\n        column\n      }\n    }\n  }\n": typeof types.SaveCustomerImportMappingDocument,
    "\n  fragment ImportRowErrorFields on ImportRowError {\n    line\n    column\n    field\n    code\n    message\n    messageEn\n  }\n": typeof types.ImportRowErrorFieldsFragmentDoc,
    "\n  query PreviewCustomerImport($input: CustomerImportInput!) {\n    previewCustomerImport(input: $input) {\n      format\n      encoding\n      totalRows\n      createCount\n      mergeCount\n      reviewCount\n      errorCount\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n": typeof types.PreviewCustomerImportDocument,
    "\n  mutation StartCustomerImport($input: CustomerImportInput!) {\n    startCustomerImport(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.StartCustomerImportDocument,
    "\n  fragment ImportBatchFields on ImportBatch {\n    id\n    source\n    fileName\n    format\n    encoding\n    state\n    totalRows\n    processedRows\n    progressPercent\n    createdCount\n    mergedCount\n    reviewCount\n    pendingReviewCount\n    errorCount\n    lastError\n    lastErrorEn\n    requestedBy\n    createdAt\n    completedAt\n    undoneAt\n    undoneBy\n  }\n": typeof types.ImportBatchFieldsFragmentDoc,
    "\n  query CustomerImportBatches($after: String) {\n    customerImportBatches(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ImportBatchFields\n        }\n      }\n    }\n  }\n": typeof types.CustomerImportBatchesDocument,
    "\n  query CustomerImportBatch($id: ID!) {\n    customerImportBatch(id: $id) {\n      ...ImportBatchFields\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n": typeof types.CustomerImportBatchDocument,
    "\n  query ImportReviewItems($batchId: ID!, $after: String) {\n    importReviewItems(batchId: $batchId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          line\n          state\n          score\n          reasons\n          resultCustomerId\n          decidedBy\n          incoming {\n            id\n            customerNo\n            name\n            birthDate\n            mobile\n            email\n            address\n          }\n          candidate {\n            id\n            customerNo\n            name\n            birthDate\n            mobile\n            email\n            address\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportReviewItemsDocument,
    "\n  mutation ResolveImportReview($input: ResolveImportReviewInput!) {\n    resolveImportReview(input: $input) {\n      id\n      state\n      resultCustomerId\n      decidedBy\n    }\n  }\n": typeof types.ResolveImportReviewDocument,
    "\n  mutation UndoCustomerImport($batchId: ID!) {\n    undoCustomerImport(batchId: $batchId) {\n      ...ImportBatchFields\n    }\n  }\n": typeof types.UndoCustomerImportDocument,
    "\n  query RetentionCandidates($first: Int!, $after: String) {\n    customerSettings {\n      retentionYears\n    }\n    retentionCandidates(first: $first, after: $after) {\n      ...CustomerPageFields\n    }\n  }\n": typeof types.RetentionCandidatesDocument,
    "\n  mutation UpdateCustomerSettings($retentionYears: Int!) {\n    updateCustomerSettings(retentionYears: $retentionYears) {\n      retentionYears\n    }\n  }\n": typeof types.UpdateCustomerSettingsDocument,
    "\n  mutation AnonymizeCustomers($ids: [ID!]!, $reason: String!) {\n    anonymizeCustomers(ids: $ids, reason: $reason) {\n      anonymizedCount\n      job {\n        id\n      }\n    }\n  }\n": typeof types.AnonymizeCustomersDocument,
    "\n  query CustomerConsents($id: ID!) {\n    customer(id: $id) {\n      id\n      consents {\n        id\n        purpose\n        grantedAt\n        channel\n        evidence\n        withdrawnAt\n        withdrawalChannel\n      }\n    }\n  }\n": typeof types.CustomerConsentsDocument,
    "\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n    }\n  }\n": typeof types.GrantConsentDocument,
    "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  query CustomerByNumber($query: String!) {\n    customers(first: 5, filter: { query: $query }) {\n      edges {\n        node {\n          id\n          customerNo\n        }\n      }\n    }\n  }\n": typeof types.CustomerByNumberDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n    }\n  }\n": typeof types.MergeCustomersDocument,
    "\n  query CustomerMergedRecords($id: ID!) {\n    customer(id: $id) {\n      id\n      mergedRecords {\n        id\n        customerNo\n        source\n        mergedAt\n        mergedBy\n        reason\n      }\n    }\n  }\n": typeof types.CustomerMergedRecordsDocument,
    "\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordContactDocument,
    "\n  query CustomerRelations($id: ID!) {\n    customer(id: $id) {\n      id\n      relations {\n        id\n        kind\n        related {\n          id\n          name\n          customerNo\n        }\n      }\n      householdMembers {\n        id\n        name\n        ageBand\n      }\n    }\n  }\n": typeof types.CustomerRelationsDocument,
    "\n  mutation RevealCustomerField($id: ID!, $field: RevealableField!, $itemId: ID, $reason: String!) {\n    revealCustomerField(id: $id, field: $field, itemId: $itemId, reason: $reason)\n  }\n": typeof types.RevealCustomerFieldDocument,
    "\n  query CustomerContacts($id: ID!, $after: String) {\n    customer(id: $id) {\n      id\n      contacts(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            channel\n            direction\n            occurredAt\n            summary\n            originCustomerId\n            staff {\n              id\n              name\n            }\n            department {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerContactsDocument,
    "\n  fragment CustomerSummaryFields on CustomerSummary {\n    id\n    customerNo\n    partyType\n    kind\n    status\n    name\n    primaryPhone\n    primaryEmail\n    area\n    ageBand\n    tags\n    lastContactAt\n  }\n": typeof types.CustomerSummaryFieldsFragmentDoc,
    "\n  fragment CustomerPageFields on CustomerConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CustomerSummaryFields\n      }\n    }\n  }\n": typeof types.CustomerPageFieldsFragmentDoc,
    "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      ...CustomerPageFields\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      customerNo\n      partyType\n      kind\n      status\n      name\n      birthDate\n      sex\n      businessNo\n      representativeName\n      address {\n        sido\n        sigungu\n        eupmyeondong\n        roadAddress\n        jibunAddress\n        buildingNo\n        addressDetail\n        postalCode\n      }\n      householdKey\n      phones {\n        id\n        kind\n        number\n        isPrimary\n      }\n      emails {\n        id\n        address\n        isPrimary\n      }\n      tags\n      source\n      importBatchId\n      mergedIntoId\n      lastContactAt\n      createdAt\n      updatedAt\n      version\n    }\n  }\n": typeof types.CustomerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  query DataQuality($groupBy: DataQualityGroupBy!, $from: DateTime, $to: DateTime) {\n    dataQuality(groupBy: $groupBy, from: $from, to: $to) {\n      groupBy\n      generatedAt\n      rows {\n        key\n        source\n        field\n        total\n        filled\n        empty\n        completeness\n        valid\n        accuracy\n      }\n    }\n  }\n": typeof types.DataQualityDocument,
    "\n  query DataQualityHistory($groupBy: DataQualityGroupBy!, $key: String) {\n    dataQualityHistory(groupBy: $groupBy, key: $key) {\n      groupBy\n      key\n      points {\n        date\n        field\n        total\n        filled\n        valid\n        completeness\n        accuracy\n      }\n    }\n  }\n": typeof types.DataQualityHistoryDocument,
    "\n  mutation SnapshotDataQuality {\n    snapshotDataQuality {\n      date\n      groups\n    }\n  }\n": typeof types.SnapshotDataQualityDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    parentId\n    sortOrder\n    staffCount\n    active\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation DeactivateDepartment($id: ID!) {\n    deactivateDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.DeactivateDepartmentDocument,
    "\n  mutation ReactivateDepartment($id: ID!) {\n    reactivateDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.ReactivateDepartmentDocument,
    "\n  query Me {\n    me {\n      username\n      name\n      roles\n      realm\n      tenant {\n        code\n        nameKo\n        nameEn\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query StaffTotal {\n    staff(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.StaffTotalDocument,
    "\n  query Jobs($first: Int!, $after: String) {\n    jobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          state\n          requestedBy\n          attempts\n          maxAttempts\n          lastError\n          lastErrorEn\n          processedRows\n          totalRows\n          progressPercent\n          createdAt\n          finishedAt\n          downloadPath\n        }\n      }\n    }\n  }\n": typeof types.JobsDocument,
    "\n  mutation StartDepartmentExport($format: ExportFormat!) {\n    startDepartmentExport(format: $format) {\n      id\n      state\n    }\n  }\n": typeof types.StartDepartmentExportDocument,
    "\n  query NotificationTemplates {\n    notificationTemplates {\n      key\n      channel\n      nameKo\n      nameEn\n      subject\n      body\n      variables\n      customized\n      updatedAt\n      updatedBy\n    }\n    notificationSettings {\n      smsSender\n      emailFrom\n      customized\n    }\n  }\n": typeof types.NotificationTemplatesDocument,
    "\n  query PreviewNotificationTemplate($input: PreviewNotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      body\n      bytes\n      smsKind\n    }\n  }\n": typeof types.PreviewNotificationTemplateDocument,
    "\n  mutation UpdateNotificationTemplate($input: NotificationTemplateInput!) {\n    updateNotificationTemplate(input: $input) {\n      key\n      channel\n      subject\n      body\n      customized\n      updatedAt\n      updatedBy\n    }\n  }\n": typeof types.UpdateNotificationTemplateDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      smsSender\n      emailFrom\n      customized\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  query Segments($first: Int!, $after: String) {\n    segments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          count\n          updatedAt\n          createdBy\n        }\n      }\n    }\n  }\n": typeof types.SegmentsDocument,
    "\n  query Segment($id: ID!, $last: Int!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      rules\n      version\n      count\n      createdAt\n      createdBy\n      updatedAt\n      snapshots(last: $last) {\n        id\n        takenAt\n        takenBy\n        memberCount\n      }\n    }\n  }\n": typeof types.SegmentDocument,
    "\n  query SegmentPreview($rules: SegmentRules!) {\n    segmentPreview(rules: $rules) {\n      count\n    }\n  }\n": typeof types.SegmentPreviewDocument,
    "\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      id\n      name\n      description\n      rules\n      version\n      count\n      updatedAt\n    }\n  }\n": typeof types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": typeof types.DeleteSegmentDocument,
    "\n  mutation SnapshotSegment($id: ID!) {\n    snapshotSegment(id: $id) {\n      id\n      takenAt\n      takenBy\n      memberCount\n    }\n  }\n": typeof types.SnapshotSegmentDocument,
    "\n  query Staff(\n    $first: Int!\n    $after: String\n    $departmentId: ID\n    $includeSubunits: Boolean! = true\n    $search: String\n  ) {\n    staff(\n      first: $first\n      after: $after\n      departmentId: $departmentId\n      includeSubunits: $includeSubunits\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          username\n          position\n          roles\n          email\n          phone\n          department {\n            id\n            name\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffDocument,
    "\n  query Tenants {\n    tenants {\n      code\n      nameKo\n      nameEn\n    }\n  }\n": typeof types.TenantsDocument,
};
const documents: Documents = {
    "\n  query AccessLog(\n    $first: Int\n    $after: String\n    $actor: String\n    $recordId: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    accessLog(first: $first, after: $after, actor: $actor, recordId: $recordId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actor\n          actorRoles\n          entity\n          recordId\n          fields\n          masked\n          purpose\n          operation\n        }\n      }\n    }\n  }\n": types.AccessLogDocument,
    "\n  query CustomerImportSources {\n    customerImportSources {\n      source\n      updatedAt\n      mapping {\n        field\n        column\n      }\n    }\n  }\n": types.CustomerImportSourcesDocument,
    "\n  mutation SaveCustomerImportMapping($input: SaveCustomerImportMappingInput!) {\n    saveCustomerImportMapping(input: $input) {\n      source\n      mapping {\n        field\n        column\n      }\n    }\n  }\n": types.SaveCustomerImportMappingDocument,
    "\n  fragment ImportRowErrorFields on ImportRowError {\n    line\n    column\n    field\n    code\n    message\n    messageEn\n  }\n": types.ImportRowErrorFieldsFragmentDoc,
    "\n  query PreviewCustomerImport($input: CustomerImportInput!) {\n    previewCustomerImport(input: $input) {\n      format\n      encoding\n      totalRows\n      createCount\n      mergeCount\n      reviewCount\n      errorCount\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n": types.PreviewCustomerImportDocument,
    "\n  mutation StartCustomerImport($input: CustomerImportInput!) {\n    startCustomerImport(input: $input) {\n      id\n      state\n    }\n  }\n": types.StartCustomerImportDocument,
    "\n  fragment ImportBatchFields on ImportBatch {\n    id\n    source\n    fileName\n    format\n    encoding\n    state\n    totalRows\n    processedRows\n    progressPercent\n    createdCount\n    mergedCount\n    reviewCount\n    pendingReviewCount\n    errorCount\n    lastError\n    lastErrorEn\n    requestedBy\n    createdAt\n    completedAt\n    undoneAt\n    undoneBy\n  }\n": types.ImportBatchFieldsFragmentDoc,
    "\n  query CustomerImportBatches($after: String) {\n    customerImportBatches(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ImportBatchFields\n        }\n      }\n    }\n  }\n": types.CustomerImportBatchesDocument,
    "\n  query CustomerImportBatch($id: ID!) {\n    customerImportBatch(id: $id) {\n      ...ImportBatchFields\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n": types.CustomerImportBatchDocument,
    "\n  query ImportReviewItems($batchId: ID!, $after: String) {\n    importReviewItems(batchId: $batchId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          line\n          state\n          score\n          reasons\n          resultCustomerId\n          decidedBy\n          incoming {\n            id\n            customerNo\n            name\n            birthDate\n            mobile\n            email\n            address\n          }\n          candidate {\n            id\n            customerNo\n            name\n            birthDate\n            mobile\n            email\n            address\n          }\n        }\n      }\n    }\n  }\n": types.ImportReviewItemsDocument,
    "\n  mutation ResolveImportReview($input: ResolveImportReviewInput!) {\n    resolveImportReview(input: $input) {\n      id\n      state\n      resultCustomerId\n      decidedBy\n    }\n  }\n": types.ResolveImportReviewDocument,
    "\n  mutation UndoCustomerImport($batchId: ID!) {\n    undoCustomerImport(batchId: $batchId) {\n      ...ImportBatchFields\n    }\n  }\n": types.UndoCustomerImportDocument,
    "\n  query RetentionCandidates($first: Int!, $after: String) {\n    customerSettings {\n      retentionYears\n    }\n    retentionCandidates(first: $first, after: $after) {\n      ...CustomerPageFields\n    }\n  }\n": types.RetentionCandidatesDocument,
    "\n  mutation UpdateCustomerSettings($retentionYears: Int!) {\n    updateCustomerSettings(retentionYears: $retentionYears) {\n      retentionYears\n    }\n  }\n": types.UpdateCustomerSettingsDocument,
    "\n  mutation AnonymizeCustomers($ids: [ID!]!, $reason: String!) {\n    anonymizeCustomers(ids: $ids, reason: $reason) {\n      anonymizedCount\n      job {\n        id\n      }\n    }\n  }\n": types.AnonymizeCustomersDocument,
    "\n  query CustomerConsents($id: ID!) {\n    customer(id: $id) {\n      id\n      consents {\n        id\n        purpose\n        grantedAt\n        channel\n        evidence\n        withdrawnAt\n        withdrawalChannel\n      }\n    }\n  }\n": types.CustomerConsentsDocument,
    "\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n    }\n  }\n": types.GrantConsentDocument,
    "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  query CustomerByNumber($query: String!) {\n    customers(first: 5, filter: { query: $query }) {\n      edges {\n        node {\n          id\n          customerNo\n        }\n      }\n    }\n  }\n": types.CustomerByNumberDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n    }\n  }\n": types.MergeCustomersDocument,
    "\n  query CustomerMergedRecords($id: ID!) {\n    customer(id: $id) {\n      id\n      mergedRecords {\n        id\n        customerNo\n        source\n        mergedAt\n        mergedBy\n        reason\n      }\n    }\n  }\n": types.CustomerMergedRecordsDocument,
    "\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) {\n      id\n    }\n  }\n": types.RecordContactDocument,
    "\n  query CustomerRelations($id: ID!) {\n    customer(id: $id) {\n      id\n      relations {\n        id\n        kind\n        related {\n          id\n          name\n          customerNo\n        }\n      }\n      householdMembers {\n        id\n        name\n        ageBand\n      }\n    }\n  }\n": types.CustomerRelationsDocument,
    "\n  mutation RevealCustomerField($id: ID!, $field: RevealableField!, $itemId: ID, $reason: String!) {\n    revealCustomerField(id: $id, field: $field, itemId: $itemId, reason: $reason)\n  }\n": types.RevealCustomerFieldDocument,
    "\n  query CustomerContacts($id: ID!, $after: String) {\n    customer(id: $id) {\n      id\n      contacts(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            channel\n            direction\n            occurredAt\n            summary\n            originCustomerId\n            staff {\n              id\n              name\n            }\n            department {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CustomerContactsDocument,
    "\n  fragment CustomerSummaryFields on CustomerSummary {\n    id\n    customerNo\n    partyType\n    kind\n    status\n    name\n    primaryPhone\n    primaryEmail\n    area\n    ageBand\n    tags\n    lastContactAt\n  }\n": types.CustomerSummaryFieldsFragmentDoc,
    "\n  fragment CustomerPageFields on CustomerConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CustomerSummaryFields\n      }\n    }\n  }\n": types.CustomerPageFieldsFragmentDoc,
    "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      ...CustomerPageFields\n    }\n  }\n": types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      customerNo\n      partyType\n      kind\n      status\n      name\n      birthDate\n      sex\n      businessNo\n      representativeName\n      address {\n        sido\n        sigungu\n        eupmyeondong\n        roadAddress\n        jibunAddress\n        buildingNo\n        addressDetail\n        postalCode\n      }\n      householdKey\n      phones {\n        id\n        kind\n        number\n        isPrimary\n      }\n      emails {\n        id\n        address\n        isPrimary\n      }\n      tags\n      source\n      importBatchId\n      mergedIntoId\n      lastContactAt\n      createdAt\n      updatedAt\n      version\n    }\n  }\n": types.CustomerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  query DataQuality($groupBy: DataQualityGroupBy!, $from: DateTime, $to: DateTime) {\n    dataQuality(groupBy: $groupBy, from: $from, to: $to) {\n      groupBy\n      generatedAt\n      rows {\n        key\n        source\n        field\n        total\n        filled\n        empty\n        completeness\n        valid\n        accuracy\n      }\n    }\n  }\n": types.DataQualityDocument,
    "\n  query DataQualityHistory($groupBy: DataQualityGroupBy!, $key: String) {\n    dataQualityHistory(groupBy: $groupBy, key: $key) {\n      groupBy\n      key\n      points {\n        date\n        field\n        total\n        filled\n        valid\n        completeness\n        accuracy\n      }\n    }\n  }\n": types.DataQualityHistoryDocument,
    "\n  mutation SnapshotDataQuality {\n    snapshotDataQuality {\n      date\n      groups\n    }\n  }\n": types.SnapshotDataQualityDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    parentId\n    sortOrder\n    staffCount\n    active\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n": types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  mutation DeactivateDepartment($id: ID!) {\n    deactivateDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n": types.DeactivateDepartmentDocument,
    "\n  mutation ReactivateDepartment($id: ID!) {\n    reactivateDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n": types.ReactivateDepartmentDocument,
    "\n  query Me {\n    me {\n      username\n      name\n      roles\n      realm\n      tenant {\n        code\n        nameKo\n        nameEn\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query StaffTotal {\n    staff(first: 1) {\n      totalCount\n    }\n  }\n": types.StaffTotalDocument,
    "\n  query Jobs($first: Int!, $after: String) {\n    jobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          state\n          requestedBy\n          attempts\n          maxAttempts\n          lastError\n          lastErrorEn\n          processedRows\n          totalRows\n          progressPercent\n          createdAt\n          finishedAt\n          downloadPath\n        }\n      }\n    }\n  }\n": types.JobsDocument,
    "\n  mutation StartDepartmentExport($format: ExportFormat!) {\n    startDepartmentExport(format: $format) {\n      id\n      state\n    }\n  }\n": types.StartDepartmentExportDocument,
    "\n  query NotificationTemplates {\n    notificationTemplates {\n      key\n      channel\n      nameKo\n      nameEn\n      subject\n      body\n      variables\n      customized\n      updatedAt\n      updatedBy\n    }\n    notificationSettings {\n      smsSender\n      emailFrom\n      customized\n    }\n  }\n": types.NotificationTemplatesDocument,
    "\n  query PreviewNotificationTemplate($input: PreviewNotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      body\n      bytes\n      smsKind\n    }\n  }\n": types.PreviewNotificationTemplateDocument,
    "\n  mutation UpdateNotificationTemplate($input: NotificationTemplateInput!) {\n    updateNotificationTemplate(input: $input) {\n      key\n      channel\n      subject\n      body\n      customized\n      updatedAt\n      updatedBy\n    }\n  }\n": types.UpdateNotificationTemplateDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      smsSender\n      emailFrom\n      customized\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  query Segments($first: Int!, $after: String) {\n    segments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          count\n          updatedAt\n          createdBy\n        }\n      }\n    }\n  }\n": types.SegmentsDocument,
    "\n  query Segment($id: ID!, $last: Int!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      rules\n      version\n      count\n      createdAt\n      createdBy\n      updatedAt\n      snapshots(last: $last) {\n        id\n        takenAt\n        takenBy\n        memberCount\n      }\n    }\n  }\n": types.SegmentDocument,
    "\n  query SegmentPreview($rules: SegmentRules!) {\n    segmentPreview(rules: $rules) {\n      count\n    }\n  }\n": types.SegmentPreviewDocument,
    "\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      id\n      name\n      description\n      rules\n      version\n      count\n      updatedAt\n    }\n  }\n": types.UpdateSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": types.DeleteSegmentDocument,
    "\n  mutation SnapshotSegment($id: ID!) {\n    snapshotSegment(id: $id) {\n      id\n      takenAt\n      takenBy\n      memberCount\n    }\n  }\n": types.SnapshotSegmentDocument,
    "\n  query Staff(\n    $first: Int!\n    $after: String\n    $departmentId: ID\n    $includeSubunits: Boolean! = true\n    $search: String\n  ) {\n    staff(\n      first: $first\n      after: $after\n      departmentId: $departmentId\n      includeSubunits: $includeSubunits\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          username\n          position\n          roles\n          email\n          phone\n          department {\n            id\n            name\n            code\n          }\n        }\n      }\n    }\n  }\n": types.StaffDocument,
    "\n  query Tenants {\n    tenants {\n      code\n      nameKo\n      nameEn\n    }\n  }\n": types.TenantsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLog(\n    $first: Int\n    $after: String\n    $actor: String\n    $recordId: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    accessLog(first: $first, after: $after, actor: $actor, recordId: $recordId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actor\n          actorRoles\n          entity\n          recordId\n          fields\n          masked\n          purpose\n          operation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLog(\n    $first: Int\n    $after: String\n    $actor: String\n    $recordId: String\n    $from: DateTime\n    $to: DateTime\n  ) {\n    accessLog(first: $first, after: $after, actor: $actor, recordId: $recordId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actor\n          actorRoles\n          entity\n          recordId\n          fields\n          masked\n          purpose\n          operation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImportSources {\n    customerImportSources {\n      source\n      updatedAt\n      mapping {\n        field\n        column\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerImportSources {\n    customerImportSources {\n      source\n      updatedAt\n      mapping {\n        field\n        column\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomerImportMapping($input: SaveCustomerImportMappingInput!) {\n    saveCustomerImportMapping(input: $input) {\n      source\n      mapping {\n        field\n        column\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCustomerImportMapping($input: SaveCustomerImportMappingInput!) {\n    saveCustomerImportMapping(input: $input) {\n      source\n      mapping {\n        field\n        column\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportRowErrorFields on ImportRowError {\n    line\n    column\n    field\n    code\n    message\n    messageEn\n  }\n"): (typeof documents)["\n  fragment ImportRowErrorFields on ImportRowError {\n    line\n    column\n    field\n    code\n    message\n    messageEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCustomerImport($input: CustomerImportInput!) {\n    previewCustomerImport(input: $input) {\n      format\n      encoding\n      totalRows\n      createCount\n      mergeCount\n      reviewCount\n      errorCount\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewCustomerImport($input: CustomerImportInput!) {\n    previewCustomerImport(input: $input) {\n      format\n      encoding\n      totalRows\n      createCount\n      mergeCount\n      reviewCount\n      errorCount\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCustomerImport($input: CustomerImportInput!) {\n    startCustomerImport(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation StartCustomerImport($input: CustomerImportInput!) {\n    startCustomerImport(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportBatchFields on ImportBatch {\n    id\n    source\n    fileName\n    format\n    encoding\n    state\n    totalRows\n    processedRows\n    progressPercent\n    createdCount\n    mergedCount\n    reviewCount\n    pendingReviewCount\n    errorCount\n    lastError\n    lastErrorEn\n    requestedBy\n    createdAt\n    completedAt\n    undoneAt\n    undoneBy\n  }\n"): (typeof documents)["\n  fragment ImportBatchFields on ImportBatch {\n    id\n    source\n    fileName\n    format\n    encoding\n    state\n    totalRows\n    processedRows\n    progressPercent\n    createdCount\n    mergedCount\n    reviewCount\n    pendingReviewCount\n    errorCount\n    lastError\n    lastErrorEn\n    requestedBy\n    createdAt\n    completedAt\n    undoneAt\n    undoneBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImportBatches($after: String) {\n    customerImportBatches(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ImportBatchFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerImportBatches($after: String) {\n    customerImportBatches(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ImportBatchFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImportBatch($id: ID!) {\n    customerImportBatch(id: $id) {\n      ...ImportBatchFields\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerImportBatch($id: ID!) {\n    customerImportBatch(id: $id) {\n      ...ImportBatchFields\n      errors {\n        ...ImportRowErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportReviewItems($batchId: ID!, $after: String) {\n    importReviewItems(batchId: $batchId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          line\n          state\n          score\n          reasons\n          resultCustomerId\n          decidedBy\n          incoming {\n            id\n            customerNo\n            name\n            birthDate\n            mobile\n            email\n            address\n          }\n          candidate {\n            id\n            customerNo\n            name\n            birthDate\n            mobile\n            email\n            address\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportReviewItems($batchId: ID!, $after: String) {\n    importReviewItems(batchId: $batchId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          line\n          state\n          score\n          reasons\n          resultCustomerId\n          decidedBy\n          incoming {\n            id\n            customerNo\n            name\n            birthDate\n            mobile\n            email\n            address\n          }\n          candidate {\n            id\n            customerNo\n            name\n            birthDate\n            mobile\n            email\n            address\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveImportReview($input: ResolveImportReviewInput!) {\n    resolveImportReview(input: $input) {\n      id\n      state\n      resultCustomerId\n      decidedBy\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveImportReview($input: ResolveImportReviewInput!) {\n    resolveImportReview(input: $input) {\n      id\n      state\n      resultCustomerId\n      decidedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoCustomerImport($batchId: ID!) {\n    undoCustomerImport(batchId: $batchId) {\n      ...ImportBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation UndoCustomerImport($batchId: ID!) {\n    undoCustomerImport(batchId: $batchId) {\n      ...ImportBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionCandidates($first: Int!, $after: String) {\n    customerSettings {\n      retentionYears\n    }\n    retentionCandidates(first: $first, after: $after) {\n      ...CustomerPageFields\n    }\n  }\n"): (typeof documents)["\n  query RetentionCandidates($first: Int!, $after: String) {\n    customerSettings {\n      retentionYears\n    }\n    retentionCandidates(first: $first, after: $after) {\n      ...CustomerPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerSettings($retentionYears: Int!) {\n    updateCustomerSettings(retentionYears: $retentionYears) {\n      retentionYears\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomerSettings($retentionYears: Int!) {\n    updateCustomerSettings(retentionYears: $retentionYears) {\n      retentionYears\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymizeCustomers($ids: [ID!]!, $reason: String!) {\n    anonymizeCustomers(ids: $ids, reason: $reason) {\n      anonymizedCount\n      job {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnonymizeCustomers($ids: [ID!]!, $reason: String!) {\n    anonymizeCustomers(ids: $ids, reason: $reason) {\n      anonymizedCount\n      job {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerConsents($id: ID!) {\n    customer(id: $id) {\n      id\n      consents {\n        id\n        purpose\n        grantedAt\n        channel\n        evidence\n        withdrawnAt\n        withdrawalChannel\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerConsents($id: ID!) {\n    customer(id: $id) {\n      id\n      consents {\n        id\n        purpose\n        grantedAt\n        channel\n        evidence\n        withdrawnAt\n        withdrawalChannel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerByNumber($query: String!) {\n    customers(first: 5, filter: { query: $query }) {\n      edges {\n        node {\n          id\n          customerNo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerByNumber($query: String!) {\n    customers(first: 5, filter: { query: $query }) {\n      edges {\n        node {\n          id\n          customerNo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCustomers($input: MergeCustomersInput!) {\n    mergeCustomers(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerMergedRecords($id: ID!) {\n    customer(id: $id) {\n      id\n      mergedRecords {\n        id\n        customerNo\n        source\n        mergedAt\n        mergedBy\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerMergedRecords($id: ID!) {\n    customer(id: $id) {\n      id\n      mergedRecords {\n        id\n        customerNo\n        source\n        mergedAt\n        mergedBy\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRelations($id: ID!) {\n    customer(id: $id) {\n      id\n      relations {\n        id\n        kind\n        related {\n          id\n          name\n          customerNo\n        }\n      }\n      householdMembers {\n        id\n        name\n        ageBand\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerRelations($id: ID!) {\n    customer(id: $id) {\n      id\n      relations {\n        id\n        kind\n        related {\n          id\n          name\n          customerNo\n        }\n      }\n      householdMembers {\n        id\n        name\n        ageBand\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealCustomerField($id: ID!, $field: RevealableField!, $itemId: ID, $reason: String!) {\n    revealCustomerField(id: $id, field: $field, itemId: $itemId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RevealCustomerField($id: ID!, $field: RevealableField!, $itemId: ID, $reason: String!) {\n    revealCustomerField(id: $id, field: $field, itemId: $itemId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerContacts($id: ID!, $after: String) {\n    customer(id: $id) {\n      id\n      contacts(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            channel\n            direction\n            occurredAt\n            summary\n            originCustomerId\n            staff {\n              id\n              name\n            }\n            department {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerContacts($id: ID!, $after: String) {\n    customer(id: $id) {\n      id\n      contacts(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            channel\n            direction\n            occurredAt\n            summary\n            originCustomerId\n            staff {\n              id\n              name\n            }\n            department {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerSummaryFields on CustomerSummary {\n    id\n    customerNo\n    partyType\n    kind\n    status\n    name\n    primaryPhone\n    primaryEmail\n    area\n    ageBand\n    tags\n    lastContactAt\n  }\n"): (typeof documents)["\n  fragment CustomerSummaryFields on CustomerSummary {\n    id\n    customerNo\n    partyType\n    kind\n    status\n    name\n    primaryPhone\n    primaryEmail\n    area\n    ageBand\n    tags\n    lastContactAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerPageFields on CustomerConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CustomerSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerPageFields on CustomerConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CustomerSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      ...CustomerPageFields\n    }\n  }\n"): (typeof documents)["\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      ...CustomerPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      customerNo\n      partyType\n      kind\n      status\n      name\n      birthDate\n      sex\n      businessNo\n      representativeName\n      address {\n        sido\n        sigungu\n        eupmyeondong\n        roadAddress\n        jibunAddress\n        buildingNo\n        addressDetail\n        postalCode\n      }\n      householdKey\n      phones {\n        id\n        kind\n        number\n        isPrimary\n      }\n      emails {\n        id\n        address\n        isPrimary\n      }\n      tags\n      source\n      importBatchId\n      mergedIntoId\n      lastContactAt\n      createdAt\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      customerNo\n      partyType\n      kind\n      status\n      name\n      birthDate\n      sex\n      businessNo\n      representativeName\n      address {\n        sido\n        sigungu\n        eupmyeondong\n        roadAddress\n        jibunAddress\n        buildingNo\n        addressDetail\n        postalCode\n      }\n      householdKey\n      phones {\n        id\n        kind\n        number\n        isPrimary\n      }\n      emails {\n        id\n        address\n        isPrimary\n      }\n      tags\n      source\n      importBatchId\n      mergedIntoId\n      lastContactAt\n      createdAt\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataQuality($groupBy: DataQualityGroupBy!, $from: DateTime, $to: DateTime) {\n    dataQuality(groupBy: $groupBy, from: $from, to: $to) {\n      groupBy\n      generatedAt\n      rows {\n        key\n        source\n        field\n        total\n        filled\n        empty\n        completeness\n        valid\n        accuracy\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataQuality($groupBy: DataQualityGroupBy!, $from: DateTime, $to: DateTime) {\n    dataQuality(groupBy: $groupBy, from: $from, to: $to) {\n      groupBy\n      generatedAt\n      rows {\n        key\n        source\n        field\n        total\n        filled\n        empty\n        completeness\n        valid\n        accuracy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataQualityHistory($groupBy: DataQualityGroupBy!, $key: String) {\n    dataQualityHistory(groupBy: $groupBy, key: $key) {\n      groupBy\n      key\n      points {\n        date\n        field\n        total\n        filled\n        valid\n        completeness\n        accuracy\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataQualityHistory($groupBy: DataQualityGroupBy!, $key: String) {\n    dataQualityHistory(groupBy: $groupBy, key: $key) {\n      groupBy\n      key\n      points {\n        date\n        field\n        total\n        filled\n        valid\n        completeness\n        accuracy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnapshotDataQuality {\n    snapshotDataQuality {\n      date\n      groups\n    }\n  }\n"): (typeof documents)["\n  mutation SnapshotDataQuality {\n    snapshotDataQuality {\n      date\n      groups\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    parentId\n    sortOrder\n    staffCount\n    active\n  }\n"): (typeof documents)["\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    parentId\n    sortOrder\n    staffCount\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateDepartment($id: ID!) {\n    deactivateDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateDepartment($id: ID!) {\n    deactivateDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateDepartment($id: ID!) {\n    reactivateDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateDepartment($id: ID!) {\n    reactivateDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      username\n      name\n      roles\n      realm\n      tenant {\n        code\n        nameKo\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      username\n      name\n      roles\n      realm\n      tenant {\n        code\n        nameKo\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTotal {\n    staff(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StaffTotal {\n    staff(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs($first: Int!, $after: String) {\n    jobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          state\n          requestedBy\n          attempts\n          maxAttempts\n          lastError\n          lastErrorEn\n          processedRows\n          totalRows\n          progressPercent\n          createdAt\n          finishedAt\n          downloadPath\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Jobs($first: Int!, $after: String) {\n    jobs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          state\n          requestedBy\n          attempts\n          maxAttempts\n          lastError\n          lastErrorEn\n          processedRows\n          totalRows\n          progressPercent\n          createdAt\n          finishedAt\n          downloadPath\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDepartmentExport($format: ExportFormat!) {\n    startDepartmentExport(format: $format) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation StartDepartmentExport($format: ExportFormat!) {\n    startDepartmentExport(format: $format) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationTemplates {\n    notificationTemplates {\n      key\n      channel\n      nameKo\n      nameEn\n      subject\n      body\n      variables\n      customized\n      updatedAt\n      updatedBy\n    }\n    notificationSettings {\n      smsSender\n      emailFrom\n      customized\n    }\n  }\n"): (typeof documents)["\n  query NotificationTemplates {\n    notificationTemplates {\n      key\n      channel\n      nameKo\n      nameEn\n      subject\n      body\n      variables\n      customized\n      updatedAt\n      updatedBy\n    }\n    notificationSettings {\n      smsSender\n      emailFrom\n      customized\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewNotificationTemplate($input: PreviewNotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      body\n      bytes\n      smsKind\n    }\n  }\n"): (typeof documents)["\n  query PreviewNotificationTemplate($input: PreviewNotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      body\n      bytes\n      smsKind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationTemplate($input: NotificationTemplateInput!) {\n    updateNotificationTemplate(input: $input) {\n      key\n      channel\n      subject\n      body\n      customized\n      updatedAt\n      updatedBy\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationTemplate($input: NotificationTemplateInput!) {\n    updateNotificationTemplate(input: $input) {\n      key\n      channel\n      subject\n      body\n      customized\n      updatedAt\n      updatedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      smsSender\n      emailFrom\n      customized\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      smsSender\n      emailFrom\n      customized\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Segments($first: Int!, $after: String) {\n    segments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          count\n          updatedAt\n          createdBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Segments($first: Int!, $after: String) {\n    segments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          count\n          updatedAt\n          createdBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Segment($id: ID!, $last: Int!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      rules\n      version\n      count\n      createdAt\n      createdBy\n      updatedAt\n      snapshots(last: $last) {\n        id\n        takenAt\n        takenBy\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Segment($id: ID!, $last: Int!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      rules\n      version\n      count\n      createdAt\n      createdBy\n      updatedAt\n      snapshots(last: $last) {\n        id\n        takenAt\n        takenBy\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentPreview($rules: SegmentRules!) {\n    segmentPreview(rules: $rules) {\n      count\n    }\n  }\n"): (typeof documents)["\n  query SegmentPreview($rules: SegmentRules!) {\n    segmentPreview(rules: $rules) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSegment($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSegment($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      id\n      name\n      description\n      rules\n      version\n      count\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSegment($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      id\n      name\n      description\n      rules\n      version\n      count\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnapshotSegment($id: ID!) {\n    snapshotSegment(id: $id) {\n      id\n      takenAt\n      takenBy\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation SnapshotSegment($id: ID!) {\n    snapshotSegment(id: $id) {\n      id\n      takenAt\n      takenBy\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Staff(\n    $first: Int!\n    $after: String\n    $departmentId: ID\n    $includeSubunits: Boolean! = true\n    $search: String\n  ) {\n    staff(\n      first: $first\n      after: $after\n      departmentId: $departmentId\n      includeSubunits: $includeSubunits\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          username\n          position\n          roles\n          email\n          phone\n          department {\n            id\n            name\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Staff(\n    $first: Int!\n    $after: String\n    $departmentId: ID\n    $includeSubunits: Boolean! = true\n    $search: String\n  ) {\n    staff(\n      first: $first\n      after: $after\n      departmentId: $departmentId\n      includeSubunits: $includeSubunits\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          username\n          position\n          roles\n          email\n          phone\n          department {\n            id\n            name\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants {\n    tenants {\n      code\n      nameKo\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query Tenants {\n    tenants {\n      code\n      nameKo\n      nameEn\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;