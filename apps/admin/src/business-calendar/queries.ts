import { graphql } from '../graphql/generated';

export const CALENDAR_QUERY = graphql(`
  query BusinessCalendar($year: Int!) {
    holidays(year: $year) {
      year
      nationalHolidaysKnown
      holidays {
        day
        name
        source
        createdBy
      }
    }
    officeHours {
      start
      lunchStart
      lunchEnd
      end
    }
  }
`);

export const ADD_HOLIDAY = graphql(`
  mutation AddHoliday($day: String!, $name: String!, $kind: TenantHolidayKind!) {
    addHoliday(day: $day, name: $name, kind: $kind) {
      day
    }
  }
`);

export const REMOVE_HOLIDAY = graphql(`
  mutation RemoveHoliday($day: String!) {
    removeHoliday(day: $day) {
      day
    }
  }
`);

export const UPDATE_OFFICE_HOURS = graphql(`
  mutation UpdateOfficeHours($input: OfficeHoursInput!) {
    updateOfficeHours(input: $input) {
      start
      lunchStart
      lunchEnd
      end
    }
  }
`);

export const DEADLINE_QUERY = graphql(`
  query DeadlinePreview($receivedAt: DateTime!, $periodDays: Int!, $targetShare: Float) {
    deadline(receivedAt: $receivedAt, periodDays: $periodDays, targetShare: $targetShare) {
      dueAt
      countedIn
      startsAt
      targetDueAt
      nationalHolidaysUnknownFor
    }
  }
`);
