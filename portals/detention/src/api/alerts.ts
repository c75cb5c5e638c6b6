import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql/index.ts';

export const MY_ALERT_PHONE = graphql(`
  query MyAlertPhone {
    me {
      id
      phoneMasked
    }
  }
`);

export const SET_MY_ALERT_PHONE = graphql(`
  mutation SetMyAlertPhone($p: String!) {
    setMyAlertPhone(phone: $p) {
      id
      phoneMasked
    }
  }
`);

export const useMyAlertPhone = () => useQuery(MY_ALERT_PHONE);
export const useSetMyAlertPhone = () => useMutation(SET_MY_ALERT_PHONE);
