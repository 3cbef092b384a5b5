/** Compose rules, in id order. */
import type { ComposeRule } from '../kinds.js';

export const composeRules: ComposeRule[] = [];
