// A plain browser client for the Janus videoroom, used by the media tests and the media benchmark to take a seat the way a
// portal does (the portals use janus-gateway-js): publish the fake camera and microphone, and
// subscribe to every other publisher. window.meeting exposes what the test reads.
(() => {
  const state = { remoteTracks: [], errors: [], publishers: new Set(), subscriberPcs: [], publisherPc: null, events: [] };
  window.meeting = state;

  /** `token`: the seat's signed token; Janus's core admits nothing without it (issue 19). */
  function janus(url, token) {
    const socket = new WebSocket(url, 'janus-protocol');
    const pending = new Map();
    const listeners = [];
    let session = null;
    socket.onmessage = (message) => {
      const data = JSON.parse(message.data);
      const waiting = data.transaction && pending.get(data.transaction);
      if (waiting && !(data.janus === 'ack' && waiting.async)) {
        pending.delete(data.transaction);
        if (data.janus === 'error' || data.plugindata?.data?.error_code) waiting.reject(data);
        else waiting.resolve(data);
        return;
      }
      for (const listener of listeners) listener(data);
    };
    const opened = new Promise((resolve, reject) => {
      socket.onopen = resolve;
      socket.onerror = reject;
    });
    const send = (body, async = false) =>
      new Promise((resolve, reject) => {
        const transaction = Math.random().toString(36).slice(2);
        pending.set(transaction, { resolve, reject, async });
        socket.send(JSON.stringify({ ...body, ...(token ? { token } : {}), transaction, ...(session ? { session_id: session } : {}) }));
      });
    return {
      async start() {
        await opened;
        session = (await send({ janus: 'create' })).data.id;
        setInterval(() => send({ janus: 'keepalive' }).catch(() => undefined), 20000);
      },
      async attach(plugin = 'janus.plugin.videoroom') {
        return (await send({ janus: 'attach', plugin })).data.id;
      },
      message: (handle, body, jsep) => send({ janus: 'message', handle_id: handle, body, ...(jsep ? { jsep } : {}) }, true),
      onEvent: (listener) => listeners.push(listener),
    };
  }

  async function gathered(pc) {
    if (pc.iceGatheringState === 'complete') return;
    await new Promise((resolve) => pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve()));
  }

  async function subscribe(api, seat, feed) {
    if (state.publishers.has(feed)) return;
    state.publishers.add(feed);
    const handle = await api.attach();
    const pc = new RTCPeerConnection({ iceServers: [] });
    state.subscriberPcs.push(pc);
    pc.ontrack = (event) => state.remoteTracks.push({ feed, kind: event.track.kind });
    const attached = await api.message(handle, {
      request: 'join',
      ptype: 'subscriber',
      room: Number(seat.room),
      pin: seat.pin,
      token: seat.token,
      streams: [{ feed }],
    });
    await pc.setRemoteDescription(attached.jsep);
    await pc.setLocalDescription(await pc.createAnswer());
    await gathered(pc);
    await api.message(handle, { request: 'start', room: Number(seat.room) }, pc.localDescription);
  }

  /** CQ-4: a lawyer meeting's monitor seat is a streaming mountpoint (video only), watched with its pin. */
  async function watch(seat) {
    const api = janus(seat.janusUrl, seat.token);
    await api.start();
    const handle = await api.attach('janus.plugin.streaming');
    const pc = new RTCPeerConnection({ iceServers: [] });
    state.subscriberPcs.push(pc);
    pc.ontrack = (event) => state.remoteTracks.push({ feed: 'stream', kind: event.track.kind });
    const offered = await api.message(handle, { request: 'watch', id: Number(seat.room), pin: seat.pin });
    await pc.setRemoteDescription(offered.jsep);
    await pc.setLocalDescription(await pc.createAnswer());
    await gathered(pc);
    await api.message(handle, { request: 'start' }, pc.localDescription);
  }

  /**
   * A monitor's seat cannot join as a publisher (the room's allowed list names the parties only, issue 19):
   * it lists the room's publishers and subscribes to each, now and as they come.
   */
  async function watchRoom(api, handle, seat) {
    const look = async () => {
      const answer = await api.message(handle, { request: 'listparticipants', room: Number(seat.room) });
      for (const participant of answer.plugindata.data.participants ?? []) if (participant.publisher) await subscribe(api, seat, participant.id);
    };
    await look();
    setInterval(() => look().catch((error) => state.errors.push(String(error?.message ?? JSON.stringify(error)))), 500);
  }

  /** Takes a seat: publishes (unless a monitor) and subscribes to every publisher, now and later. */
  window.takeSeat = async (seat, publish) => {
    try {
      if (seat.plugin === 'streaming') return await watch(seat);
      const api = janus(seat.janusUrl, seat.token);
      await api.start();
      const handle = await api.attach();
      if (seat.seat === 'MONITOR') return await watchRoom(api, handle, seat);
      const joined = await api.message(handle, {
        request: 'join',
        ptype: 'publisher',
        room: Number(seat.room),
        pin: seat.pin,
        token: seat.token,
        display: seat.seat,
        ...(seat.feed ? { id: Number(seat.feed) } : {}),
      });
      const data = joined.plugindata.data;
      state.myId = data.id;
      api.onEvent((event) => {
        state.events.push(event.plugindata?.data?.videoroom ?? event.janus);
        for (const publisher of event.plugindata?.data?.publishers ?? [])
          subscribe(api, seat, publisher.id).catch((error) => state.errors.push(String(error?.message ?? JSON.stringify(error))));
      });
      for (const publisher of data.publishers ?? []) await subscribe(api, seat, publisher.id);
      if (!publish) return;
      const media = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 320, height: 240 } });
      const pc = new RTCPeerConnection({ iceServers: [] });
      state.publisherPc = pc;
      for (const track of media.getTracks()) pc.addTrack(track, media);
      await pc.setLocalDescription(await pc.createOffer());
      await gathered(pc);
      const configured = await api.message(handle, { request: 'configure', audio: true, video: true }, pc.localDescription);
      await pc.setRemoteDescription(configured.jsep);
    } catch (error) {
      state.errors.push(String(error?.message ?? JSON.stringify(error)));
    }
  };

  /** Bytes received per kind over every subscription, and bytes sent. */
  window.mediaStats = async () => {
    const received = { audio: 0, video: 0 };
    for (const pc of state.subscriberPcs) {
      for (const report of (await pc.getStats()).values()) if (report.type === 'inbound-rtp') received[report.kind] += report.bytesReceived;
    }
    let sent = 0;
    if (state.publisherPc) for (const report of (await state.publisherPc.getStats()).values()) if (report.type === 'outbound-rtp') sent += report.bytesSent;
    const kinds = state.subscriberPcs.flatMap((pc) => pc.getReceivers().map((receiver) => receiver.track.kind));
    // CQ-4: what Janus offered to receive, straight from the SDP (m=audio / m=video lines)
    const offered = state.subscriberPcs.flatMap((pc) => (pc.remoteDescription?.sdp.match(/^m=\w+/gm) ?? []).map((line) => line.slice(2)));
    return { received, sent, receiverKinds: kinds, offeredMedia: offered, errors: state.errors };
  };
})();
