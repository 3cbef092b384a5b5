import doc from './compose-no-docker-socket.md';
import { setting } from '../../parse/compose.js';
import type { ComposeRule } from '../kinds.js';
import { isDockerSocket } from './lib/host-paths.js';
import { removeEntry } from './lib/remove.js';
import { hits, serviceNames } from './lib/services.js';
import { serviceVolumes } from './lib/volumes.js';

/** The Docker Engine socket mounted into a container hands it the host. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-docker-socket',
    kind: 'compose',
    title: 'A service mounts the Docker socket',
    defaultSeverity: 'error',
    fix: 'unsafe',
    equivalents: ['kics:docker_socket_mounted_in_container'],
    doc,
  },
  check(ctx) {
    const found = hits(ctx, (svc) => serviceVolumes(svc)
      .filter((v) => v.bind && v.source !== undefined && isDockerSocket(v.source))
      .map((v) => ({ node: v.sourceNode, data: v })));
    for (const hit of found) {
      const ro = hit.data.readOnly ? ' (read-only does not limit what the API allows)' : '';
      const volumes = setting(hit.services[0], 'volumes');
      const edit = volumes ? removeEntry(ctx.model, volumes, hit.data.node) : undefined;
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        message: `${serviceNames(hit.services)} ${hit.services.length > 1 ? 'mount' : 'mounts'} the Docker socket ${hit.data.source}${ro}: whoever controls the container controls the host`,
        fixes: edit ? [{ title: 'Remove the Docker socket mount (whatever uses the Docker API stops working)', safe: false, edits: [edit] }] : [],
      });
    }
  },
};

export default rule;
