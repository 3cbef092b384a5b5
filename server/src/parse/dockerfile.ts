/**
 * The Dockerfile model: `dockerfile-ast` instructions grouped into stages,
 * with `ARG` defaults resolved in `FROM`, the final stage marked and the
 * stages that are only copied from known as builders.
 */
import { DockerfileParser, Instruction as AstInstruction, type Dockerfile, type From, type Instruction } from 'dockerfile-ast';
import { eolOf as eolOfText, type Range } from '../text.js';
import { argumentsRangesOf, libraryArgumentsRanges, libraryRawArguments, rawArgumentsOf } from './dockerfile-args.js';

/** An image reference after `ARG` substitution. */
export interface ImageRef {
  /** The reference as written, after substitution (e.g. `docker.io/library/python:3.12`). */
  text: string;
  /** Registry host when one is written (`gcr.io`, `localhost:5000`). */
  registry?: string;
  /** Repository path without registry, tag or digest (`python`, `distroless/python3-debian12`). */
  repository: string;
  tag?: string;
  digest?: string;
}

export interface Stage {
  index: number;
  /** `AS name`, lower-cased as BuildKit does. */
  name?: string;
  from: From;
  /** The image as written in `FROM` (before substitution). */
  rawImage: string;
  /** The image after ARG defaults; undefined when it cannot be resolved. */
  image?: ImageRef;
  /** Range of the image argument in `FROM`. */
  imageRange: Range;
  /** The earlier stage this one is built `FROM`, if any. */
  parent?: Stage;
  /** `FROM scratch`. */
  scratch: boolean;
  /** Instructions after `FROM`, up to the next `FROM`. */
  instructions: Instruction[];
  /** The stage that ships: the last one. */
  isFinal: boolean;
  /** Some later stage copies from this one (`COPY --from`), or builds on it. */
  usedByLaterStage: boolean;
}

export interface DockerfileModel {
  text: string;
  ast: Dockerfile;
  stages: Stage[];
  /** The last stage, or undefined for a file with no `FROM`. */
  finalStage?: Stage;
  /** All instructions in order. */
  instructions: Instruction[];
  /** `ARG`s before the first `FROM`, with their default values (undefined: no default). */
  globalArgs: Map<string, string | undefined>;
  escapeChar: string;
  lines: string[];
  /** What {@link derived} computed from this model, by the function that computed it. */
  derived?: Map<(model: DockerfileModel) => unknown, unknown>;
}

export { derived } from './derived.js';

const VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Substitutes `$X`, `${X}`, `${X:-default}`, `${X-default}`, `${X:+alt}` with
 * the known values; returns undefined when a variable has no known value.
 */
export function substitute(text: string, values: Map<string, string | undefined>): string | undefined {
  let unresolved = false;
  const out = text.replace(VAR, (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const value = values.get(name);
    const isSet = value !== undefined;
    const nonEmpty = isSet && value !== '';
    switch (op) {
      case ':-': return nonEmpty ? value! : (word ?? '');
      case '-': return isSet ? value! : (word ?? '');
      case ':+': return nonEmpty ? (word ?? '') : '';
      case '+': return isSet ? (word ?? '') : '';
      default:
        if (!isSet) unresolved = true;
        return value ?? '';
    }
  });
  return unresolved ? undefined : out;
}

/** Splits an image reference into registry, repository, tag and digest. */
export function parseImageRef(text: string): ImageRef | undefined {
  const ref = text.trim();
  if (!ref || /\s/.test(ref)) return undefined;
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (!rest) return undefined;
  return { text: ref, registry, repository: rest, tag, digest };
}

/**
 * dockerfile-ast recomputes these from the text on every call (re-tokenising
 * the instruction); rules call them many times per instruction, so each
 * instruction caches them. None takes arguments, and the model is read-only.
 */
const CACHED_METHODS = ['getKeyword', 'getRange', 'getArguments', 'getArgumentsContent', 'getRawArgumentsContent', 'getArgumentsRange',
  'getArgumentsRanges', 'getFlags', 'getExpandedArguments', 'getVariables', 'getProperties', 'getHeredocs', 'getTextContent',
  'getTriggerInstruction'] as const;

