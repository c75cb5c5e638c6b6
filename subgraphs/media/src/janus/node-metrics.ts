import { sampleGauge } from '@rv/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PLACEMENT_HEALTH_MS, type MediaGateway } from './media-gateway.js';
import { liveRoomsByNode } from '../room/room.service.js';

/**
 * Issue 19: each Janus node's health and load in /metrics: whether it answers (this replica's probe,
 * asked again when older than a few seconds), the live meetings placed on it (the platform's records,
 * what placement weighs) and the rooms and participants Janus itself reports.
 */
export function janusNodeGauges(orm: MikroORM, media: () => MediaGateway): (() => void)[] {
  media(); // reads the node list now: a mistake in JANUS_NODES stops the subgraph at start, not at its first meeting
  const byNode = async (value: (node: MediaGateway['nodes'][number], rooms: Record<string, number>) => number) => {
    const gateway = media();
    const [nodes, rooms] = await Promise.all([gateway.probe(PLACEMENT_HEALTH_MS), liveRoomsByNode(orm.em.fork(), gateway)]);
    return nodes.map((node) => ({ labels: { node: node.name }, value: value(node, rooms) }));
  };
  return [
    sampleGauge('rv_janus_node_up', 'Janus node answers (1) or not (0), by node', ['node'], () => byNode((node) => Number(node.health.up))),
    sampleGauge('rv_janus_node_meetings', 'Live meetings placed on each Janus node (the platform’s records)', ['node'], () =>
      byNode((node, rooms) => rooms[node.name] ?? 0),
    ),
    sampleGauge('rv_janus_node_rooms', 'Videoroom rooms each Janus node reports', ['node'], () => byNode((node) => node.health.rooms)),
    sampleGauge('rv_janus_node_participants', 'Participants in the rooms each Janus node reports', ['node'], () => byNode((node) => node.health.participants)),
  ];
}
