/** .dockerignore rules, in id order. */
import type { DockerignoreRule } from '../kinds.js';
import dockerignoreNoSecretReinclude from './dockerignore-no-secret-reinclude.js';
import dockerignoreRequireSensitivePatterns from './dockerignore-require-sensitive-patterns.js';

export const dockerignoreRules: DockerignoreRule[] = [
  dockerignoreNoSecretReinclude,
  dockerignoreRequireSensitivePatterns,
];
