import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql/index.ts';

/** Units the province administers: prisons, detox centres, venues, their rule packs. */

export const UNITS_ADMIN = graphql(`
  query UnitsAdmin {
    prisons {
      id
      name
      region
      address
      phone
      active
      inactiveReason
      rulePack
      packSchedule {
        rulePack
        effectiveFrom
      }
      wards {
        id
        number
        name
      }
    }
    detoxCentres {
      id
      name
      region
      address
      phone
      active
      inactiveReason
      rulePack
      packSchedule {
        rulePack
        effectiveFrom
      }
      brigades {
        id
        number
        name
      }
    }
    countyBureaus {
      id
      name
      region
      address
      phone
      active
      inactiveReason
      rulePack
      packSchedule {
        rulePack
        effectiveFrom
      }
      kind
      actsAsCountyBureau
    }
  }
`);

export const CREATE_PRISON = graphql(`
  mutation CreatePrison($contact: UnitContactInput!, $rulePack: String!) {
    createPrison(contact: $contact, rulePack: $rulePack) {
      id
    }
  }
`);

export const CREATE_DETOX_CENTRE = graphql(`
  mutation CreateDetoxCentre($contact: UnitContactInput!, $rulePack: String!) {
    createDetoxCentre(contact: $contact, rulePack: $rulePack) {
      id
    }
  }
`);

export const CREATE_VENUE = graphql(`
  mutation CreateVenue($kind: String!, $contact: UnitContactInput!, $rulePack: String!, $parentBureauId: ID, $actsAsCountyBureau: Boolean!) {
    createVenue(kind: $kind, contact: $contact, rulePack: $rulePack, parentBureauId: $parentBureauId, actsAsCountyBureau: $actsAsCountyBureau) {
      id
    }
  }
`);

export const UPDATE_PRISON = graphql(`
  mutation UpdatePrison($id: ID!, $contact: UnitContactInput!) {
    updatePrison(id: $id, contact: $contact) {
      id
    }
  }
`);

export const UPDATE_DETOX_CENTRE = graphql(`
  mutation UpdateDetoxCentre($id: ID!, $contact: UnitContactInput!) {
    updateDetoxCentre(id: $id, contact: $contact) {
      id
    }
  }
`);

export const UPDATE_VENUE = graphql(`
  mutation UpdateVenue($id: ID!, $contact: UnitContactInput!) {
    updateVenue(id: $id, contact: $contact) {
      id
    }
  }
`);

export const SET_PRISON_ACTIVE = graphql(`
  mutation SetPrisonActive($id: ID!, $active: Boolean!, $reason: String) {
    setPrisonActive(id: $id, active: $active, reason: $reason) {
      id
    }
  }
`);

export const SET_DETOX_CENTRE_ACTIVE = graphql(`
  mutation SetDetoxCentreActive($id: ID!, $active: Boolean!, $reason: String) {
    setDetoxCentreActive(id: $id, active: $active, reason: $reason) {
      id
    }
  }
`);

export const SET_VENUE_ACTIVE = graphql(`
  mutation SetVenueActive($id: ID!, $active: Boolean!, $reason: String) {
    setVenueActive(id: $id, active: $active, reason: $reason) {
      id
    }
  }
`);

export const SCHEDULE_PRISON_RULE_PACK = graphql(`
  mutation SchedulePrisonRulePack($id: ID!, $pack: PackAssignmentInput!) {
    schedulePrisonRulePack(id: $id, pack: $pack) {
      id
    }
  }
`);

export const SCHEDULE_DETOX_CENTRE_RULE_PACK = graphql(`
  mutation ScheduleDetoxCentreRulePack($id: ID!, $pack: PackAssignmentInput!) {
    scheduleDetoxCentreRulePack(id: $id, pack: $pack) {
      id
    }
  }
`);

export const SCHEDULE_VENUE_RULE_PACK = graphql(`
  mutation ScheduleVenueRulePack($id: ID!, $pack: PackAssignmentInput!) {
    scheduleVenueRulePack(id: $id, pack: $pack) {
      id
    }
  }
`);

export const SAVE_WARD = graphql(`
  mutation SaveWard($unitId: ID!, $part: WardInput!) {
    saveWard(prisonId: $unitId, ward: $part) {
      id
    }
  }
`);

export const SAVE_BRIGADE = graphql(`
  mutation SaveBrigade($unitId: ID!, $part: BrigadeInput!) {
    saveBrigade(centreId: $unitId, brigade: $part) {
      id
    }
  }
`);

/** Issue 15: every unit of the province, read afresh each time the screen opens. */
export const useUnitsAdmin = () => useQuery(UNITS_ADMIN, {}, { fetchPolicy: 'network-only' });
export const useCreatePrison = () => useMutation(CREATE_PRISON);
export const useCreateDetoxCentre = () => useMutation(CREATE_DETOX_CENTRE);
export const useCreateVenue = () => useMutation(CREATE_VENUE);
/** A unit's contact edited, by the unit's kind. */
export const useUpdateUnit = () => ({ PRISON: useMutation(UPDATE_PRISON), DETOX_CENTRE: useMutation(UPDATE_DETOX_CENTRE), VENUE: useMutation(UPDATE_VENUE) });
/** A unit deactivated (with the reason families read) or reactivated, by the unit's kind. */
export const useSetUnitActive = () => ({
  PRISON: useMutation(SET_PRISON_ACTIVE),
  DETOX_CENTRE: useMutation(SET_DETOX_CENTRE_ACTIVE),
  VENUE: useMutation(SET_VENUE_ACTIVE),
});
/** A rule pack scheduled for a unit, by the unit's kind. */
export const useScheduleRulePack = () => ({
  PRISON: useMutation(SCHEDULE_PRISON_RULE_PACK),
  DETOX_CENTRE: useMutation(SCHEDULE_DETOX_CENTRE_RULE_PACK),
  VENUE: useMutation(SCHEDULE_VENUE_RULE_PACK),
});
export const useSaveWard = () => useMutation(SAVE_WARD);
export const useSaveBrigade = () => useMutation(SAVE_BRIGADE);
