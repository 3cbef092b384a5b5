import doc from './dockerignore-no-dead-patterns.md';
import type { IgnoreLine, IgnoreModel } from '../../parse/ignorefile.js';
import type { DockerignoreRule } from '../kinds.js';
import type { Fix, ProjectView, Range, TextEdit } from '../types.js';
import { ignoreUsersOf } from './lib/users.js';
import { climbsOut, cleanPath, dockerPattern, mayOverlap, type WorkBudget } from './lib/patterns.js';

/**
 * The work (pattern pairs compared, automaton states visited) spent on
 * judging exceptions against the other lines of one file, at most.
 */
export const LIMITS = { comparisonWork: 2_000_000 };

/** What is wrong with a line, and the fixes for it. */
interface Problem {
  message: string;
  fixes: Fix[];
  /** The line matches no path at all (so it cannot be what an exception undoes). */
  dead?: boolean;
}

/** Backslash runs that are Windows separators: followed by an ordinary character, or at the end. */
const WINDOWS_SEPARATOR = /\\+(?=[^*?[\]\\]|$)/;

/** The pattern with its Windows separators written as `/`, or undefined when it has none. */
function withSlashes(pattern: string): string | undefined {
  return WINDOWS_SEPARATOR.test(pattern) ? pattern.replace(/\\+/g, '/') : undefined;
}

/** The first folder of the build context that a context-relative path names. */
function firstSegment(pattern: string): string {
  return dockerPattern(pattern).split('/')[0];
}

/** Whether the context holds an entry with this name (unknown listings count as no). */
function contextHas(project: ProjectView, contextDir: string | undefined, name: string): boolean {
  if (!contextDir) return false;
  try {
    return (project.listDir(contextDir) ?? []).includes(name);
  } catch {
    return false;
  }
}

const HOME = /^\/(?:home\/[^/]+|Users\/[^/]+|root)(?:\/|$)/;
const VARIABLE = /^(?:\$\{?(?:HOME|USERPROFILE)\}?|%USERPROFILE%|\$env:USERPROFILE)(?:[\\/]|$)/i;
const DRIVE = /^[A-Za-z]:[\\/]/;

/** Patterns written as host paths: a home folder, a drive letter, or this context's own absolute path. */
function hostPath(p: IgnoreLine, contextDir: string | undefined, project: ProjectView, edit: (text: string) => TextEdit): Problem | undefined {
  const written = p.pattern;
  if (/^~(?:[\\/]|$)/.test(written)) {
    return { message: `'${written}' does not refer to your home folder: .dockerignore does not expand '~', so it only matches a folder named '~' in the build context`, fixes: [] };
  }
  if (VARIABLE.test(written)) {
    return { message: `'${written}' does not refer to your home folder: .dockerignore does not expand variables, so it only matches a folder of that literal name in the build context`, fixes: [] };
  }
  if (DRIVE.test(written)) {
    const home = /^[A-Za-z]:[\\/]+Users[\\/]/i.test(written);
    return { message: `'${written}' ${home ? 'does not refer to your home folder' : 'is a path on the host'}: patterns are relative to the build context and nothing outside it is sent to the builder, so this line matches nothing`, fixes: [], dead: true };
  }
  if (!written.startsWith('/')) return undefined;
  const norm = cleanPath(written);
  if (HOME.test(norm) && !contextHas(project, contextDir, firstSegment(norm))) {
    return { message: `'${written}' does not refer to your home folder: a leading '/' is the root of the build context, so it only matches '${dockerPattern(norm)}' inside the context`, fixes: [] };
  }
  if (contextDir && contextDir !== '/' && norm.startsWith(`${contextDir}/`) && !contextHas(project, contextDir, firstSegment(norm))) {
    const relative = `/${norm.slice(contextDir.length + 1)}${written.endsWith('/') ? '/' : ''}`;
    return {
      message: `'${written}' is this build context's path on the host; patterns are relative to the context, so it only matches '${dockerPattern(norm)}' inside it`,
      fixes: [{ title: `Write it relative to the build context: '${relative}'`, safe: true, edits: [edit(relative)] }],
    };
  }
  return undefined;
}

/** The text of a whole line, to move or delete it. */
function lineRange(model: IgnoreModel, line: number): Range {
  return line + 1 < model.lines.length
    ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }
    : { start: { line, character: 0 }, end: { line, character: model.lines[line].length } };
}

function removeLine(model: IgnoreModel, p: IgnoreLine): Fix {
  return { title: `Remove the line '${written(p)}'`, safe: false, edits: [{ range: lineRange(model, p.line), newText: '' }] };
}

const written = (p: IgnoreLine) => (p.negated ? `!${p.pattern}` : p.pattern);

/** Moves line `p` to just below line `below`. */
function moveBelow(model: IgnoreModel, p: IgnoreLine, below: IgnoreLine): Fix {
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const last = below.line + 1 >= model.lines.length;
  const at = last ? { line: below.line, character: model.lines[below.line].length } : { line: below.line + 1, character: 0 };
  const raw = model.lines[p.line];
  return {
    title: `Move '${written(p)}' below '${written(below)}' (line ${below.line + 1})`,
    safe: false,
    edits: [
      { range: lineRange(model, p.line), newText: '' },
      { range: { start: at, end: at }, newText: last ? `${eol}${raw}` : `${raw}${eol}` },
    ],
  };
}

/** The directory a `.dockerignore` is the root of (its own folder), when the file is a context's `.dockerignore`. */
function contextDirOf(path: string): string | undefined {
  const norm = path.replace(/\\/g, '/');
  const i = norm.lastIndexOf('/');
  if (i < 0 || norm.slice(i + 1).toLowerCase() !== '.dockerignore') return undefined;
  return i === 0 ? '/' : cleanPath(norm.slice(0, i));
}

