/** Rule types bound to the model each kind of file is parsed into. */
import type { DockerfileModel } from '../parse/dockerfile.js';
import type { IgnoreModel } from '../parse/ignorefile.js';
import type { YamlModel } from '../parse/yaml.js';
import type { FileKind, Rule } from './types.js';

export interface ModelOf {
  dockerfile: DockerfileModel;
  compose: YamlModel;
  kubernetes: YamlModel;
  workflow: YamlModel;
  dependabot: YamlModel;
  dockerignore: IgnoreModel;
}

export type RuleFor<K extends FileKind> = Rule<K, ModelOf[K]>;
export type DockerfileRule = RuleFor<'dockerfile'>;
export type ComposeRule = RuleFor<'compose'>;
export type KubernetesRule = RuleFor<'kubernetes'>;
export type WorkflowRule = RuleFor<'workflow'>;
export type DependabotRule = RuleFor<'dependabot'>;
export type DockerignoreRule = RuleFor<'dockerignore'>;
/** A rule of any kind, as the registry holds them. */
export type AnyRule = { [K in FileKind]: RuleFor<K> }[FileKind];
