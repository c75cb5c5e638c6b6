import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { ConfigMap, Namespace, PersistentVolumeClaim, Service, type IContainer, type IEnvVar, type IVolume } from 'kubernetes-models/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { stringify } from 'yaml';
import { SUBGRAPHS } from '../subgraphs.js';

/**
 * The platform on Kubernetes for a real province (issue 19): written as kubernetes-models classes,
 * so `tsc` refuses a misspelt field and each object validates against the API's schema. One image
 * (the repository's Dockerfile) runs every component: `node ops/dist/serve.js <component>`.
 * PostgreSQL is not here: a CloudNativePG cluster (README) gives DATABASE_URL through the secret.
 */
export interface DeploymentOptions {
  namespace: string;
  image: string;
  /** The public name families and staff use (the Ingress host). */
  host: string;
  /** Where browsers reach the Janus nodes (through the Ingress): node `janus-<i>` is at `<janusPublicUrl>/janus-<i>`. */
  janusPublicUrl: string;
  /** How many Janus nodes (issue 19): a StatefulSet pod each, one per Kubernetes node; meetings are placed on the least loaded. */
  janusNodes: number;
  /** A ReadWriteMany storage class: Janus writes recordings, the media subgraph post-processes and serves them. */
  recordingsStorageClass: string;
  /** An OTLP/HTTP collector for traces (e.g. http://otel-collector.observability:4318); empty: tracing off. */
  otlpEndpoint: string;
}

export const EXAMPLE: DeploymentOptions = {
  namespace: 'remote-visit',
  image: 'registry.example.gov.cn/remote-visit:1.0.0',
  host: 'hj.sft.example.gov.cn',
  janusPublicUrl: 'wss://hj.sft.example.gov.cn/janus',
  janusNodes: 2,
  recordingsStorageClass: 'nfs-client',
  otlpEndpoint: '',
};

/** The secret the cluster holds (created by the operator, never generated here). */
const SECRET = 'rv-secrets';
const PORT = 4000;
const JANUS_PORT = 8188;
const RECORDINGS = '/var/lib/remote-visit/recordings';

const fromSecret = (...keys: string[]): IEnvVar[] => keys.map((key) => ({ name: key, valueFrom: { secretKeyRef: { name: SECRET, key } } }));

/** A component's container: the one image, its role, probes on /livez and /healthz, bounded resources. */
function container(role: string, env: IEnvVar[], resources: { cpu: string; memory: string; maxMemory: string }): IContainer {
  return {
    name: role,
    image: '',
    command: ['node', 'ops/dist/serve.js', role],
    ports: [{ name: 'http', containerPort: PORT }],
    envFrom: [{ configMapRef: { name: 'rv-config' } }],
    env: [{ name: 'PORT', value: String(PORT) }, ...fromSecret('DATABASE_URL', 'INTERNAL_SECRET'), ...env],
    // Ready only when PostgreSQL answers (503 otherwise); alive as long as the process serves.
    readinessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 5, failureThreshold: 3 },
    livenessProbe: { httpGet: { path: '/livez', port: 'http' }, initialDelaySeconds: 20, periodSeconds: 10, failureThreshold: 6 },
    resources: { requests: { cpu: resources.cpu, memory: resources.memory }, limits: { memory: resources.maxMemory } },
    securityContext: { runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
  };
}

function deployment(options: DeploymentOptions, role: string, replicas: number, main: IContainer, volumes: IVolume[] = []): Deployment {
  const labels = { app: 'remote-visit', component: role };
  return new Deployment({
    metadata: { name: role, namespace: options.namespace, labels },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels },
        spec: {
          containers: [{ ...main, image: options.image }],
          volumes: [{ name: 'tmp', emptyDir: {} }, ...volumes],
          // Replicas on different nodes: one node lost leaves the service up.
          topologySpreadConstraints: [
            { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: labels } },
          ],
          terminationGracePeriodSeconds: 30,
        },
      },
    },
  });
}

const service = (options: DeploymentOptions, role: string, port = PORT) =>
  new Service({
    metadata: { name: role, namespace: options.namespace, labels: { app: 'remote-visit', component: role } },
    spec: { selector: { app: 'remote-visit', component: role }, ports: [{ name: 'http', port, targetPort: port }] },
  });

