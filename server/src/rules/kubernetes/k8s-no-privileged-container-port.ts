import doc from './k8s-no-privileged-container-port.md';
import type { KubernetesRule } from '../kinds.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { scalarString, valueOf } from '../../parse/yaml-access.js';
import { fixes, setScalarFix } from './lib/fixes.js';
import { containerPorts, containers, rangeOf } from './lib/workloads.js';

/** A container declares a `containerPort` below 1024. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-privileged-container-port',
    kind: 'kubernetes',
    title: 'Container port below 1024',
    defaultSeverity: 'info',
    fix: 'unsafe',
    equivalents: ['trivy:KSV-0117', 'kube-linter:privileged-ports'],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      for (const port of containerPorts(container)) {
        const node = valueOf(port, 'containerPort');
        const value = scalarString(node);
        if (value === undefined || !/^\d+$/.test(value) || +value >= 1024 || +value === 0) continue;
        const alt = +value === 80 ? 8080 : +value === 443 ? 8443 : +value + 8000;
        report({
          fixes: () => fixes(setScalarFix(model, node, alt, `Use containerPort ${alt} (the application must listen there; the Service's targetPort must follow)`)),
          range: rangeOf(model, node),
          message: `${describeContainer(container)} listens on port ${value}, a privileged port: binding it needs root or NET_BIND_SERVICE; listen on a port from 1024 up and map it in the Service`,
        });
      }
    }
  },
};

export default rule;
