/**
 * The documents of the over-time views (Over time, Compare, Import's plan list), beside
 * documents.ts's: `npm run codegen` types them the same way.
 */
import { graphql } from './generated/gql.ts';

graphql(`
  fragment WeaknessRefFields on WeaknessRef {
    id
    code
    statement
    deadlineText
    plan {
      id
      symbol
      date
      province
      synthetic
    }
    leads {
      id
      name
      nameEn
    }
  }
`);

/** The plans loaded, for the pickers of the over-time, comparison and import views. */
export const PLAN_LIST = graphql(`
  query PlanList {
    overview(limit: 1) {
      plans {
        id
        symbol
        title
        province
        date
        synthetic
      }
    }
  }
`);

export const RECURRENCES = graphql(`
  query Recurrences($province: String, $agency: String, $weakness: ID) {
    recurrences(province: $province, agency: $agency, weakness: $weakness) {
      query
      truncated
      links {
        earlier {
          id
        }
        later {
          id
        }
        score
        terms
        lead {
          changed
          from {
            id
            name
            nameEn
          }
          to {
            id
            name
            nameEn
          }
        }
        repeatedTasks
      }
      chains {
        plans
        weaknesses {
          ...WeaknessRefFields
        }
      }
    }
  }
`);

export const FOLLOW_THROUGH = graphql(`
  query FollowThrough($province: String, $agency: String, $asOf: Date, $status: [DutyStatus!]) {
    followThrough(province: $province, agency: $agency, asOf: $asOf, status: $status, limit: 2000) {
      asOf
      truncated
      duties {
        role
        agency {
          id
          name
          nameEn
        }
        itemType
        itemId
        weaknessId
        weaknessCode
        text
        plan {
          id
          symbol
          date
          synthetic
        }
        section {
          numeral
        }
        deadlineText
        dueBy
        status
        recurredIn {
          id
          symbol
          date
        }
      }
      totals {
        open
        due
        overdue
        overdueRecurring
        total
      }
      bySection {
        plan {
          id
          symbol
          date
        }
        section {
          numeral
          title
        }
        counts {
          open
          due
          overdue
          overdueRecurring
          total
        }
      }
    }
  }
`);

export const COMPARE_PLANS = graphql(`
  query ComparePlans($a: ID!, $b: ID!) {
    comparePlans(a: $a, b: $b) {
      sameProvince
      a {
        id
        symbol
        province
        date
        synthetic
      }
      b {
        id
        symbol
        province
        date
        synthetic
      }
      recurring {
        a {
          ...WeaknessRefFields
        }
        b {
          ...WeaknessRefFields
        }
        score
        lead {
          changed
        }
        repeatedTasks
      }
      added {
        ...WeaknessRefFields
      }
      removed {
        ...WeaknessRefFields
      }
      movedResponsibilities {
        a {
          code
        }
        b {
          code
        }
        role
        from {
          id
          name
          nameEn
        }
        to {
          id
          name
          nameEn
        }
      }
      documentsOnlyInA {
        id
        label
      }
      documentsOnlyInB {
        id
        label
      }
      documentsInBoth {
        id
      }
    }
  }
`);
