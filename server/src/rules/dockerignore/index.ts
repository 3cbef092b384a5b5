/** .dockerignore rules, in id order. */
import type { DockerignoreRule } from '../kinds.js';

export const dockerignoreRules: DockerignoreRule[] = [];
