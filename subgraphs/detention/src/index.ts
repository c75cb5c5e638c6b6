export { detentionSubgraph } from './subgraph.js';
export { DetentionCentre, MeetingRoom, RoomKind } from './centre/detention-centre.entity.js';
export { Suspect } from './suspect/suspect.entity.js';
export { registerDetentionCentre, registerSuspects } from './centre/detention-centre.service.js';
export { flagOverdue } from './queue/queue.service.js';
export { alertLegalHelpDue } from './legal-help/legal-help.service.js';
export { checkDeadlines } from './jobs.js';
