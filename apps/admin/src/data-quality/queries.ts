import { graphql } from '../graphql/generated';
import type { DataQualityQuery } from '../graphql/generated/graphql';

export type QualityRow = DataQualityQuery['dataQuality']['rows'][number];

export const DATA_QUALITY_QUERY = graphql(`
  query DataQuality($groupBy: DataQualityGroupBy!, $from: DateTime, $to: DateTime) {
    dataQuality(groupBy: $groupBy, from: $from, to: $to) {
      groupBy
      generatedAt
      rows {
        key
        source
        field
        total
        filled
        empty
        completeness
        valid
        accuracy
      }
    }
  }
`);

export const DATA_QUALITY_HISTORY_QUERY = graphql(`
  query DataQualityHistory($groupBy: DataQualityGroupBy!, $key: String) {
    dataQualityHistory(groupBy: $groupBy, key: $key) {
      groupBy
      key
      points {
        date
        field
        total
        filled
        valid
        completeness
        accuracy
      }
    }
  }
`);

export const SNAPSHOT_DATA_QUALITY = graphql(`
  mutation SnapshotDataQuality {
    snapshotDataQuality {
      date
      groups
    }
  }
`);
