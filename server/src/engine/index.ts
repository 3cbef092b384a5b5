/**
 * The engine's public surface: the language server and the CLI import the
 * engine, its rules and their types from here and nowhere else
 * (test/architecture.test.ts checks it).
 */
export { AnalysisReuse, analyze, analyzeWithoutWaiting, BUDGET_ID, compareFindings, disableForLineEdit, emptyProject, type AnalysisResult, type SourceFile } from './analyze.js';
export { applyEdits } from './edits.js';
export { detectKind, kindFromPath } from './files.js';
export { imageHover } from './hover-image.js';
export { initEngine } from './init.js';
export { getRule, ruleDocUrl, rules } from '../rules/index.js';
export type { AnyRule } from '../rules/kinds.js';
export type * from '../rules/types.js';
export type { DockerfileModel } from '../parse/dockerfile.js';
export { applicableFix, fixInRounds, selectFixes, type SelectedFix } from './fixes.js';
export { digestPins, imagesToResolve, type WantedImage } from './images.js';
export { toPosix } from '../paths.js';
export { bomOf, withoutBom } from '../text.js';
