/** Kubernetes rules, in id order. */
import type { KubernetesRule } from '../kinds.js';

export const kubernetesRules: KubernetesRule[] = [];
