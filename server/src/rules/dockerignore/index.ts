/** .dockerignore rules, in id order. */
import type { DockerignoreRule } from '../kinds.js';
import dockerignoreNoDeadPatterns from './dockerignore-no-dead-patterns.js';
import dockerignoreNoSecretReinclude from './dockerignore-no-secret-reinclude.js';
import dockerignoreRequireSensitivePatterns from './dockerignore-require-sensitive-patterns.js';

export const dockerignoreRules: DockerignoreRule[] = [
  dockerignoreNoDeadPatterns,
  dockerignoreNoSecretReinclude,
  dockerignoreRequireSensitivePatterns,
];
