import { graphql } from '../gql/index.ts';

/** Sign-in and its steps (password change, TOTP), and the staff accounts screen (issue 15). */

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      step
      account {
        id
        displayName
        roles
        tenantKind
        tenantId
      }
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($o: String!, $n: String!) {
    changePassword(currentPassword: $o, newPassword: $n) {
      token
      step
      account {
        id
        displayName
        roles
        tenantKind
        tenantId
      }
    }
  }
`);

export const BEGIN_TOTP_ENROLMENT = graphql(`
  mutation BeginTotpEnrolment {
    beginTotpEnrolment {
      secret
      qrDataUrl
    }
  }
`);

export const CONFIRM_TOTP_ENROLMENT = graphql(`
  mutation ConfirmTotpEnrolment($c: String!) {
    confirmTotpEnrolment(code: $c) {
      token
      step
      account {
        id
        displayName
        roles
        tenantKind
        tenantId
      }
    }
  }
`);

export const VERIFY_TOTP = graphql(`
  mutation VerifyTotp($c: String!) {
    verifyTotp(code: $c) {
      token
      step
      account {
        id
        displayName
        roles
        tenantKind
        tenantId
      }
    }
  }
`);

export const STAFF_ACCOUNTS = graphql(`
  query StaffAccounts($search: String, $offset: Int, $limit: Int) {
    staffAccounts(search: $search, offset: $offset, limit: $limit) {
      total
      items {
        id
        username
        displayName
        tenantKind
        tenantId
        roles
        active
        mustChangePassword
        totpEnrolled
      }
    }
  }
`);

export const ACCOUNT_UNITS = graphql(`
  query AccountUnits {
    prisons {
      id
      name
    }
    detoxCentres {
      id
      name
    }
    countyBureaus {
      id
      name
      kind
    }
    supervisingBureaus {
      id
      name
      kind
    }
    detentionCentres {
      id
      name
    }
  }
`);

export const CREATE_STAFF_ACCOUNT = graphql(`
  mutation CreateStaffAccount($input: NewStaffAccountInput!) {
    createStaffAccount(input: $input) {
      temporaryPassword
      account {
        id
        username
        displayName
        tenantKind
        tenantId
        roles
        active
        mustChangePassword
        totpEnrolled
      }
    }
  }
`);

export const SET_STAFF_ACCOUNT_ROLES = graphql(`
  mutation SetStaffAccountRoles($id: ID!, $roles: [String!]!) {
    setStaffAccountRoles(id: $id, roles: $roles) {
      id
      username
      displayName
      tenantKind
      tenantId
      roles
      active
      mustChangePassword
      totpEnrolled
    }
  }
`);

export const RESET_STAFF_PASSWORD = graphql(`
  mutation ResetStaffPassword($id: ID!, $f: Boolean) {
    resetStaffPassword(id: $id, resetSecondFactor: $f) {
      temporaryPassword
      account {
        id
        username
        displayName
        tenantKind
        tenantId
        roles
        active
        mustChangePassword
        totpEnrolled
      }
    }
  }
`);

export const SET_STAFF_ACCOUNT_ACTIVE = graphql(`
  mutation SetStaffAccountActive($id: ID!, $active: Boolean!) {
    setStaffAccountActive(id: $id, active: $active) {
      id
      username
      displayName
      tenantKind
      tenantId
      roles
      active
      mustChangePassword
      totpEnrolled
    }
  }
`);