/** Patterns that can never match anything in a build context, or never do what they say. */
const rule: DockerignoreRule = {
  meta: {
    id: 'dockerignore-no-dead-patterns',
    kind: 'dockerignore',
    title: '.dockerignore pattern can never match',
    defaultSeverity: 'warning',
    fix: 'safe',
    equivalents: [],
    doc,
  },
  check({ model, path, project, report }) {
    // A file no known build reads is said once, by dockerignore-require-sensitive-patterns.
    if (ignoreUsersOf(model, path, project)?.length === 0) return;
    const contextDir = contextDirOf(path);
    const lines = model.patterns.filter((p) => p.pattern !== '');
    /** How each line is judged against the others: as Docker reads it, or as meant when it has Windows separators. */
    const meant = new Map<IgnoreLine, string>();
    const problems = new Map<IgnoreLine, Problem>();
    for (const p of lines) {
      const offset = p.negated ? p.range.end.character - p.pattern.length : p.range.start.character;
      const patternRange: Range = { start: { line: p.line, character: offset }, end: { line: p.line, character: offset + p.pattern.length } };
      const edit = (text: string): TextEdit => ({ range: patternRange, newText: text });
      const slashes = withSlashes(p.pattern);
      meant.set(p, dockerPattern(slashes ?? p.pattern));
      const host = hostPath(p, contextDir, project, edit);
      if (host) {
        problems.set(p, host);
        continue;
      }
      if (climbsOut(p.pattern)) {
        const docker = dockerPattern(p.pattern);
        problems.set(p, docker === '..' || docker.startsWith('../')
          ? {
            message: `'${p.pattern}' points outside the build context; only the context is sent to the builder, so this line ${p.negated ? 're-includes' : 'excludes'} nothing`,
            fixes: [removeLine(model, p)],
            dead: true,
          }
          : { message: `'${p.pattern}' cannot reach outside the build context: Docker cleans it to '${docker}', a path inside the context`, fixes: [] });
        continue;
      }
      if (slashes) {
        const target = dockerPattern(slashes);
        const actual = p.pattern.endsWith('\\') ? '' : `; it matches '${dockerPattern(p.pattern.replace(/\\(.)/g, '$1'))}'`;
        problems.set(p, {
          message: `'${p.pattern}' uses Windows path separators; on Linux and macOS '\\' escapes the next character instead, so this does not match '${target}'${actual}`,
          fixes: [{ title: `Use forward slashes: '${slashes}'`, safe: true, edits: [edit(slashes)] }],
        });
      }
    }
    const isDead = (q: IgnoreLine) => !!problems.get(q)?.dead;
    // The nearest later exception of the same pattern, for each line (one pass from the end).
    const undoneBy = new Map<IgnoreLine, IgnoreLine>();
    const nextException = new Map<string, IgnoreLine>();
    for (let i = lines.length - 1; i >= 0; i--) {
      const p = lines[i];
      const pattern = meant.get(p)!;
      if (p.negated) nextException.set(pattern, p);
      else {
        const undo = nextException.get(pattern);
        if (undo) undoneBy.set(p, undo);
      }
    }
    // Exceptions are judged against the other lines pair by pair; a file of thousands of them is judged up to a budget.
    const budget: WorkBudget = { left: LIMITS.comparisonWork };
    const excluders: IgnoreLine[] = [];
    let stoppedAt: IgnoreLine | undefined;
    lines.forEach((p, i) => {
      if (!p.negated && !isDead(p)) excluders.push(p);
      if (problems.has(p) || stoppedAt) return;
      const pattern = meant.get(p)!;
      if (p.negated) {
        if (budget.left <= 0) {
          stoppedAt = p;
          return;
        }
        let excluded = false;
        for (let j = 0; j < excluders.length && !excluded && budget.left > 0; j++) excluded = mayOverlap(meant.get(excluders[j])!, pattern, false, budget);
        if (excluded) return;
        let later: IgnoreLine | undefined;
        for (let j = i + 1; j < lines.length && !later && budget.left > 0; j++) {
          const q = lines[j];
          if (!q.negated && !isDead(q) && mayOverlap(meant.get(q)!, pattern, true, budget)) later = q;
        }
        // Out of budget mid-way, "no overlap" is not known: the line is left unjudged.
        if (budget.left <= 0) {
          stoppedAt = p;
          return;
        }
        problems.set(p, later
          ? {
            message: `'!${p.pattern}' comes before '${written(later)}' (line ${later.line + 1}), which excludes it again; an exception only re-includes what an earlier line excluded`,
            fixes: [moveBelow(model, p, later)],
          }
          : {
            message: `'!${p.pattern}' re-includes nothing: no earlier line excludes a path it matches`,
            fixes: [removeLine(model, p)],
          });
      } else {
        const undo = undoneBy.get(p);
        if (undo) {
          problems.set(p, { message: `'${p.pattern}' excludes nothing: '!${undo.pattern}' (line ${undo.line + 1}) re-includes everything it matches`, fixes: [] });
        }
      }
    });
    if (stoppedAt) {
      report({
        range: stoppedAt.range,
        severity: 'info',
        message: `This file has too many exceptions to compare every pair of lines; exceptions ('!' lines) from line ${stoppedAt.line + 1} on were not checked for matching nothing`,
      });
    }
    for (const p of lines) {
      const problem = problems.get(p);
      if (problem) report({ range: p.range, message: problem.message, fixes: problem.fixes });
    }
  },
};

export default rule;
