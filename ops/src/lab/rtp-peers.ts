/**
 * A light load generator for the media benchmark: WebRTC peers in Node (werift) that take meeting
 * seats as the browsers do (two parties publishing audio and video, each watching the other, and a
 * monitor watching both) without a browser's encoders: one ffmpeg encodes a VP8 test picture and an
 * Opus tone once, and every publisher sends those same packets. Janus does the same work per
 * meeting as with browsers (receive, record, forward); only the generator is cheaper.
 *
 * Run inside the test namespace (`ip netns exec`): `node rtp-peers.js '<json LoadSpec>'`; each line
 * on stdin is a JSON array of meetings to seat (after each, prints `{"ready":true,…}` once every
 * watcher receives audio and video) or `sent` (prints the bytes all publishers have sent).
 */
import { spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { createInterface } from 'node:readline';
import { JanusConnection, JanusError } from '@rv/media';
import {
  MediaStreamTrack,
  RTCPeerConnection,
  RTCRtpCodecParameters,
  useAbsSendTime,
  useAudioLevelIndication,
  useNACK,
  usePLI,
  useREMB,
  useSdesMid,
  useTWCC,
  useTransportWideCC,
} from 'werift';

export interface LoadMeeting {
  room: number;
  pin: string;
  /** Join tokens: visitor, subject, monitor. */
  tokens: [string, string, string];
}

export interface LoadSpec {
  janusUrl: string;
  /** Janus admits the load generator with the API secret (it plays many seats on one connection). */
  apiSecret: string;
  /** Test picture: width x height at fps, and the VP8 bitrate. */
  video: { size: string; fps: number; kbps: number };
}

/** What Chromium negotiates with Janus too: transport-wide congestion control, NACK, PLI, REMB, the same header extensions. */
const peerConfig = {
  codecs: {
    audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48000, channels: 2, payloadType: 111, rtcpFeedback: [useTWCC()] })],
    video: [new RTCRtpCodecParameters({ mimeType: 'video/VP8', clockRate: 90000, payloadType: 96, rtcpFeedback: [useTWCC(), useNACK(), usePLI(), useREMB()] })],
  },
  headerExtensions: {
    audio: [useSdesMid(), useTransportWideCC(), useAudioLevelIndication()],
    video: [useSdesMid(), useTransportWideCC(), useAbsSendTime()],
  },
};

