export { prisonSubgraph } from './subgraph.js';
export { Prison, Ward } from './prison/prison.entity.js';
export { Inmate, CustodyStatus, TreatmentLevel } from './inmate/inmate.entity.js';
export { registerInmates } from './inmate/inmate.service.js';
export { InmateReview, ReviewStatus } from './review/inmate-review.entity.js';
export { registerPrison } from './prison/prison.service.js';
export { INMATE_REVIEWS, recheckSubject } from './review/review.service.js';
export { INMATE_ROSTER } from './roster/inmate-roster.js';
export { recordInmateCustodyChange } from './roster/custody-change.service.js';
