/** The security posture report: build it from findings, compare it with a baseline, render it. */
export { buildReport, relativePath, type ReportFile, type ReportInput } from './build.js';
export { baselineProblem, compareWithBaseline } from './baseline.js';
export { renderHtml, type HtmlOptions } from './html.js';
export { renderMarkdown } from './markdown.js';
export type * from './model.js';
export const REPORT_FORMATS = ['md', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
