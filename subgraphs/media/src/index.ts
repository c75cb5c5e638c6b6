export { mediaSubgraph } from './subgraph.js';
export { Meeting, MeetingState } from './meeting/meeting.entity.js';
