import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

export interface NetworkNamespace {
  name: string;
  /** The host end of the veth pair (the platform's side). */
  hostIp: string;
  /** The namespace end, where Janus listens and gathers its only ICE candidate. */
  namespaceIp: string;
  namespaceVeth: string;
  close(): void;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

/** An id whose namespace and host link do not exist (a killed run can leave its own behind). */
function unusedId(): number {
  const taken = `${ip('netns', 'list')}\n${ip('-br', 'link')}`;
  for (;;) {
    const id = randomInt(10, 250);
    if (!new RegExp(`\\b(rvtest|rvh)${id}\\b`).test(taken)) return id;
  }
}

/**
 * A network namespace joined to the host by a veth pair (STACK.md: Janus skips loopback for ICE,
 * and test traffic must never use the machine's own address). Needs root; fails loudly without it.
 */
export function givenNetworkNamespace(): NetworkNamespace {
  if (process.getuid?.() !== 0) throw new Error('media tests need root to create a network namespace (CAP_NET_ADMIN)');
  const id = unusedId();
  const name = `rvtest${id}`;
  const [hostVeth, namespaceVeth] = [`rvh${id}`, `rvn${id}`];
  const [hostIp, namespaceIp] = [`10.77.${id}.1`, `10.77.${id}.2`];
  ip('netns', 'add', name);
  try {
    ip('link', 'add', hostVeth, 'type', 'veth', 'peer', 'name', namespaceVeth);
    ip('link', 'set', namespaceVeth, 'netns', name);
    ip('addr', 'add', `${hostIp}/24`, 'dev', hostVeth);
    ip('link', 'set', hostVeth, 'up');
    ip('netns', 'exec', name, 'sysctl', '-qw', 'net.ipv6.conf.all.disable_ipv6=1');
    ip('netns', 'exec', name, 'ip', 'addr', 'add', `${namespaceIp}/24`, 'dev', namespaceVeth);
    ip('netns', 'exec', name, 'ip', 'link', 'set', namespaceVeth, 'up');
    ip('netns', 'exec', name, 'ip', 'link', 'set', 'lo', 'up');
  } catch (error) {
    try {
      ip('link', 'del', hostVeth);
    } catch {
      /* never made */
    }
    ip('netns', 'del', name); // leave nothing half-made behind
    throw error;
  }
  const close = () => {
    // The pair goes with its host end; deleting only the namespace left host ends behind on this kernel.
    try {
      ip('link', 'del', hostVeth);
    } catch {
      /* already gone with the namespace */
    }
    ip('netns', 'del', name);
  };
  return { name, hostIp, namespaceIp, namespaceVeth, close };
}
