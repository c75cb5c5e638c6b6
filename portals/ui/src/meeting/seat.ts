import Janus, { type MediaPlugin, type PluginMessage, type Session } from 'janus-gateway-js';

// Without these the handles have no WebRTC methods (STACK.md).
Janus.Plugin.register('janus.plugin.videoroom', Janus.MediaPlugin);
Janus.Plugin.register('janus.plugin.streaming', Janus.MediaPlugin);

/** What joinMeeting hands out: where and how this seat joins the meeting. */
export interface SeatTicket {
  janusUrl: string;
  plugin: string;
  room: string;
  pin: string;
  token: string | null;
  feed: string | null;
  seat: string;
}

export interface SeatHandlers {
  /** Media of a party arrived; `who` is the party's seat (VISITOR, SUBJECT) as it announced itself. */
  remote(key: string, who: string, stream: MediaStream): void;
  /** That party stopped publishing. */
  gone(key: string): void;
  /** This terminal's own camera, for the small self view. */
  local?(stream: MediaStream): void;
  /** YN-18: the media connection failed: ICE gave up, or the video gateway closed the connection. */
  lost(reason: 'ice' | 'janus'): void;
}

export interface TakenSeat {
  leave(): Promise<void>;
}

interface Publisher {
  id: number;
  display?: string;
}

/**
 * Takes a seat in a live meeting with janus-gateway-js: a party publishes camera and microphone and
 * receives the other party; a monitor only receives (a lawyer meeting's monitor watches its
 * video-only stream, CQ-4). Every peer connection is watched for ICE failure (YN-18).
 */
export async function takeSeat(ticket: SeatTicket, handlers: SeatHandlers): Promise<TakenSeat> {
  let leaving = false;
  const lost = (reason: 'ice' | 'janus') => {
    if (!leaving) handlers.lost(reason);
  };
  // The seat's signed token goes with every request: Janus's core admits nothing else (issue 19).
  const client = new Janus.Client(ticket.janusUrl, { keepalive: true, ...(ticket.token ? { token: ticket.token } : {}), pc: { config: { iceServers: [] } } });
  const connection = await client.createConnection(ticket.seat);
  connection.on('error', () => lost('janus'));
  connection.on('close', () => lost('janus'));
  const session = await connection.createSession();
  session.on('error', () => undefined); // failures surface as ICE or connection loss
  const seat: Context = { ticket, session, handlers, lost, local: [], stop: [] };
  try {
    if (ticket.plugin === 'streaming') await watchStream(seat);
    else if (ticket.seat === 'MONITOR') await watchRoom(seat);
    else await joinRoom(seat, true);
  } catch (error) {
    leaving = true;
    await connection.close().catch(() => undefined);
    throw error;
  }
  return {
    async leave() {
      leaving = true;
      for (const stop of seat.stop) stop();
      for (const track of seat.local) track.stop();
      await connection.close().catch(() => undefined);
    },
  };
}

interface Context {
  ticket: SeatTicket;
  /** What leaving must stop besides the connection (a monitor's polling). */
  stop: (() => void)[];
  session: Session;
  handlers: SeatHandlers;
  lost(reason: 'ice' | 'janus'): void;
  local: MediaStreamTrack[];
}

/** A handle's peer connection, watched for ICE failure (YN-18). */
function watchedPeer(seat: Context, handle: MediaPlugin, local: MediaStream[] = []): RTCPeerConnection {
  const pc = handle.createPeerConnection();
  // The library stops local media through getLocalStreams(), which browsers no longer have.
  Object.assign(pc, { getLocalStreams: () => local });
  pc.addEventListener('iceconnectionstatechange', () => {
    if (pc.iceConnectionState === 'failed') seat.lost('ice');
  });
  return pc;
}

async function attach(seat: Context, plugin: string): Promise<MediaPlugin> {
  const handle = await seat.session.attachPlugin(`janus.plugin.${plugin}`);
  handle.on('error', () => undefined); // failures surface as ICE or connection loss
  return handle;
}

