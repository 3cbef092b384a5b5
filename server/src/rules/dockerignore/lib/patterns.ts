/**
 * `.dockerignore` patterns as Docker reads them on Linux (moby's
 * `patternmatcher` and `ignorefile`): each line is cleaned like Go's
 * `filepath.Clean` and loses a leading `/`; `*` and `?` stop at `/`, `**`
 * crosses folders, `\` escapes the next character; a pattern excludes a path
 * when it matches the path or one of its parent folders.
 *
 * {@link mayOverlap} answers whether two patterns can ever apply to the same
 * path, by searching the product of their automata.
 */

/** Go's `filepath.Clean` for `/`-separated paths. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/** A pattern as Docker keeps it: cleaned, without a leading `/`. */
export function dockerPattern(pattern: string): string {
  const clean = cleanPath(pattern);
  return clean.length > 1 && clean.startsWith('/') ? clean.slice(1) : clean;
}

/** Whether a pattern (as written) has `..` segments that climb above where it starts. */
export function climbsOut(pattern: string): boolean {
  let depth = 0;
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (--depth < 0) return true;
    } else depth++;
  }
  return false;
}

type Pred =
  | { k: 'lit'; c: number }
  | { k: 'notSlash' }
  | { k: 'any' }
  | { k: 'class'; neg: boolean; ranges: [number, number][] };

interface Nfa {
  trans: { pred: Pred; to: number }[][];
  eps: number[][];
  accept: Set<number>;
}

const SLASH = 47;

/** Parses `[...]` at `i` (after the `[`); undefined when it is malformed or holds glob characters. */
function parseClass(p: string, i: number): { pred: Pred; next: number } | undefined {
  let neg = false;
  if (p[i] === '^') {
    neg = true;
    i++;
  }
  const ranges: [number, number][] = [];
  let first = true;
  while (i < p.length && (p[i] !== ']' || first)) {
    first = false;
    let ch = p[i];
    if (ch === '*' || ch === '?' || ch === '[') return undefined;
    if (ch === '\\') {
      if (++i >= p.length) return undefined;
      ch = p[i];
    }
    const lo = ch.codePointAt(0)!;
    i++;
    if (p[i] === '-' && i + 1 < p.length && p[i + 1] !== ']') {
      let hiCh = p[i + 1];
      i += 2;
      if (hiCh === '\\') {
        if (i >= p.length) return undefined;
        hiCh = p[i++];
      }
      const hi = hiCh.codePointAt(0)!;
      if (hi < lo) return undefined;
      ranges.push([lo, hi]);
    } else ranges.push([lo, lo]);
  }
  if (p[i] !== ']') return undefined;
  return { pred: { k: 'class', neg, ranges }, next: i + 1 };
}

/**
 * The automaton of a Docker pattern (already cleaned), accepting the paths it
 * matches and everything below them. Undefined when the pattern uses syntax
 * this reading does not model (odd character classes).
 */
function compile(p: string, below: boolean): Nfa | undefined {
  const trans: { pred: Pred; to: number }[][] = [[]];
  const eps: number[][] = [[]];
  const state = () => {
    trans.push([]);
    eps.push([]);
    return trans.length - 1;
  };
  let s = 0;
  const step = (pred: Pred) => {
    const n = state();
    trans[s].push({ pred, to: n });
    s = n;
  };
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === '*' && p[i + 1] === '*') {
      i++;
      if (p[i + 1] === '/') i++;
      const n = state();
      if (i + 1 >= p.length) {
        eps[s].push(n);
        trans[n].push({ pred: { k: 'any' }, to: n });
      } else {
        const a = state();
        eps[s].push(n, a);
        trans[a].push({ pred: { k: 'any' }, to: a }, { pred: { k: 'lit', c: SLASH }, to: n });
      }
      s = n;
    } else if (ch === '*') {
      const n = state();
      eps[s].push(n);
      trans[n].push({ pred: { k: 'notSlash' }, to: n });
      s = n;
    } else if (ch === '?') {
      step({ k: 'notSlash' });
    } else if (ch === '[') {
      const cls = parseClass(p, i + 1);
      if (!cls) return undefined;
      step(cls.pred);
      i = cls.next - 1;
    } else if (ch === '\\' && i + 1 < p.length) {
      const c = p.codePointAt(++i)!;
      if (c > 0xffff) i++;
      step({ k: 'lit', c });
    } else {
      const c = p.codePointAt(i)!;
      if (c > 0xffff) i++;
      step({ k: 'lit', c });
    }
  }
  if (!below) return { trans, eps, accept: new Set([s]) };
  // Paths below a match: `/` and at least one more character.
  const slash = state();
  const deeper = state();
  trans[s].push({ pred: { k: 'lit', c: SLASH }, to: slash });
  trans[slash].push({ pred: { k: 'any' }, to: deeper });
  trans[deeper].push({ pred: { k: 'any' }, to: deeper });
  return { trans, eps, accept: new Set([s, deeper]) };
}

