export { judicialSubgraph } from './subgraph.js';
export { Account } from './account/account.entity.js';
export { hashPassword } from './account/password.js';
export { signToken } from './account/token.js';
export { CountyBureau } from './bureau/bureau.entity.js';
export { ServiceDay } from './slot/service-day.entity.js';
export { publishServiceDays } from './slot/slot.service.js';
export { Application, ApplicationStatus } from './application/application.entity.js';
export { chinaToday } from './calendar/today.js';