/** One encoder for every publisher: ffmpeg sends RTP to two local sockets, each packet goes out on every track. */
async function sharedMedia(video: LoadSpec['video']): Promise<{ audio: MediaStreamTrack[]; video: MediaStreamTrack[]; sentBytes(): number; stop(): void }> {
  const tracks = { audio: [] as MediaStreamTrack[], video: [] as MediaStreamTrack[] };
  let sent = 0;
  const listen = async (kind: 'audio' | 'video'): Promise<Socket> => {
    const socket = createSocket('udp4');
    socket.on('message', (packet) => {
      for (const track of tracks[kind]) track.writeRtp(packet);
      sent += packet.length * tracks[kind].length;
    });
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    return socket;
  };
  const [videoSocket, audioSocket] = [await listen('video'), await listen('audio')];
  const encoder = spawn(
    'ffmpeg',
    [
      '-v',
      'error',
      '-re',
      '-f',
      'lavfi',
      '-i',
      `testsrc=size=${video.size}:rate=${video.fps}`,
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:sample_rate=48000',
      '-map',
      '0:v',
      '-c:v',
      'libvpx',
      '-b:v',
      `${video.kbps}k`,
      '-deadline',
      'realtime',
      '-cpu-used',
      '8',
      '-g',
      String(video.fps * 2),
      '-payload_type',
      '96',
      '-f',
      'rtp',
      `rtp://127.0.0.1:${videoSocket.address().port}`,
      '-map',
      '1:a',
      '-c:a',
      'libopus',
      '-b:a',
      '32k',
      '-payload_type',
      '111',
      '-f',
      'rtp',
      `rtp://127.0.0.1:${audioSocket.address().port}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return {
    ...tracks,
    sentBytes: () => sent,
    stop: () => {
      encoder.kill();
      videoSocket.close();
      audioSocket.close();
    },
  };
}

const connected = (pc: RTCPeerConnection) =>
  new Promise<void>((resolve) => {
    if (pc.connectionState === 'connected') resolve();
    pc.connectionStateChange.subscribe((state) => state === 'connected' && resolve());
  });

export class LoadPeers {
  readonly received = new Map<RTCPeerConnection, { audio: number; video: number }>();
  private readonly pcs: RTCPeerConnection[] = [];

  constructor(
    private readonly janus: JanusConnection,
    private readonly media: Awaited<ReturnType<typeof sharedMedia>>,
  ) {}

  /** A party's seat: joins under the given feed id and publishes the shared audio and video. */
  async publish(meeting: LoadMeeting, token: string, feed: number): Promise<void> {
    const handle = await this.janus.attach('janus.plugin.videoroom');
    await this.janus.requestEvent(handle, { request: 'join', ptype: 'publisher', room: meeting.room, pin: meeting.pin, token, id: feed });
    const pc = new RTCPeerConnection(peerConfig);
    this.pcs.push(pc);
    const audio = new MediaStreamTrack({ kind: 'audio' });
    const video = new MediaStreamTrack({ kind: 'video' });
    pc.addTransceiver(audio, { direction: 'sendonly' });
    pc.addTransceiver(video, { direction: 'sendonly' });
    this.media.audio.push(audio);
    this.media.video.push(video);
    await pc.setLocalDescription(await pc.createOffer());
    const answer = await this.janus.negotiate(handle, { request: 'configure', audio: true, video: true }, { type: 'offer', sdp: pc.localDescription!.sdp });
    await pc.setRemoteDescription(answer.jsep!);
    await connected(pc);
  }

  /** Watches feeds (the other party, or both for a monitor), retrying while a publisher is still coming up. */
  async watch(meeting: LoadMeeting, token: string, feeds: number[]): Promise<void> {
    const handle = await this.janus.attach('janus.plugin.videoroom');
    const join = { request: 'join', ptype: 'subscriber', room: meeting.room, pin: meeting.pin, token, streams: feeds.map((feed) => ({ feed })) };
    let offer;
    for (let attempt = 0; ; attempt++) {
      try {
        offer = await this.janus.negotiate(handle, join);
        break;
      } catch (error) {
        if (!(error instanceof JanusError && error.code === 428) || attempt > 20) throw error; // 428: no such feed (yet)
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    const pc = new RTCPeerConnection(peerConfig);
    this.pcs.push(pc);
    const bytes = { audio: 0, video: 0 };
    this.received.set(pc, bytes);
    pc.onTrack.subscribe((track) =>
      track.onReceiveRtp.subscribe((rtp) => {
        bytes[track.kind as 'audio' | 'video'] += rtp.payload.length;
      }),
    );
    await pc.setRemoteDescription(offer.jsep!);
    await pc.setLocalDescription(await pc.createAnswer());
    await this.janus.negotiate(handle, { request: 'start' }, { type: 'answer', sdp: pc.localDescription!.sdp });
  }

  /** Every seat of one meeting: both parties publish and watch each other, the monitor watches both. */
  async seat(meeting: LoadMeeting): Promise<void> {
    const feeds = [meeting.room * 10 + 1, meeting.room * 10 + 2];
    await Promise.all([this.publish(meeting, meeting.tokens[0], feeds[0]), this.publish(meeting, meeting.tokens[1], feeds[1])]);
    await this.watch(meeting, meeting.tokens[0], [feeds[1]]);
    await this.watch(meeting, meeting.tokens[1], [feeds[0]]);
    await this.watch(meeting, meeting.tokens[2], feeds);
  }

  everyoneReceives(): boolean {
    return [...this.received.values()].every((bytes) => bytes.audio > 0 && bytes.video > 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.pcs.map((pc) => pc.close()));
  }
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LoadSpec;
  const media = await sharedMedia(spec.video);
  const janus = await JanusConnection.open(spec.janusUrl, 15_000, { apisecret: spec.apiSecret });
  const peers = new LoadPeers(janus, media);
  process.on('SIGTERM', async () => {
    media.stop();
    await peers.close();
    await janus.close();
    process.exit(0);
  });
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'sent') {
      console.log(JSON.stringify({ sent: media.sentBytes() }));
      continue;
    }
    for (const meeting of JSON.parse(line) as LoadMeeting[]) await peers.seat(meeting);
    while (!peers.everyoneReceives()) await new Promise((resolve) => setTimeout(resolve, 250));
    console.log(JSON.stringify({ ready: true, watchers: peers.received.size }));
  }
}

if (process.argv[1]?.endsWith('rtp-peers.js')) await main();
