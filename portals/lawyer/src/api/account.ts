import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../gql/index.ts';

export const REGISTRATION_BUREAUS = graphql(`
  query RegistrationBureaus {
    countyBureaus {
      id
      name
      kind
    }
  }
`);

export const REGISTER_LAWYER = graphql(`
  mutation RegisterLawyer(
    $username: String!
    $password: String!
    $name: String!
    $phone: String!
    $certificateNumber: String!
    $firm: String!
    $bureauId: ID!
  ) {
    registerLawyer(
      username: $username
      password: $password
      name: $name
      phone: $phone
      certificateNumber: $certificateNumber
      firm: $firm
      bureauId: $bureauId
    ) {
      accountId
      status
    }
  }
`);

/** The county bureaus a lawyer may register with. */
export function useRegistrationBureaus() {
  const query = useQuery(REGISTRATION_BUREAUS);
  return { ...query, bureaus: computed(() => (query.result.value?.countyBureaus ?? []).filter((b: { kind: string }) => b.kind === 'COUNTY_BUREAU')) };
}
export const useRegisterLawyer = () => useMutation(REGISTER_LAWYER);