/** An instruction's cached answers, by the index of the method in {@link CACHED_METHODS}. */
const ANSWERS = Symbol('answers');
/** An answer not asked for yet. */
const UNKNOWN = Symbol('unknown');
type WithAnswers = { [ANSWERS]?: unknown[] };

/** The library's `getArgumentsRanges` (behind `getArgumentsContent`), computed as it does without its per-line binary searches. */
function fastArgumentsRanges(this: Instruction) {
  return argumentsRangesOf(this);
}

/** One caching wrapper per method implementation (classes that inherit a method share its wrapper). */
const wrappers = new Map<Function, Function>();

function cachingWrapper(k: number, method: () => unknown): Function {
  let wrapper = wrappers.get(method);
  if (!wrapper) {
    wrapper = function cached(this: WithAnswers) {
      const answers = (this[ANSWERS] ??= new Array<unknown>(CACHED_METHODS.length).fill(UNKNOWN));
      const known = answers[k];
      if (known !== UNKNOWN) return known;
      return (answers[k] = method.call(this));
    };
    wrappers.set(method, wrapper);
  }
  return wrapper;
}

/**
 * For each instruction class, its caching methods, each answering from one
 * slot of the instruction's array of answers. Calls to `super` methods inside
 * the library go to the class's prototype and are not cached, as before.
 */
const cachingMethodsByClass = new Map<object, [string, Function][]>();

function cachingMethods(proto: Record<string, unknown>): [string, Function][] {
  let methods = cachingMethodsByClass.get(proto);
  if (!methods) {
    methods = [];
    for (const [k, name] of CACHED_METHODS.entries()) {
      const method = proto[name] === libraryArgumentsRanges ? fastArgumentsRanges : proto[name];
      if (typeof method === 'function' && method.length === 0) methods.push([name, cachingWrapper(k, method as () => unknown)]);
    }
    cachingMethodsByClass.set(proto, methods);
  }
  return methods;
}

function cacheInstruction(instr: Instruction): void {
  const target = instr as unknown as Record<string, unknown>;
  for (const [name, method] of cachingMethods(Object.getPrototypeOf(instr) as Record<string, unknown>)) target[name] = method;
}

/**
 * While dockerfile-ast builds an instruction it tokenises the instruction's
 * arguments three times or more (`JSONInstruction`'s constructor asks for the
 * raw arguments, the arguments and their range, each re-reading the text).
 * During {@link parseDockerfile} each instruction tokenises them once, with
 * {@link rawArgumentsOf} (the library's tokeniser without its per-character
 * costs), and keeps the result; callers get a fresh array each time, as
 * before (the library shifts flags off it). Other parses in the process are
 * untouched.
 */
let remembering = false;
const RAW_ARGS = Symbol('rawArguments');
type RawArgs = ReturnType<AstInstruction['getArguments']>;
(AstInstruction.prototype as unknown as { getRawArguments(this: AstInstruction & { [RAW_ARGS]?: RawArgs }): RawArgs }).getRawArguments = function getRawArguments() {
  let args = this[RAW_ARGS];
  if (!args) {
    if (!remembering) return libraryRawArguments.call(this);
    args = rawArgumentsOf(this);
    this[RAW_ARGS] = args;
  }
  return args.slice();
};

/** The instruction an `ONBUILD` stores (`ONBUILD RUN …` → the RUN), with ranges in this file. */
export function onbuildTrigger(instr: Instruction): Instruction | undefined {
  if (instr.getKeyword() !== 'ONBUILD') return undefined;
  return (instr as unknown as { getTriggerInstruction?(): Instruction | null }).getTriggerInstruction?.() ?? undefined;
}

