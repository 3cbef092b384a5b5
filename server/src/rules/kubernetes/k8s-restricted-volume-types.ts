import doc from './k8s-restricted-volume-types.md';
import type { KubernetesRule } from '../kinds.js';
import { isMap, isScalar, isSeq, scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, replaceFix } from './lib/fixes.js';
import { keyRange, restrictedLevel, workloads } from './lib/workloads.js';

const ALLOWED = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);

/**
 * A volume of a type the restricted level does not allow (PSS restricted
 * "Volume Types"). `hostPath` is `k8s-no-host-path`'s finding.
 */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-restricted-volume-types',
    kind: 'kubernetes',
    title: 'Volume type not allowed by the restricted profile',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0028'],
    doc,
  },
  check({ model, settings, report }) {
    if (!restrictedLevel(settings)) return;
    for (const w of workloads(model)) {
      const volumes = valueOf(w.podSpec, 'volumes');
      if (!isSeq(volumes)) continue;
      for (const vol of volumes.items) {
        if (!isMap(vol)) continue;
        const name = scalarString(valueOf(vol, 'name'));
        for (const pair of vol.items) {
          const type = isScalar(pair.key) ? String(pair.key.value) : undefined;
          if (!type || type === 'name' || type === 'hostPath' || ALLOWED.has(type)) continue;
          report({
            range: keyRange(model, pair),
            fixes: () => fixes(replaceFix(model, vol, type, 'emptyDir', {}, `Replace the ${type} volume with an emptyDir (its data is then neither shared nor kept)`)),
            message: `Volume '${name ?? '?'}' is of type ${type}; the restricted profile allows only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret`,
          });
        }
      }
    }
  },
};

export default rule;