const budget = (options: DeploymentOptions, role: string) =>
  new PodDisruptionBudget({
    metadata: { name: role, namespace: options.namespace },
    spec: { minAvailable: 1, selector: { matchLabels: { app: 'remote-visit', component: role } } },
  });

const tmpMount = { name: 'tmp', mountPath: '/tmp' };
const recordingsMount = { name: 'recordings', mountPath: RECORDINGS };
const recordingsVolume = { name: 'recordings', persistentVolumeClaim: { claimName: 'recordings' } };

/** The StatefulSet's pods, by name: `janus-0`, `janus-1` … */
const janusNodeNames = (options: DeploymentOptions) => Array.from({ length: options.janusNodes }, (_, index) => `janus-${index}`);

/**
 * Issue 19: the media subgraph's JANUS_NODES: each pod through the headless service's DNS name, told to
 * browsers as its own Ingress path; the secrets are the StatefulSet's (JANUS_ADMIN_KEY and
 * JANUS_API_SECRET, the default references), shared by every node.
 */
const janusNodesList = (options: DeploymentOptions) =>
  JSON.stringify(
    janusNodeNames(options).map((name) => ({
      name,
      url: `ws://${name}.janus.${options.namespace}.svc:${JANUS_PORT}`,
      publicUrl: `${options.janusPublicUrl}/${name}`,
    })),
  );

/** One Service per Janus pod (by its pod-name label), so the Ingress reaches each node by its own path. */
const janusNodeService = (options: DeploymentOptions, name: string) =>
  new Service({
    metadata: { name, namespace: options.namespace, labels: { app: 'remote-visit', component: 'janus' } },
    spec: {
      selector: { app: 'remote-visit', component: 'janus', 'statefulset.kubernetes.io/pod-name': name },
      ports: [{ name: 'ws', port: JANUS_PORT, targetPort: JANUS_PORT }],
    },
  });