function test(pred: Pred, c: number): boolean {
  switch (pred.k) {
    case 'lit': return pred.c === c;
    case 'notSlash': return c !== SLASH;
    case 'any': return true;
    case 'class': return pred.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== pred.neg;
  }
}

/** Characters enough to tell every pair of predicates apart: literals, range bounds and their neighbours, `/`, one unused. */
function alphabet(nfas: Nfa[]): number[] {
  const chars = new Set<number>([SLASH, 0x10ffff]);
  for (const nfa of nfas) {
    for (const list of nfa.trans) {
      for (const { pred } of list) {
        if (pred.k === 'lit') chars.add(pred.c);
        if (pred.k === 'class') for (const [lo, hi] of pred.ranges) for (const c of [lo - 1, lo, hi, hi + 1]) if (c >= 0) chars.add(c);
      }
    }
  }
  return [...chars];
}

const MAX_STATES = 200_000;

/**
 * Work left for a series of {@link mayOverlap} calls, in product states
 * visited (each call costs at least one): pairwise comparison of a file's
 * patterns is quadratic, and a caller bounds it with one budget.
 */
export interface WorkBudget {
  left: number;
}

/** The text every path a pattern matches starts with: its characters up to the first wildcard or escape. */
function literalPrefix(p: string): string {
  const i = p.search(/[*?[\\]/);
  return i < 0 ? p : p.slice(0, i);
}

const compiledCache = new Map<string, Nfa | undefined>();
const MAX_CACHED = 2000;

function compiled(p: string, below: boolean): Nfa | undefined {
  const key = `${below ? 1 : 0}${p}`;
  if (compiledCache.has(key)) return compiledCache.get(key);
  const nfa = compile(p, below);
  if (compiledCache.size >= MAX_CACHED) compiledCache.delete(compiledCache.keys().next().value as string);
  compiledCache.set(key, nfa);
  return nfa;
}

/**
 * Whether some path is matched (itself or through a parent folder) by both
 * Docker patterns. Patterns are taken as Docker keeps them
 * ({@link dockerPattern}). With `exactlyB`, the path must be one `b` names
 * itself, not one below it. Answers true when it cannot tell.
 */
export function mayOverlap(a: string, b: string, exactlyB = false, budget?: WorkBudget): boolean {
  if (budget) budget.left--;
  const pa = literalPrefix(a);
  const pb = literalPrefix(b);
  if (!pa.startsWith(pb) && !pb.startsWith(pa)) return false;
  const limit = budget ? Math.min(MAX_STATES, Math.max(budget.left, 0)) : MAX_STATES;
  const na = compiled(a, true);
  const nb = compiled(b, !exactlyB);
  if (!na || !nb) return true;
  const chars = alphabet([na, nb]);
  const width = nb.trans.length;
  const seen = new Set<number>([0]);
  const queue: [number, number][] = [[0, 0]];
  const visit = (p: number, q: number) => {
    const key = p * width + q;
    if (!seen.has(key)) {
      seen.add(key);
      queue.push([p, q]);
    }
  };
  const spend = () => {
    if (budget) budget.left -= seen.size;
  };
  while (queue.length) {
    if (seen.size > limit) {
      spend();
      return true;
    }
    const [p, q] = queue.pop()!;
    if (na.accept.has(p) && nb.accept.has(q)) {
      spend();
      return true;
    }
    for (const e of na.eps[p]) visit(e, q);
    for (const e of nb.eps[q]) visit(p, e);
    for (const ta of na.trans[p]) {
      for (const tb of nb.trans[q]) {
        if (chars.some((c) => test(ta.pred, c) && test(tb.pred, c))) visit(ta.to, tb.to);
      }
    }
  }
  spend();
  return false;
}

/**
 * Whether a Docker pattern (as Docker keeps it, {@link dockerPattern}) matches
 * `path` or a folder above it — the reading {@link mayOverlap} rests on.
 * Undefined when the pattern uses syntax this reading does not model. Tests
 * hold it to `@balena/dockerignore` on Docker's documented examples.
 */
export function excludesPath(pattern: string, path: string): boolean | undefined {
  const nfa = compiled(pattern, true);
  if (!nfa) return undefined;
  const closure = (states: Iterable<number>): Set<number> => {
    const out = new Set<number>(states);
    const stack = [...out];
    while (stack.length) for (const e of nfa.eps[stack.pop()!]) if (!out.has(e)) out.add(e), stack.push(e);
    return out;
  };
  let current = closure([0]);
  for (const ch of path) {
    const c = ch.codePointAt(0)!;
    const next: number[] = [];
    for (const s of current) for (const t of nfa.trans[s]) if (test(t.pred, c)) next.push(t.to);
    current = closure(next);
    if (!current.size) return false;
  }
  return [...current].some((s) => nfa.accept.has(s));
}