async function joinRoom(seat: Context, publish: boolean): Promise<void> {
  const { ticket } = seat;
  const handle = await attach(seat, 'videoroom');
  const subscribed = new Set<number>();
  const follow = (message: PluginMessage) => {
    const data = message.getPluginData() ?? {};
    for (const publisher of (data.publishers ?? []) as Publisher[]) {
      if (subscribed.has(publisher.id)) continue;
      subscribed.add(publisher.id);
      subscribe(seat, publisher).catch(() => subscribed.delete(publisher.id));
    }
    const left = data.unpublished ?? data.leaving;
    if (left !== undefined && left !== 'ok') {
      subscribed.delete(Number(left));
      seat.handlers.gone(String(left));
    }
  };
  handle.on('message', follow);
  const joined = await handle.sendWithTransaction({
    body: {
      request: 'join',
      ptype: 'publisher',
      room: Number(ticket.room),
      pin: ticket.pin,
      token: ticket.token,
      display: ticket.seat,
      ...(ticket.feed ? { id: Number(ticket.feed) } : {}),
    },
  });
  follow(joined);
  if (publish) await publishCamera(seat, handle);
}

/**
 * A monitor watches the room without joining it as a publisher (the room admits only the parties'
 * tokens as publishers, issue 19): it lists who publishes and subscribes to each, now and as they come.
 */
async function watchRoom(seat: Context): Promise<void> {
  const handle = await attach(seat, 'videoroom');
  const subscribed = new Set<number>();
  const look = async () => {
    const answer = await handle.sendWithTransaction({ body: { request: 'listparticipants', room: Number(seat.ticket.room) } });
    const participants = ((answer.getPluginData() ?? {}).participants ?? []) as (Publisher & { publisher?: boolean })[];
    const publishing = new Set(participants.filter((participant) => participant.publisher).map((participant) => participant.id));
    for (const participant of participants) {
      if (!participant.publisher || subscribed.has(participant.id)) continue;
      subscribed.add(participant.id);
      subscribe(seat, participant).catch(() => subscribed.delete(participant.id));
    }
    for (const id of [...subscribed]) {
      if (publishing.has(id)) continue;
      subscribed.delete(id);
      seat.handlers.gone(String(id));
    }
  };
  await look();
  const timer = setInterval(() => {
    look().catch(() => undefined);
  }, 1000);
  seat.stop.push(() => clearInterval(timer));
}

/** YN-13: a party sends camera and microphone (the room records them). */
async function publishCamera(seat: Context, handle: MediaPlugin): Promise<void> {
  const media = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } });
  seat.local.push(...media.getTracks());
  seat.handlers.local?.(media);
  watchedPeer(seat, handle, [media]);
  for (const track of media.getTracks()) handle.addTrack(track, media);
  const offer = await handle.createOffer();
  const configured = await handle.sendWithTransaction({ body: { request: 'configure', audio: true, video: true }, jsep: offer });
  await handle.setRemoteSDP(configured.get('jsep'));
}

async function subscribe(seat: Context, publisher: Publisher): Promise<void> {
  const { ticket } = seat;
  const handle = await attach(seat, 'videoroom');
  watchedPeer(seat, handle).addEventListener('track', (event) => {
    seat.handlers.remote(String(publisher.id), publisher.display ?? '', event.streams[0] ?? new MediaStream([event.track]));
  });
  // Janus offers again when the publisher renegotiates: answer and carry on.
  handle.on('message', async (message: PluginMessage) => {
    const jsep = message.get('jsep');
    if (message.getPluginData('videoroom') === 'updated' && jsep)
      await handle.sendWithTransaction({ body: { request: 'start', room: Number(ticket.room) }, jsep: await handle.createAnswer(jsep) });
  });
  const attached = await handle.sendWithTransaction({
    body: { request: 'join', ptype: 'subscriber', room: Number(ticket.room), pin: ticket.pin, token: ticket.token, streams: [{ feed: publisher.id }] },
  });
  await handle.sendWithTransaction({ body: { request: 'start', room: Number(ticket.room) }, jsep: await handle.createAnswer(attached.get('jsep')) });
}

/** CQ-4: a lawyer meeting's monitor watches the video-only stream the platform feeds from the room. */
async function watchStream(seat: Context): Promise<void> {
  const handle = await attach(seat, 'streaming');
  watchedPeer(seat, handle).addEventListener('track', (event) => {
    const mid = event.transceiver.mid ?? event.track.id;
    seat.handlers.remote(mid, mid.toUpperCase(), new MediaStream([event.track]));
  });
  const offered = await handle.sendWithTransaction({ body: { request: 'watch', id: Number(seat.ticket.room), pin: seat.ticket.pin } });
  await handle.sendWithTransaction({ body: { request: 'start' }, jsep: await handle.createAnswer(offered.get('jsep')) });
}
