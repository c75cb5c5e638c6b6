import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../gql/index.ts';

/** Issue 15: the family's own account: registering, password, phone, and a forgotten password by SMS code. */
export const REGISTER = graphql(`
  mutation Register($name: String!, $idNumber: String!, $phone: String!, $username: String!, $password: String!) {
    registerProxy(name: $name, idNumber: $idNumber, phone: $phone, username: $username, password: $password) {
      token
      account {
        id
        displayName
      }
    }
  }
`);
export const ME = graphql(`
  query MyAccount {
    me {
      id
      username
      displayName
      phoneMasked
    }
  }
`);
/** The same mutation as staff's (one password change for every account); a family's next step is always DONE. */
export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      account {
        id
      }
    }
  }
`);
export const REQUEST_PHONE_CHANGE = graphql(`
  mutation RequestPhoneChange($currentPassword: String!, $phone: String!) {
    requestPhoneChange(currentPassword: $currentPassword, phone: $phone) {
      ticket
      expiresInSeconds
    }
  }
`);
export const CONFIRM_PHONE_CHANGE = graphql(`
  mutation ConfirmPhoneChange($ticket: ID!, $code: String!) {
    confirmPhoneChange(ticket: $ticket, code: $code) {
      id
      phoneMasked
    }
  }
`);
/** The same answer whether or not the account exists: the screen says "if it exists". */
export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($name: String!) {
    requestPasswordReset(name: $name) {
      ticket
      expiresInSeconds
    }
  }
`);
export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($ticket: ID!, $code: String!, $newPassword: String!) {
    resetPassword(ticket: $ticket, code: $code, newPassword: $newPassword)
  }
`);

export const useRegister = () => useMutation(REGISTER);
/** The signed-in family's account (null until read). */
export function useMyAccount() {
  const query = useQuery(ME, null, { fetchPolicy: 'cache-and-network' });
  return { ...query, account: computed(() => query.result.value?.me ?? null) };
}
export const useChangePassword = () => useMutation(CHANGE_PASSWORD);
export const useRequestPhoneChange = () => useMutation(REQUEST_PHONE_CHANGE);
export const useConfirmPhoneChange = () => useMutation(CONFIRM_PHONE_CHANGE);
export const useRequestPasswordReset = () => useMutation(REQUEST_PASSWORD_RESET);
export const useResetPassword = () => useMutation(RESET_PASSWORD);