/** Parses a Dockerfile. Never throws on text input. */
export function parseDockerfile(text: string): DockerfileModel {
  let ast: Dockerfile;
  remembering = true;
  try {
    ast = DockerfileParser.parse(text);
  } finally {
    remembering = false;
  }
  const instructions = ast.getInstructions();
  for (const instr of instructions) {
    cacheInstruction(instr);
    // An ONBUILD's trigger is then one object per model, cached like the others.
    const trigger = instr.getKeyword() === 'ONBUILD' ? onbuildTrigger(instr) : undefined;
    if (trigger) cacheInstruction(trigger);
  }
  const globalArgs = new Map<string, string | undefined>();
  for (const arg of ast.getInitialARGs()) {
    const prop = arg.getProperty();
    const name = prop?.getName();
    if (name) globalArgs.set(name, prop?.getValue() ?? undefined);
  }
  const stages: Stage[] = [];
  // The first stage of each name, so that finding a stage by name does not scan them all.
  const byName = new Map<string, Stage>();
  let current: Stage | undefined;
  for (const instr of instructions) {
    if (instr.getKeyword() === 'FROM') {
      const from = instr as From;
      const args = from.getArguments();
      const imageArg = args.find((a) => !a.getValue().startsWith('--')) ?? args[0];
      const rawImage = imageArg?.getValue() ?? '';
      const imageRange = imageArg?.getRange() ?? from.getRange();
      const name = from.getBuildStage()?.toLowerCase() ?? undefined;
      const resolved = substitute(rawImage, globalArgs);
      const parent = resolved === undefined ? undefined
        : byName.get(resolved.toLowerCase());
      const scratch = resolved?.toLowerCase() === 'scratch';
      current = {
        index: stages.length,
        name,
        from,
        rawImage,
        image: resolved === undefined || parent || scratch ? undefined : parseImageRef(resolved),
        imageRange,
        parent,
        scratch,
        instructions: [],
        isFinal: false,
        usedByLaterStage: false,
      };
      if (parent) parent.usedByLaterStage = true;
      stages.push(current);
      if (name !== undefined && !byName.has(name)) byName.set(name, current);
    } else if (current) {
      current.instructions.push(instr);
    }
  }
  for (const stage of stages) {
    for (const instr of stage.instructions) {
      const ref = fromFlag(instr)?.toLowerCase();
      if (!ref) continue;
      const source = byName.get(ref) ?? (/^\d+$/.test(ref) ? stages[Number(ref)] : undefined);
      if (source && source !== stage) source.usedByLaterStage = true;
    }
  }
  const finalStage = stages.at(-1);
  if (finalStage) finalStage.isFinal = true;
  return {
    text,
    ast,
    stages,
    finalStage,
    instructions,
    globalArgs,
    escapeChar: ast.getEscapeCharacter(),
    // Without a \r (most files) a plain split gives the same lines.
    lines: text.includes('\r') ? text.split(/\r?\n/) : text.split('\n'),
    derived: new Map(),
  };
}

/** The value of a COPY/ADD `--from=` flag, or undefined. */
/** The words of an exec-form (JSON array of strings) argument text, or undefined when it is not one. */
export function jsonArgs(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Whether CMD/ENTRYPOINT/RUN/SHELL is written in exec (JSON) form. */
export function isExecForm(instr: Instruction): boolean {
  return jsonArgs(instr.getArgumentsContent() ?? '') !== undefined;
}

export function fromFlag(instr: Instruction): string | undefined {
  const k = instr.getKeyword();
  if (k !== 'COPY' && k !== 'ADD') return undefined;
  const flags = (instr as unknown as { getFlags?(): { getName(): string; getValue(): string | null }[] }).getFlags?.() ?? [];
  const flag = flags.find((f) => f.getName().toLowerCase() === 'from');
  return flag?.getValue() ?? undefined;
}

/** The stage chain from the given stage up through `FROM <earlier stage>` parents. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let s: Stage | undefined = stage; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    chain.push(s);
  }
  return chain;
}

/** The line ending the file uses. */
export function eolOf(model: DockerfileModel): string {
  return eolOfText(model.text);
}

/** The base image a stage ultimately builds on (following earlier stages). */
export function baseImageOf(stage: Stage): ImageRef | undefined {
  return stageChain(stage).at(-1)?.image;
}