/** Every object of the platform, in the order `kubectl apply` should create them. */
export function platformManifests(options: DeploymentOptions): { toJSON(): unknown; validate(): void }[] {
  const subgraphs = SUBGRAPHS.map(({ definition }) => definition.name);
  const subgraphDeployments = subgraphs.map((role) => {
    const media = role === 'media';
    const env = [
      ...(role === 'judicial' ? fromSecret('TOKEN_SECRET') : []),
      ...(media
        ? [
            { name: 'JANUS_NODES', value: janusNodesList(options) },
            { name: 'RECORDINGS_DIR', value: RECORDINGS },
            ...fromSecret('JANUS_ADMIN_KEY', 'JANUS_API_SECRET', 'JANUS_TOKEN_SECRET'),
          ]
        : []),
    ];
    const main = container(role, env, { cpu: '250m', memory: '256Mi', maxMemory: '768Mi' });
    main.volumeMounts = [tmpMount, ...(media ? [recordingsMount] : [])];
    return deployment(options, role, 2, main, media ? [recordingsVolume] : []);
  });
  const gatewayMain = container(
    'gateway',
    [
      ...fromSecret('TOKEN_SECRET', 'METRICS_TOKEN'),
      ...subgraphs.map((role) => ({ name: `${role.toUpperCase()}_URL`, value: `http://${role}:${PORT}/graphql` })),
    ],
    { cpu: '500m', memory: '384Mi', maxMemory: '1Gi' },
  );
  gatewayMain.volumeMounts = [tmpMount];

  const janusLabels = { app: 'remote-visit', component: 'janus' };
  const janus = new StatefulSet({
    metadata: { name: 'janus', namespace: options.namespace, labels: janusLabels },
    spec: {
      serviceName: 'janus',
      replicas: options.janusNodes,
      selector: { matchLabels: janusLabels },
      // Nodes start and stop independently: a dead one's meetings are interrupted (YN-18) and the others take new ones.
      podManagementPolicy: 'Parallel',
      template: {
        metadata: { labels: janusLabels },
        spec: {
          // Media (RTP over UDP) goes straight to the node: host networking, one Janus per node.
          hostNetwork: true,
          dnsPolicy: 'ClusterFirstWithHostNet',
          affinity: {
            podAntiAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: janusLabels } }],
            },
          },
          containers: [
            {
              name: 'janus',
              image: options.image,
              command: ['node', 'ops/dist/serve.js', 'janus'],
              ports: [{ name: 'ws', containerPort: JANUS_PORT }],
              envFrom: [{ configMapRef: { name: 'rv-config' } }],
              env: [
                { name: 'RECORDINGS_DIR', value: RECORDINGS },
                { name: 'JANUS_WS_PORT', value: String(JANUS_PORT) },
                { name: 'JANUS_RTP_PORT_RANGE', value: '20000-20999' },
                ...fromSecret('JANUS_ADMIN_KEY', 'JANUS_ADMIN_SECRET', 'JANUS_API_SECRET', 'JANUS_TOKEN_SECRET'),
              ],
              readinessProbe: { tcpSocket: { port: 'ws' }, periodSeconds: 5 },
              livenessProbe: { tcpSocket: { port: 'ws' }, initialDelaySeconds: 10, periodSeconds: 10 },
              resources: { requests: { cpu: '1', memory: '512Mi' }, limits: { memory: '2Gi' } },
              volumeMounts: [recordingsMount, tmpMount],
              securityContext: { runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
            },
          ],
          volumes: [recordingsVolume, { name: 'tmp', emptyDir: {} }],
        },
      },
    },
  });

  return [
    new Namespace({ metadata: { name: options.namespace } }),
    new ConfigMap({
      metadata: { name: 'rv-config', namespace: options.namespace },
      data: {
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        LOG_LEVEL: 'info',
        TRUSTED_PROXY_HOPS: '1',
        DEMO_DATA: 'off',
        OTEL_EXPORTER_OTLP_ENDPOINT: options.otlpEndpoint,
      },
    }),
    new PersistentVolumeClaim({
      metadata: { name: 'recordings', namespace: options.namespace },
      spec: { accessModes: ['ReadWriteMany'], storageClassName: options.recordingsStorageClass, resources: { requests: { storage: '2Ti' } } },
    }),
    ...subgraphDeployments,
    ...subgraphs.map((role) => service(options, role)),
    ...subgraphs.map((role) => budget(options, role)),
    deployment(options, 'gateway', 2, gatewayMain),
    service(options, 'gateway'),
    budget(options, 'gateway'),
    janus,
    // Headless: each pod gets its DNS name (janus-0.janus…), which JANUS_NODES lists.
    new Service({
      metadata: { name: 'janus', namespace: options.namespace, labels: janusLabels },
      spec: { clusterIP: 'None', selector: janusLabels, ports: [{ name: 'ws', port: JANUS_PORT, targetPort: JANUS_PORT }] },
    }),
    ...janusNodeNames(options).map((name) => janusNodeService(options, name)),
    new Ingress({
      metadata: {
        name: 'remote-visit',
        namespace: options.namespace,
        annotations: { 'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600', 'nginx.ingress.kubernetes.io/proxy-body-size': '16m' },
      },
      spec: {
        ingressClassName: 'nginx',
        tls: [{ hosts: [options.host], secretName: 'remote-visit-tls' }],
        rules: [
          {
            host: options.host,
            http: {
              paths: [
                ...janusNodeNames(options).map((name) => ({
                  path: `${new URL(options.janusPublicUrl).pathname}/${name}`,
                  pathType: 'Prefix' as const,
                  backend: { service: { name, port: { number: JANUS_PORT } } },
                })),
                { path: '/', pathType: 'Prefix', backend: { service: { name: 'gateway', port: { number: PORT } } } },
              ],
            },
          },
        ],
      },
    }),
  ];
}

/** The manifests as one YAML stream (what `kubectl apply -f` reads). */
export function manifestsYaml(options: DeploymentOptions): string {
  // YAML 1.1, as kubectl reads it: a value such as off or 1 is quoted so it stays a string.
  return platformManifests(options)
    .map((object) => stringify(object.toJSON(), { version: '1.1' }))
    .join('---\n');
}
