import doc from './compose-no-insecure-image-settings.md';
import type { Node } from 'yaml';
import { isSeq } from '../../parse/yaml-access.js';
import { hasInsecureSettings, insecureSettings, type InsecureSetting } from '../../knowledge/insecure-settings.js';
import { composeText } from '../../parse/compose-env.js';
import { imageOf, setting, type ComposeService } from '../../parse/compose.js';
import type { Fix } from '../types.js';
import { parseImageRef } from '../../parse/dockerfile.js';
import type { ComposeRule } from '../kinds.js';
import { environment } from './lib/environment.js';
import { removeKeyedEntry } from './lib/remove.js';
import { onAllInterfaces, publishedPorts } from './lib/ports.js';
import { hits, serviceNames } from './lib/services.js';

/** The repository of a service's image without registry, tag or digest (`grafana/grafana`), when it is written literally. */
function repositoryOf(svc: ComposeService): string | undefined {
  const image = imageOf(svc)?.text;
  if (!image || image.includes('$')) return undefined;
  const ref = parseImageRef(image);
  return ref?.repository.toLowerCase().replace(/^library\//, '');
}

/** The command's words and the node of each (list form), or the whole string's node. */
function commandOf(svc: ComposeService): { args: string[]; nodes: (Node | undefined)[]; whole?: Node } {
  const s = setting(svc, 'command');
  const v = s?.value;
  if (isSeq(v)) {
    const items = v.items as Node[];
    return { args: items.map((i) => composeText(i) ?? ''), nodes: items };
  }
  const text = composeText(v);
  if (text === undefined || !v) return { args: [], nodes: [] };
  const args = text.split(/\s+/).filter(Boolean).flatMap((a) => (/^--[\w.-]+=/.test(a) && !/token=/i.test(a) ? a.split('=') : [a]));
  return { args, nodes: args.map(() => undefined), whole: v };
}

/** Settings of popular images that turn their own authentication or protection off. */
const rule: ComposeRule = {
  meta: {
    id: 'compose-no-insecure-image-settings',
    kind: 'compose',
    title: 'An image is configured with its protection turned off',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    equivalents: [],
    doc,
  },
  check(ctx) {
    const found = hits<InsecureSetting & { fix?: Fix }>(ctx, (svc) => {
      const repository = repositoryOf(svc);
      // Most images have no such settings: their environment, command and ports need not be read.
      if (!repository || !hasInsecureSettings(repository)) return [];
      const { setting: envSetting, entries } = environment(svc);
      const env = new Map<string, string>();
      for (const e of entries) {
        const value = e.resolved ?? e.value;
        if (value !== undefined && !value.includes('$')) env.set(e.name, value.replace(/^(["'])(.*)\1$/, '$2'));
      }
      const cmd = commandOf(svc);
      const published = publishedPorts(svc).some(onAllInterfaces);
      return insecureSettings({ repository, env, args: cmd.args, published }).map((s) => {
        let node: Node | undefined;
        let fix: Fix | undefined;
        if ('env' in s.at) {
          const name = s.at.env;
          const entry = entries.find((e) => e.name === name);
          node = entry?.node;
          const edit = entry && envSetting && !ctx.model.templated ? removeKeyedEntry(ctx.model, envSetting, entry.form === 'list' ? entry.node : entry.keyNode) : undefined;
          if (edit) fix = { title: `Remove ${name} from the service's environment (the image then turns its protection back on; give it credentials from a secret)`, safe: false, edits: [edit] };
        } else {
          const arg = s.at.arg;
          node = cmd.nodes[cmd.args.findIndex((a) => a === arg)] ?? cmd.whole;
        }
        return { node: node ?? svc.key, data: { ...s, fix } };
      });
    });
    for (const hit of found) {
      ctx.report({
        range: ctx.model.rangeOf(hit.node),
        fixes: hit.data.fix ? [hit.data.fix] : [],
        message: `${serviceNames(hit.services)}: ${hit.data.message}`,
        severity: hit.data.severity,
      });
    }
  },
};

export default rule;
