/** What the Compose rules share: the services of the analysed file, grouping by node, message wording, edit style. */
import type { Node } from 'yaml';
import { composeFiles, type ComposeService } from '../../../parse/compose.js';
import { detectStyle, type YamlStyle } from '../../../parse/yaml-edit.js';
import type { YamlModel } from '../../../parse/yaml.js';
import type { RuleContext } from '../../types.js';

/** Every service of every Compose document in the analysed file. */
export function servicesOf(ctx: RuleContext<YamlModel>): ComposeService[] {
  return composeFiles(ctx.model, ctx.path).flatMap((f) => f.services);
}

/** A node found on one or more services (a value merged from an anchor is shared). */
export interface Hit<T> {
  node: Node;
  services: ComposeService[];
  data: T;
}

/**
 * Runs `find` on every service and groups what it returns by node, so a value
 * written once in an anchor and merged into several services is reported once.
 */
export function hits<T>(ctx: RuleContext<YamlModel>, find: (svc: ComposeService) => { node: Node; data: T }[]): Hit<T>[] {
  const byNode = new Map<Node, Hit<T>>();
  for (const svc of servicesOf(ctx)) {
    for (const { node, data } of find(svc)) {
      const hit = byNode.get(node);
      if (hit) {
        if (!hit.services.includes(svc)) hit.services.push(svc);
      } else byNode.set(node, { node, services: [svc], data });
    }
  }
  return [...byNode.values()].sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0));
}

/** `Service 'db'` or `Services 'a', 'b'`, for messages. */
export function serviceNames(services: readonly ComposeService[]): string {
  const names = services.map((s) => `'${s.name}'`);
  return names.length === 1 ? `Service ${names[0]}` : `Services ${names.join(', ')}`;
}

const styles = new WeakMap<YamlModel, YamlStyle>();

/** The indentation and line-break style of the file, for edits. */
export function styleOf(model: YamlModel): YamlStyle {
  let s = styles.get(model);
  if (!s) styles.set(model, (s = detectStyle(model.text, model.docs.map((d) => d.contents))));
  return s;
}
