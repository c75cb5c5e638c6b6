export { mediaSubgraph } from './subgraph.js';
export { Meeting, MeetingState } from './meeting/meeting.entity.js';
export { endExpiredMeetings } from './room/room.service.js';
export { PARTY_LOST_MS } from './room/parties.js';
export { JanusConnection, JanusError } from './janus/janus-client.js';
export { JanusAdmin } from './janus/janus-admin.js';
export { mediaGateway, resetMediaGateway } from './janus/media-gateway.js';
export { processClosedMeetings } from './room/room.service.js';
export { purgeExpiredRecordings } from './recording/recording.service.js';
