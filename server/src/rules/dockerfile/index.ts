/** Dockerfile rules, in id order. */
import type { DockerfileRule } from '../kinds.js';
import noRootUser from './no-root-user.js';

export const dockerfileRules: DockerfileRule[] = [noRootUser];
