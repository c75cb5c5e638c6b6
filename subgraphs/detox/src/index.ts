export { detoxSubgraph } from './subgraph.js';
export { Brigade, DetoxCentre } from './centre/detox-centre.entity.js';
export { Detainee } from './detainee/detainee.entity.js';
export { registerDetainees } from './detainee/detainee.service.js';
export { registerDetoxCentre } from './centre/detox-centre.service.js';
export { DETAINEE_REVIEWS, recheckSubject } from './review/review.service.js';
export { DETAINEE_ROSTER } from './roster/detainee-roster.js';
export { recordDetaineeCustodyChange } from './roster/custody-change.service.js';
