/** The engine's public surface for front ends (language server, CLI, harden). */
export { analyze, compareFindings, disableForLineEdit, emptyProject, type AnalysisResult, type SourceFile } from './analyze.js';
export { applyEdits } from './edits.js';
export { detectKind } from './files.js';
export { imageHover } from './hover-image.js';
export { initEngine } from './init.js';
export { getRule, ruleDocUrl, rules } from '../rules/index.js';
export type * from '../rules/types.js';
