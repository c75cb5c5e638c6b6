/** The parts of janus-gateway-js 2.0.2 the meeting screens use (the package ships no types). */
declare module 'janus-gateway-js' {
  export interface Emitter {
    on(event: string, listener: (...args: any[]) => void): this;
  }
  export interface PluginMessage {
    get(name: string): any;
    getPluginData(...names: string[]): any;
  }
  export interface MediaPlugin extends Emitter {
    createPeerConnection(options?: object): RTCPeerConnection;
    getPeerConnection(): RTCPeerConnection | null;
    addTrack(track: MediaStreamTrack, stream: MediaStream): void;
    createOffer(options?: object): Promise<RTCSessionDescriptionInit>;
    createAnswer(jsep: RTCSessionDescriptionInit, options?: object): Promise<RTCSessionDescriptionInit>;
    setRemoteSDP(jsep: RTCSessionDescriptionInit): Promise<void>;
    sendWithTransaction(options: { body: object; jsep?: RTCSessionDescriptionInit }): Promise<PluginMessage>;
    detach(): Promise<void>;
  }
  export interface Session extends Emitter {
    attachPlugin(name: string): Promise<MediaPlugin>;
    destroy(): Promise<void>;
  }
  export interface Connection extends Emitter {
    createSession(): Promise<Session>;
    close(): Promise<void>;
  }
  const Janus: {
    Client: new (address: string, options?: object) => { createConnection(id: string): Promise<Connection> };
    Plugin: { register(name: string, type: unknown): void };
    MediaPlugin: unknown;
  };
  export default Janus;
}
