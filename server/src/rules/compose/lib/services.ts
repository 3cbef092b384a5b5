/** What the Compose rules share: the services of the analysed file, grouping by node, message wording, edit style. */
import type { Node } from 'yaml';
import { composeFiles, type ComposeService } from '../../../parse/compose.js';
import { modelStyle, type YamlStyle } from '../../../parse/yaml-edit.js';
import { derived, type YamlModel } from '../../../parse/yaml.js';
import type { RuleContext } from '../../types.js';

/** The services of a model's Compose files, by the path they were read under. */
const servicesByPath = (): Map<string, readonly ComposeService[]> => new Map();

/** Every service of every Compose document in the analysed file (one list per analysis, shared by the rules). */
export function servicesOf(ctx: RuleContext<YamlModel>): readonly ComposeService[] {
  const lists = derived(ctx.model, servicesByPath);
  let list = lists.get(ctx.path);
  if (!list) lists.set(ctx.path, (list = composeFiles(ctx.model, ctx.path).flatMap((f) => f.services)));
  return list;
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

/** The indentation and line-break style of the file, for edits (computed once per model). */
export function styleOf(model: YamlModel): YamlStyle {
  return derived(model, modelStyle);
}
