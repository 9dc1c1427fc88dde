import { graphql } from '../graphql/generated';
import type { CustomerQuery, CustomersQuery } from '../graphql/generated/graphql';

export type CustomerRow = CustomersQuery['customers']['edges'][number]['node'];
export type CustomerDetail = NonNullable<CustomerQuery['customer']>;

export const CUSTOMERS_PAGE_SIZE = 50;
/**
 * The timeline's page size is a literal in the documents: the API prices a `first` given through a
 * variable at the largest page (200), which would take the 360 query past its query-cost limit.
 */

const SUMMARY = graphql(`
  fragment CustomerSummaryFields on CustomerSummary {
    id
    customerNo
    partyType
    kind
    status
    name
    primaryPhone
    primaryEmail
    area
    ageBand
    tags
    lastContactAt
    sortValue
  }
`);
void SUMMARY;

/** A page of masked customer rows: the list, the retention candidates. */
const PAGE = graphql(`
  fragment CustomerPageFields on CustomerConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...CustomerSummaryFields
      }
    }
  }
`);
void PAGE;

export const CUSTOMERS_QUERY = graphql(`
  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {
    customers(first: $first, after: $after, filter: $filter, sort: $sort) {
      ...CustomerPageFields
    }
  }
`);

export const CUSTOMER_QUERY = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) {
      id
      customerNo
      partyType
      kind
      status
      name
      birthDate
      sex
      businessNo
      representativeName
      address {
        sido
        sigungu
        eupmyeondong
        roadAddress
        jibunAddress
        buildingNo
        addressDetail
        postalCode
      }
      householdKey
      phones {
        id
        kind
        number
        isPrimary
      }
      emails {
        id
        address
        isPrimary
      }
      tags
      customFields
      source
      importBatchId
      mergedIntoId
      lastContactAt
      createdAt
      updatedAt
      version
    }
  }
`);

export const CREATE_CUSTOMER = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_CUSTOMER = graphql(`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      id
      version
    }
  }
`);
