/**
 * Guards of a `pull_request_target` job or step: an `if:` that lets only
 * same-repository heads or trusted people through. Read conservatively: an
 * `if:` guards only when one of its `&&` parts is made of guard tests alone
 * (`a == 'x' || a == 'y'`), so `guard || other` guards nothing.
 */

/** What a guard admits, for messages and severity. */
export interface PrGuard {
  kind: 'same-repo' | 'trusted-actor' | 'dependabot-actor';
  /** The `if:` as written, without `${{ }}`. */
  condition: string;
}

const ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/** Splits at a top-level operator (`&&` or `||`), outside parentheses and quotes. */
function splitTop(expr: string, op: '&&' | '||'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (c === "'") quote = !quote;
    else if (quote) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && expr.startsWith(op, i)) {
      parts.push(expr.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  parts.push(expr.slice(start));
  return parts.map((p) => p.trim());
}

/** Drops parentheses around the whole expression (`((a))` → `a`). */
function unwrap(expr: string): string {
  let e = expr.trim();
  for (let i = 0; i < 20 && e.startsWith('(') && e.endsWith(')'); i++) {
    let depth = 0;
    let wraps = true;
    for (let j = 0; j < e.length - 1; j++) {
      if (e[j] === '(') depth++;
      else if (e[j] === ')') depth--;
      if (depth === 0) {
        wraps = false;
        break;
      }
    }
    if (!wraps) break;
    e = e.slice(1, -1).trim();
  }
  return e;
}

const HEAD_REPO = 'github.event.pull_request.head.repo.full_name';
const ACTOR = /^(?:github\.(?:actor|triggering_actor)|github\.event\.pull_request\.user\.login)$/;
const ASSOCIATION = 'github.event.pull_request.author_association';

/** What one comparison admits, or undefined when it is no guard test. */
function testKind(test: string): PrGuard['kind'] | undefined {
  const t = unwrap(test);
  const eq = /^([\w.]+)\s*==\s*('[^']*'|[\w.]+)$/.exec(t) ?? /^('[^']*')\s*==\s*([\w.]+)$/.exec(t);
  if (eq) {
    const [a, b] = eq[1].startsWith("'") ? [eq[2], eq[1]] : [eq[1], eq[2]];
    if ((a === HEAD_REPO && b === 'github.repository') || (b === HEAD_REPO && a === 'github.repository')) return 'same-repo';
    if (a === 'github.event.pull_request.head.repo.fork' && b === 'false') return 'same-repo';
    if (b.startsWith("'") && ACTOR.test(a)) return /^'dependabot\[bot\]'$/i.test(b) && a !== 'github.event.pull_request.user.login' ? 'dependabot-actor' : 'trusted-actor';
    if (a === ASSOCIATION && ASSOCIATIONS.has(b.slice(1, -1).toUpperCase())) return 'trusted-actor';
    return undefined;
  }
  if (t === '!github.event.pull_request.head.repo.fork') return 'same-repo';
  // contains(fromJSON('["OWNER","MEMBER"]'), github.event.pull_request.author_association)
  const contains = /^contains\(\s*fromJSON\(\s*'(\[[^']*\])'\s*\)\s*,\s*([\w.]+)\s*\)$/i.exec(t);
  if (contains && contains[2] === ASSOCIATION) {
    try {
      const list = JSON.parse(contains[1]) as unknown;
      if (Array.isArray(list) && list.length && list.every((x) => typeof x === 'string' && ASSOCIATIONS.has(x.toUpperCase()))) return 'trusted-actor';
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** How strongly each guard keeps untrusted code out (higher is stronger). */
const RANK: Record<PrGuard['kind'], number> = { 'dependabot-actor': 0, 'trusted-actor': 1, 'same-repo': 2 };

/** The stronger of two guards (either may be missing). */
export function strongerGuard(a: PrGuard | undefined, b: PrGuard | undefined): PrGuard | undefined {
  if (!a || !b) return a ?? b;
  return RANK[b.kind] > RANK[a.kind] ? b : a;
}

/** The guard an `if:` expresses, or undefined when it lets any pull request through. */
export function prGuardOf(condition: string | undefined): PrGuard | undefined {
  if (!condition) return undefined;
  const expr = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1').trim();
  if (expr.length > 2000) return undefined;
  let best: PrGuard['kind'] | undefined;
  for (const conjunct of splitTop(unwrap(expr), '&&')) {
    const kinds = splitTop(unwrap(conjunct), '||').map(testKind);
    if (!kinds.length || kinds.some((k) => k === undefined)) continue;
    // The weakest test of a disjunction is what the part admits.
    const weakest = kinds.includes('dependabot-actor') ? 'dependabot-actor' : kinds.includes('trusted-actor') ? 'trusted-actor' : 'same-repo';
    if (!best || RANK[weakest] > RANK[best]) best = weakest;
  }
  return best ? { kind: best, condition: expr } : undefined;
}
