import doc from './k8s-no-insecure-image-settings.md';
import type { Node } from 'yaml';
import { hasInsecureSettings, insecureSettings } from '../../knowledge/insecure-settings.js';
import { describeContainer } from '../../parse/kubernetes.js';
import { isMap, isSeq, pairOf, scalarString, valueOf } from '../../parse/yaml-access.js';
import { removeItem, removePair } from '../../parse/yaml-edit.js';
import type { KubernetesRule } from '../kinds.js';
import { parseImage } from './lib/images.js';
import { containerRange, containers, rangeOf } from './lib/workloads.js';

/** Settings of popular images that turn their own authentication or protection off, in a container's env, command or args. */
const rule: KubernetesRule = {
  meta: {
    id: 'k8s-no-insecure-image-settings',
    kind: 'kubernetes',
    title: 'An image is configured with its protection turned off',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check({ model, report }) {
    for (const { container } of containers(model)) {
      const image = container.image?.trim();
      if (!image || image.includes('$') || image.includes('{{')) continue;
      const repository = parseImage(image).repository.toLowerCase()
        .replace(/^(?:docker\.io\/)?(?:library\/)?/, '').replace(/^(?:[\w-]+\.[\w.-]+(?::\d+)?)\//, '');
      // Most images have no such settings: their env, command and args need not be read.
      if (!hasInsecureSettings(repository)) continue;
      const env = new Map<string, string>();
      const envNodes = new Map<string, Node>();
      const envItems = new Map<string, Node>();
      const list = valueOf(container.node, 'env');
      if (isSeq(list)) {
        for (const item of list.items) {
          if (!isMap(item)) continue;
          const name = scalarString(valueOf(item, 'name'));
          const node = valueOf(item, 'value');
          const value = scalarString(node);
          if (!name || value === undefined || value.includes('$(') || !node) continue;
          env.set(name, value);
          envNodes.set(name, node);
          envItems.set(name, item);
        }
      }
      const args: string[] = [];
      const argNodes: Node[] = [];
      for (const key of ['command', 'args']) {
        const seq = valueOf(container.node, key);
        if (!isSeq(seq)) continue;
        for (const item of seq.items as Node[]) {
          const text = scalarString(item);
          if (text === undefined) continue;
          for (const word of text.split(/\s+/).filter(Boolean)) { args.push(word); argNodes.push(item); }
        }
      }
      for (const s of insecureSettings({ repository, env, args, published: false })) {
        const node = 'env' in s.at ? envNodes.get(s.at.env) : argNodes[args.indexOf(s.at.arg)];
        const item = 'env' in s.at ? envItems.get(s.at.env) : undefined;
        const envPair = pairOf(container.node, 'env');
        const edit = item && isSeq(list) && !model.templated ? removeItem(model, list, item) ?? (list.items.length === 1 && envPair ? removePair(model, container.node, envPair) : undefined) : undefined;
        report({
          range: node ? rangeOf(model, node) : containerRange(model, container),
          fixes: edit && 'env' in s.at ? [{ title: `Remove ${s.at.env} from the container's env (the image then turns its protection back on; give it credentials from a Secret)`, safe: false, edits: [edit] }] : [],
          message: `${describeContainer(container)}: ${s.message}`,
          severity: s.severity,
        });
      }
    }
  },
};

export default rule;
