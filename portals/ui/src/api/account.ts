import { useMutation, useQuery } from '@vue/apollo-composable';
import type { Ref } from 'vue';
import type { StaffAccountsQueryVariables } from '../gql/graphql.ts';
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

export const useLogin = () => useMutation(LOGIN);
export const useChangePassword = () => useMutation(CHANGE_PASSWORD);
export const useBeginTotpEnrolment = () => useMutation(BEGIN_TOTP_ENROLMENT);
export const useConfirmTotpEnrolment = () => useMutation(CONFIRM_TOTP_ENROLMENT);
export const useVerifyTotp = () => useMutation(VERIFY_TOTP);

/** A page of the staff accounts the caller manages, read afresh. */
export const useStaffAccounts = (variables: () => StaffAccountsQueryVariables) => useQuery(STAFF_ACCOUNTS, variables, { fetchPolicy: 'network-only' });
/** The units the province's administrator opens accounts in (only asked for the province; partial lists kept). */
export const useAccountUnits = (isProvince: Ref<boolean>) => useQuery(ACCOUNT_UNITS, {}, () => ({ enabled: isProvince.value, errorPolicy: 'all' }));
export const useCreateStaffAccount = () => useMutation(CREATE_STAFF_ACCOUNT);
export const useSetStaffAccountRoles = () => useMutation(SET_STAFF_ACCOUNT_ROLES);
export const useResetStaffPassword = () => useMutation(RESET_STAFF_PASSWORD);
export const useSetStaffAccountActive = () => useMutation(SET_STAFF_ACCOUNT_ACTIVE);
