/**
 * Stands in for webrtc-adapter 1.1.0 (2016), which janus-gateway-js pulls in: that version replaces
 * window.RTCPeerConnection, after which getStats() never resolves (STACK.md). The library only reads
 * the browser's name for screen sharing, which the meeting screens do not use.
 */
export default { browserDetails: { browser: 'chrome', version: 0 } };
