export { startGateway, type GatewayOptions, type RunningGateway } from './gateway.js';
export { SubscriptionBridge } from './subscriptions.js';
