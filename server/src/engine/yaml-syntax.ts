/**
 * The `yaml-syntax` diagnostic: YAML that does not parse, in every YAML kind
 * (Compose, Kubernetes, workflows, Dependabot). It belongs to the engine
 * rather than to one kind's rule list because a rule has one kind. Files with
 * Helm/Go template syntax report nothing: their errors are filtered by the
 * parser, since `{{ … }}` is not YAML until it is rendered.
 */
import type { YamlModel } from '../parse/yaml.js';
import type { FileKind, Finding, Settings } from '../rules/types.js';
import yamlSyntaxDoc from './yaml-syntax.md';

/** Id, settings key and suppression token of the diagnostic. */
export const YAML_SYNTAX_ID = 'yaml-syntax';

/** Documentation of the diagnostic (Markdown), for hovers and docs pages. */
export const YAML_SYNTAX_DOC: string = yamlSyntaxDoc;

/** Whether files of a kind are YAML. */
export function isYamlKind(kind: FileKind): boolean {
  return kind !== 'dockerfile' && kind !== 'dockerignore';
}

/** One error finding per syntax error of the model, unless turned off in settings. */
export function yamlSyntaxFindings(model: YamlModel, settings: Settings = {}): Finding[] {
  const severity = settings.rules?.[YAML_SYNTAX_ID] ?? 'error';
  if (severity === 'off') return [];
  return model.errors.map((e) => ({ ruleId: YAML_SYNTAX_ID, range: e.range, message: `Invalid YAML: ${e.message}`, severity, fixes: [] }));
}
