/**
 * "Harden this Dockerfile": a whole-file plan, not a pile of quick fixes.
 * Detect the ecosystem, keep the author's build as a builder stage (base
 * pinned, every step in order), add a minimal non-root runtime stage that
 * copies only the artefacts, adapt the start command to it, then apply every
 * safe quick fix. The result is shown for review; nothing here writes files.
 */
import type { Instruction } from 'dockerfile-ast';
import { analyze, emptyProject, type SourceFile } from '../engine/analyze.js';
import { applyEdits } from '../engine/edits.js';
import { imageFamily } from '../knowledge/images.js';
import { baseImageOf, fromFlag, parseDockerfile, stageChain, substitute, type DockerfileModel, type Stage } from '../parse/dockerfile.js';
import { ecosystemOf, type Ecosystem } from '../rules/dockerfile/lib/ecosystem.js';
import { effectiveUser, isRootUser, isWindowsStage, nonRootUserFixes } from '../rules/dockerfile/lib/user.js';
import type { ProjectView, Settings, TextEdit } from '../rules/types.js';
import { BUILDER_PIN, DISTROLESS_PYTHON_DEFAULT, runtimeFor, type RuntimeFlavour } from './runtimes.js';
import { defaultDockerignore } from './dockerignore.js';

export interface HardenChange {
  /** One line: what changed. */
  title: string;
  /** Why, and anything the person must check. */
  detail: string;
}

export interface HardenPlan {
  ok: true;
  /** The proposed Dockerfile. Equal to the input when nothing needs changing. */
  text: string;
  changes: HardenChange[];
  /** Files to create beside the Dockerfile (absolute paths), e.g. `.dockerignore`. */
  createFiles: { path: string; content: string }[];
  ecosystem?: Ecosystem;
  runtime?: string;
}

export interface HardenFailure {
  ok: false;
  /** A clear, one-paragraph reason shown to the person. */
  reason: string;
}

export interface HardenOptions {
  /** Runtime flavour; defaults to settings.hardenRuntime, then distroless. */
  runtime?: RuntimeFlavour;
}

const RUNTIME_KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'EXPOSE', 'HEALTHCHECK', 'USER', 'STOPSIGNAL', 'VOLUME', 'LABEL']);
const DEBUG_ENV = /^(FLASK_DEBUG|DEBUG|DJANGO_DEBUG|FLASK_ENV|NODE_ENV|APP_ENV|RAILS_ENV|RACK_ENV|ASPNETCORE_ENVIRONMENT|APP_DEBUG)$/i;
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)$/i;
/** Variables that steer the build or are set by the runtime stage itself; not copied into the runtime. */
const BUILD_ONLY_ENV = /^(PATH|VIRTUAL_ENV|PYTHONPATH|PYTHONDONTWRITEBYTECODE|PYTHONUNBUFFERED|CGO_ENABLED|GOOS|GOARCH|GOFLAGS|GOPROXY|GOPATH|CARGO_\w+|RUSTFLAGS|RUSTUP_\w+|MAVEN_\w+|GRADLE_\w+|POETRY_\w+|PIP_\w+|PIPENV_\w+|UV_\w+|NPM_CONFIG_\w+|YARN_\w+|PNPM_\w+|DOTNET_CLI_\w+|NUGET_\w+|DEBIAN_FRONTEND)$/i;
const MAX_FIX_ROUNDS = 8;

function dirOf(path: string): string {
  const i = path.replace(/\\/g, '/').lastIndexOf('/');
  return i > 0 ? path.slice(0, i) : '/';
}

/** A command as a list of words, when it is JSON form or a plain shell-form word list. */
function commandWords(instr: Instruction): string[] | undefined {
  const raw = (instr.getArgumentsContent() ?? '').trim();
  if (raw.startsWith('[')) {
    try {
      const arr = JSON.parse(raw) as unknown;
      return Array.isArray(arr) && arr.every((w) => typeof w === 'string') ? arr as string[] : undefined;
    } catch {
      return undefined;
    }
  }
  if (/[|&;<>()$`*?{}\\'"]/.test(raw) || !raw) return undefined;
  return raw.split(/\s+/);
}

function lastInstr(instrs: Instruction[], keyword: string): Instruction | undefined {
  return instrs.filter((i) => i.getKeyword() === keyword).at(-1);
}

/** The stage's WORKDIR at its end (absolute), following parent stages. */
function workdirOf(stage: Stage, model: DockerfileModel): string | undefined {
  let dir: string | undefined;
  for (const s of stageChain(stage).reverse()) {
    for (const i of s.instructions) {
      if (i.getKeyword() !== 'WORKDIR') continue;
      const v = substitute((i.getArgumentsContent() ?? '').trim(), model.globalArgs);
      if (!v) return undefined;
      dir = v.startsWith('/') ? v : `${dir ?? ''}/${v}`.replace(/\/+/g, '/');
    }
  }
  return dir;
}

/** Version of the language from a builder tag (`3.12-slim` → `3.12`, `22-alpine` → `22`). */
function versionFromTag(eco: Ecosystem, tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const m = eco === 'python' || eco === 'dotnet' ? /^(\d+\.\d+)/.exec(tag) : /^(\d+)/.exec(tag);
  if (eco === 'java') {
    const j = /(?:^|-)(?:jdk-?|temurin-|java)?(\d{2})(?:[.-]|$)/.exec(tag) ?? /(\d{2})/.exec(tag);
    return j?.[1];
  }
  return m?.[1];
}

interface Context {
  model: DockerfileModel;
  stage: Stage;
  eco: Ecosystem;
  flavour: RuntimeFlavour;
  file: SourceFile;
  project: ProjectView;
  changes: HardenChange[];
}

interface Artefacts {
  /** `COPY --from=build` lines for the runtime stage. */
  copies: string[];
  env: string[];
  entry: string[] | undefined;
  /** Lines added to the end of the builder. */
  builderTail: string[];
  /** Lines added right after the builder's FROM. */
  builderHead: string[];
  version?: string;
  static?: boolean;
}

function pythonArtefacts(ctx: Context, wd: string, words: string[] | undefined, version: string, instrs: Instruction[]): Artefacts {
  const venv = '/opt/venv';
  const runs = instrs.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '').join('\n');
  const toolEnv = [
    ...(/\bpoetry\s+install\b/.test(runs) ? ['POETRY_VIRTUALENVS_CREATE=false'] : []),
    ...(/\buv\s+sync\b/.test(runs) ? [`UV_PROJECT_ENVIRONMENT=${venv}`] : []),
  ];
  const runtimeVersion = version === '3.13' ? version : DISTROLESS_PYTHON_DEFAULT;
  let entry: string[] | undefined;
  if (words) {
    const [cmd, ...rest] = words;
    const py = ctx.flavour === 'distroless' ? '/usr/bin/python3' : 'python3';
    if (/^(\/usr\/(local\/)?bin\/)?python(3(\.\d+)?)?$/.test(cmd)) entry = [py, ...rest];
    else if (/^(gunicorn|uvicorn|flask|celery|hypercorn|daphne|waitress-serve)$/.test(cmd)) entry = [py, '-m', cmd === 'waitress-serve' ? 'waitress' : cmd, ...rest];
  }
  const sitePackages = `${venv}/lib/python${version}/site-packages`;
  if (ctx.flavour === 'distroless' && runtimeVersion !== version) {
    ctx.changes.push({ title: `Python ${version} builder, Python ${runtimeVersion} runtime`, detail: `Distroless ships Python ${runtimeVersion}; packages with compiled extensions built for ${version} will not load. Pin the builder to python:${runtimeVersion}-slim, or choose the Chainguard runtime.` });
  }
  return {
    builderHead: [`RUN python -m venv ${venv}`, ['ENV', `VIRTUAL_ENV=${venv}`, ...toolEnv, `PATH="${venv}/bin:$PATH"`].join(' ')],
    builderTail: [],
    copies: [`COPY --from=build ${venv} ${venv}`, `COPY --from=build ${wd} ${wd}`],
    env: ['PYTHONDONTWRITEBYTECODE=1', 'PYTHONUNBUFFERED=1', `PYTHONPATH=${sitePackages}`],
    entry,
    version: ctx.flavour === 'distroless' ? runtimeVersion : version,
  };
}

function nodeArtefacts(ctx: Context, wd: string, words: string[] | undefined, version: string | undefined): Artefacts {
  let entry: string[] | undefined;
  const node = ctx.flavour === 'distroless' ? '/nodejs/bin/node' : 'node';
  let cmd = words;
  if (cmd && /^(npm|yarn|pnpm)$/.test(cmd[0]) && (cmd[1] === 'start' || (cmd[1] === 'run' && cmd[2] === 'start'))) {
    const pkg = ctx.project.readFile(`${dirOf(ctx.file.path)}/package.json`);
    let start: string | undefined;
    try {
      start = (JSON.parse(pkg ?? '{}') as { scripts?: Record<string, string> }).scripts?.start;
    } catch {
      start = undefined;
    }
    cmd = start && !/[|&;<>()$`]/.test(start) ? start.trim().split(/\s+/) : undefined;
    if (cmd) ctx.changes.push({ title: 'Start with node directly instead of the npm start script', detail: `npm is not in the runtime and would not forward signals; package.json's start script is \`${start}\`.` });
  }
  if (cmd && /^(node|nodejs)$/.test(cmd[0])) entry = [node, ...cmd.slice(1)];
  const runs = ctx.stage.instructions.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '').join('\n');
  const prune = /\bpnpm\s/.test(runs) ? 'RUN pnpm prune --prod'
    : /\byarn\s/.test(runs) ? 'RUN yarn install --production --frozen-lockfile --ignore-scripts --prefer-offline'
      : 'RUN npm prune --omit=dev';
  return {
    builderHead: [],
    builderTail: [prune],
    copies: [`COPY --from=build ${wd} ${wd}`],
    env: ['NODE_ENV=production'],
    entry,
    version,
  };
}

function binaryArtefacts(ctx: Context, wd: string | undefined, words: string[] | undefined, instrs: Instruction[]): Artefacts | undefined {
  const runs = instrs.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '');
  const envText = instrs.filter((i) => i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG').map((i) => i.getArgumentsContent() ?? '').join('\n');
  let binary: string | undefined;
  if (ctx.eco === 'go') {
    const out = runs.map((r) => /\bgo\s+build\b[^\n&;|]*?\s-o[=\s]+(\S+)/.exec(r)?.[1]).filter(Boolean).at(-1);
    binary = out;
  }
  if (!binary && words) binary = words[0];
  if (!binary) return undefined;
  if (!binary.startsWith('/')) {
    if (!wd) return undefined;
    binary = `${wd}/${binary.replace(/^\.\//, '')}`.replace(/\/+/g, '/');
  }
  const staticBin = ctx.eco === 'go'
    ? /CGO_ENABLED=0/.test(envText) || runs.some((r) => /CGO_ENABLED=0/.test(r))
    : runs.some((r) => /--target[=\s]+\S*musl/.test(r));
  const entryArgs = words ? words.slice(1) : [];
  return {
    builderHead: [],
    builderTail: [],
    copies: [`COPY --from=build ${binary} ${binary}`],
    env: [],
    entry: [binary, ...entryArgs],
    static: staticBin,
  };
}

function javaArtefacts(ctx: Context, wd: string | undefined, words: string[] | undefined, instrs: Instruction[], version: string | undefined): Artefacts | undefined {
  const runs = instrs.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '').join('\n');
  const base = wd ?? '/app';
  let jar: string | undefined;
  if (words && words[0].endsWith('java')) {
    const j = words.indexOf('-jar');
    if (j >= 0 && words[j + 1]) jar = words[j + 1].startsWith('/') ? words[j + 1] : `${base}/${words[j + 1]}`;
  }
  if (!jar) {
    if (/\bmvnw?\b|mvnw/.test(runs)) jar = `${base}/target/*.jar`;
    else if (/\bgradlew?\b/.test(runs)) jar = `${base}/build/libs/*.jar`;
  }
  if (!jar) return undefined;
  const target = jar.includes('*') ? '/app/app.jar' : jar;
  return {
    builderHead: [],
    builderTail: [],
    copies: [`COPY --from=build ${jar} ${target}`],
    env: [],
    entry: [ctx.flavour === 'distroless' ? '/usr/bin/java' : 'java', '-jar', target],
    version,
  };
}

function dotnetArtefacts(wd: string | undefined, words: string[] | undefined, instrs: Instruction[], version: string | undefined): Artefacts | undefined {
  const runs = instrs.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '').join('\n');
  let out = /\bdotnet\s+publish\b[^\n]*?\s(?:-o|--output)[=\s]+(\S+)/.exec(runs)?.[1];
  if (!out) return undefined;
  if (!out.startsWith('/')) out = `${wd ?? ''}/${out}`.replace(/\/+/g, '/');
  const dll = words?.find((w) => w.endsWith('.dll'));
  if (!dll) return undefined;
  return {
    builderHead: [],
    builderTail: [],
    copies: [`COPY --from=build ${out} ${out}`],
    env: [],
    entry: ['dotnet', dll.startsWith('/') ? dll : `${out}/${dll.split('/').pop()}`],
    version,
  };
}

/** Runs the rules on text and applies every safe fix that does not overlap another, until none is left. */
export function applySafeFixes(file: SourceFile, project: ProjectView, settings: Settings, changes: HardenChange[]): string {
  let text = file.text;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const result = analyze({ ...file, text }, project, settings);
    const edits: TextEdit[] = [];
    const taken: { start: number; end: number }[] = [];
    for (const f of result.findings) {
      const fix = f.fixes.find((x) => x.safe && !x.otherFiles?.length);
      if (!fix || !fix.edits.length) continue;
      const lines = fix.edits.map((e) => ({ start: e.range.start.line, end: e.range.end.line }));
      if (lines.some((l) => taken.some((t) => l.start <= t.end + 1 && l.end >= t.start - 1))) continue;
      taken.push(...lines);
      edits.push(...fix.edits);
      changes.push({ title: fix.title, detail: `Quick fix for ${f.ruleId}: ${f.message}` });
    }
    if (!edits.length) break;
    const next = applyEdits(text, edits);
    if (next === text) break;
    text = next;
  }
  return text;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function runtimeExposeLines(instrs: Instruction[], changes: HardenChange[]): string[] {
  const out: string[] = [];
  for (const e of instrs.filter((i) => i.getKeyword() === 'EXPOSE')) {
    const ports = (e.getArgumentsContent() ?? '').trim().split(/\s+/).filter(Boolean);
    const mapped = ports.map((p) => {
      const m = /^(\d+)(\/\w+)?$/.exec(p);
      if (!m || Number(m[1]) >= 1024) return p;
      const n = Number(m[1]);
      if (n === 22) {
        changes.push({ title: 'Dropped EXPOSE 22', detail: 'SSH does not belong in an application container; use `docker exec`/`kubectl exec` to get a shell.' });
        return undefined;
      }
      const to = n === 80 ? 8080 : n === 443 ? 8443 : n + 8000;
      changes.push({ title: `EXPOSE ${n} → ${to}`, detail: `A non-root process cannot bind ports below 1024. Make the application listen on ${to} (and map ${n}:${to} where it is published).` });
      return `${to}${m[2] ?? ''}`;
    }).filter((p): p is string => p !== undefined);
    if (mapped.length) out.push(`EXPOSE ${mapped.join(' ')}`);
  }
  return out;
}

function envLines(model: DockerfileModel, instrs: Instruction[], changes: HardenChange[]): string[] {
  const out: string[] = [];
  for (const e of instrs.filter((i) => i.getKeyword() === 'ENV')) {
    const props = (e as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }).getProperties();
    for (const p of props) {
      const name = p.getName();
      const value = p.getValue() ?? '';
      if (DEBUG_ENV.test(name)) {
        changes.push({ title: `Removed ${name}=${value} from the runtime`, detail: 'Debug and development modes expose stack traces, consoles and reloaders; the runtime runs in production mode.' });
        continue;
      }
      if (SECRET_NAME.test(name) && value && !value.startsWith('$')) {
        changes.push({ title: `Kept ${name} out of the runtime image`, detail: `A literal secret in ENV is readable by anyone who can pull the image (\`docker history\`). Provide it at run time (Kubernetes Secret, Compose secrets, or RUN --mount=type=secret during the build). Line ${e.getRange().start.line + 1} of the builder still sets it: remove it there too.` });
        continue;
      }
      if (BUILD_ONLY_ENV.test(name)) continue;
      out.push(`${name}=${/\s/.test(value) && !/^["']/.test(value) ? JSON.stringify(value) : value}`);
    }
  }
  void model;
  return out;
}

/**
 * Computes the hardening plan for a Dockerfile. Never throws; a file it
 * cannot understand gets a failure with the reason.
 */
export function planHarden(file: SourceFile, project: ProjectView = emptyProject, settings: Settings = {}, options: HardenOptions = {}): HardenPlan | HardenFailure {
  try {
    return plan(file, project, settings, options);
  } catch (e) {
    return { ok: false, reason: `Shipshape could not plan this file: ${(e as Error).message}` };
  }
}

function plan(file: SourceFile, project: ProjectView, settings: Settings, options: HardenOptions): HardenPlan | HardenFailure {
  const model = parseDockerfile(file.text);
  const stage = model.finalStage;
  if (!stage) return { ok: false, reason: 'This file has no FROM instruction, so there is no image to harden.' };
  if (isWindowsStage(model, stage)) return { ok: false, reason: 'This is a Windows image; Shipshape hardens Linux images only.' };
  if (stage.image === undefined && !stage.parent && !stage.scratch) {
    return { ok: false, reason: `The final image \`${stage.rawImage}\` comes from a build argument without a default, so Shipshape cannot tell what it builds. Give the ARG a default and try again.` };
  }
  const flavour = (options.runtime ?? settings.hardenRuntime ?? 'distroless') as RuntimeFlavour;
  const changes: HardenChange[] = [];
  const eol = eolOf(file.text);
  const eco = ecosystemOf(model, stage);
  const family = imageFamily(baseImageOf(stage));
  const minimal = stage.scratch || family === 'distroless' || family === 'chainguard';

  let text = file.text;
  let runtimeImage: string | undefined;
  if (eco && !minimal && !stage.parent && !stage.usedByLaterStage) {
    const restructured = restructure({ model, stage, eco, flavour, file, project, changes }, eol);
    if (typeof restructured === 'string') {
      changes.push({ title: 'Kept a single stage', detail: restructured });
    } else {
      text = restructured.text;
      runtimeImage = restructured.runtime;
    }
  } else if (!minimal && !stage.parent) {
    const swapped = staticRuntimeSwap({ model, stage, eco: eco ?? 'go', flavour, file, project, changes });
    if (swapped) {
      text = swapped.text;
      runtimeImage = swapped.runtime;
    } else if (!eco) {
      changes.push({ title: 'Kept the runtime image', detail: 'Shipshape did not recognise the ecosystem (Python, Node.js, Go, Rust, Java, .NET), so it only applies the safe fixes and a non-root user.' });
    }
  } else if (!eco && !minimal) {
    changes.push({ title: 'Kept the runtime image', detail: 'Shipshape did not recognise the ecosystem (Python, Node.js, Go, Rust, Java, .NET), so it only applies the safe fixes and a non-root user.' });
  }

  // A non-root user on whatever the final stage is now.
  const afterModel = parseDockerfile(text);
  const finalStage = afterModel.finalStage!;
  const user = effectiveUser(afterModel, finalStage);
  if (user.source !== 'unknown' && user.user && isRootUser(user.user)) {
    const fix = nonRootUserFixes(afterModel, finalStage)[0];
    if (fix) {
      text = applyEdits(text, fix.edits);
      const userLine = fix.edits[0].newText.trim().split(/\r?\n/).at(-1);
      changes.push({ title: `Run as a non-root user (${userLine})`, detail: 'A process that escapes the application should not own the container. Check that the application only writes where that user may.' });
    } else {
      changes.push({ title: 'Could not add a non-root USER', detail: 'The file ends inside a continued instruction (a trailing line continuation), so an appended line would join it. Finish that instruction and harden again.' });
    }
  }

  text = applySafeFixes({ ...file, text }, project, settings, changes);

  const createFiles: { path: string; content: string }[] = [];
  const dir = dirOf(file.path);
  const name = file.path.replace(/\\/g, '/').split('/').pop() ?? 'Dockerfile';
  if (file.path.includes('/') && !project.exists(`${dir}/.dockerignore`) && !project.exists(`${dir}/${name}.dockerignore`)) {
    createFiles.push({ path: `${dir}/.dockerignore`, content: defaultDockerignore(eco) });
    changes.push({ title: 'Create .dockerignore', detail: 'Keeps .git, .env files, keys and local build output out of the build context, so `COPY . .` cannot leak them into a layer.' });
  }
  return { ok: true, text, changes: text === file.text && !createFiles.length ? [] : changes, createFiles, ecosystem: eco, runtime: runtimeImage };
}

/**
 * A final stage that only copies a statically linked binary from a builder
 * and runs it needs no OS at all: swap its base for distroless static (or
 * scratch / Chainguard static by setting). Static means the builder says so
 * (CGO_ENABLED=0, a musl target, `-static` linking).
 */
function staticRuntimeSwap(ctx: Context): { text: string; runtime: string } | undefined {
  const { model, stage, flavour } = ctx;
  if (stage.instructions.some((i) => i.getKeyword() === 'RUN')) return undefined;
  const copies = stage.instructions.filter((i) => i.getKeyword() === 'COPY' || i.getKeyword() === 'ADD');
  const sources = copies.map((c) => fromFlag(c)?.toLowerCase());
  if (!copies.length || sources.some((s) => !s)) return undefined;
  const start = lastInstr(stage.instructions, 'ENTRYPOINT') ?? lastInstr(stage.instructions, 'CMD');
  const words = start ? commandWords(start) : undefined;
  if (!words || !words[0].startsWith('/')) return undefined;
  const binaryCopy = copies.find((c) => (c.getArguments().at(-1)?.getValue() ?? '') === words[0] || words[0].startsWith((c.getArguments().at(-1)?.getValue() ?? '\0').replace(/\/?$/, '/')));
  const fromName = binaryCopy && fromFlag(binaryCopy)?.toLowerCase();
  const source = model.stages.find((s) => s.name === fromName) ?? (fromName && /^\d+$/.test(fromName) ? model.stages[Number(fromName)] : undefined);
  if (!source) return undefined;
  const builderText = stageChain(source).flatMap((s) => s.instructions).filter((i) => i.getKeyword() === 'RUN' || i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG').map((i) => i.getArgumentsContent() ?? '').join('\n');
  const isStatic = /CGO_ENABLED=0/.test(builderText) || /--target[=\s]+\S*musl/.test(builderText) || /-extldflags[= ]+["']?-static/.test(builderText);
  if (!isStatic) return undefined;
  const eco = ecosystemOf(model, source) ?? 'go';
  const runtime = runtimeFor({ ecosystem: eco === 'rust' ? 'rust' : 'go', flavour, static: true });
  if (!runtime) return undefined;
  const r = stage.imageRange;
  const text = applyEdits(model.text, [{ range: r, newText: runtime.image }]);
  ctx.changes.unshift({ title: `Runtime image ${stage.rawImage} → ${runtime.image}`, detail: `This stage only copies a static binary from \`${source.name ?? source.index}\` and runs it, so it needs no OS: ${runtime.why}.` });
  return { text, runtime: runtime.image };
}

function restructure(ctx: Context, eol: string): { text: string; runtime: string } | string {
  const { model, stage, eco, flavour } = ctx;
  const instrs = stage.instructions;
  const wd = workdirOf(stage, model);
  const entryInstr = lastInstr(instrs, 'ENTRYPOINT');
  const cmdInstr = lastInstr(instrs, 'CMD');
  const startInstr = entryInstr ?? cmdInstr;
  let words = startInstr ? commandWords(startInstr) : undefined;
  if (entryInstr && cmdInstr && words) {
    const cmdWords = commandWords(cmdInstr);
    words = cmdWords ? [...words, ...cmdWords] : undefined;
  }
  const image = stage.image!;
  let version = versionFromTag(eco, image.tag === 'latest' ? undefined : image.tag);

  // Builder base pinned when it floats.
  let builderFrom: string | undefined;
  if (!image.tag || image.tag === 'latest') {
    const repoKey = Object.keys(BUILDER_PIN[eco]).find((k) => image.repository.toLowerCase().replace(/^library\//, '') === k);
    if (repoKey) {
      builderFrom = BUILDER_PIN[eco][repoKey];
      version = versionFromTag(eco, builderFrom.split(':')[1]);
      ctx.changes.push({ title: `Pinned the builder to ${builderFrom}`, detail: `\`${image.text}\` moves with every release; a version tag makes builds repeatable${eco === 'python' || eco === 'node' ? ' and matches the runtime\'s interpreter' : ''}. Pin by digest for full reproducibility.` });
    }
  }

  if (!wd && (eco === 'python' || eco === 'node')) return 'The final stage sets no WORKDIR, so Shipshape cannot tell the application files apart from the rest of the image. Add a WORKDIR (e.g. /app) and harden again.';
  let art: Artefacts | undefined;
  switch (eco) {
    case 'python': art = pythonArtefacts(ctx, wd!, words, version ?? '3.11', instrs); break;
    case 'node': art = nodeArtefacts(ctx, wd!, words, version); break;
    case 'go':
    case 'rust': art = binaryArtefacts(ctx, wd, words, instrs); break;
    case 'java': art = javaArtefacts(ctx, wd, words, instrs, version); break;
    case 'dotnet': art = dotnetArtefacts(wd, words, instrs, version); break;
  }
  if (!art) return `Shipshape could not tell which artefact this ${eco} build produces (no recognisable build output or start command), so it kept the single stage and applied only the safe fixes.`;
  const runtime = runtimeFor({ ecosystem: eco, flavour, version: art.version ?? version, static: art.static });
  if (!runtime) return `No ${flavour} runtime fits a ${eco} build${eco === 'go' || eco === 'rust' ? ' whose binary is not static' : ''}; choose another runtime.`;
  if (!art.entry && !runtime.hasShell) {
    return `The start command (${startInstr ? (startInstr.getArgumentsContent() ?? '').trim() : 'none'}) needs a shell or a tool the ${runtime.image} runtime does not have. Write it in exec form (e.g. CMD ["python", "app.py"]) and harden again, or choose a runtime with a shell (shipshape.harden.runtime: slim or alpine).`;
  }

  const lines = model.lines;
  const fromLine = stage.from.getRange().start.line;
  const fromEnd = stage.from.getRange().end.line;
  const out: string[] = lines.slice(0, fromLine);
  const fromText = lines.slice(fromLine, fromEnd + 1).join(eol);
  let newFrom = builderFrom ? fromText.replace(stage.rawImage, builderFrom) : fromText;
  const stageName = stage.name ?? 'build';
  if (!stage.name) newFrom = `${newFrom.replace(/\s+$/, '')} AS build`;
  out.push(newFrom);
  out.push(...art.builderHead);
  const moved: Instruction[] = [];
  let lastKept = fromEnd;
  for (const instr of instrs) {
    const r = instr.getRange();
    if (RUNTIME_KEYWORDS.has(instr.getKeyword())) {
      moved.push(instr);
    } else {
      for (let l = lastKept + 1; l < r.start.line; l++) out.push(lines[l]);
      for (let l = r.start.line; l <= r.end.line && l < lines.length; l++) out.push(lines[l]);
    }
    lastKept = r.end.line;
  }
  // Trailing lines (comments, blank) after the last instruction of the file.
  const tail = lines.slice(lastKept + 1);
  while (out.length && out[out.length - 1].trim() === '') out.pop();
  out.push(...art.builderTail);
  const copies = art.copies.map((c) => c.replace('--from=build', `--from=${stageName}`));

  const runtimeLines: string[] = ['', `# Runtime: ${runtime.why}.`, `FROM ${runtime.image} AS runtime`];
  if (wd && (eco === 'python' || eco === 'node' || eco === 'dotnet')) runtimeLines.push(`WORKDIR ${wd}`);
  runtimeLines.push(...copies);
  const env = [...art.env, ...envLines(model, instrs, ctx.changes)];
  if (env.length) runtimeLines.push(`ENV ${env.join(' ')}`);
  for (const m of moved) {
    const k = m.getKeyword();
    if (k === 'LABEL' || k === 'STOPSIGNAL' || k === 'VOLUME') runtimeLines.push(...lines.slice(m.getRange().start.line, m.getRange().end.line + 1));
  }
  runtimeLines.push(...runtimeExposeLines(moved, ctx.changes));
  for (const m of moved.filter((i) => i.getKeyword() === 'HEALTHCHECK')) {
    const body = lines.slice(m.getRange().start.line, m.getRange().end.line + 1);
    if (runtime.hasShell) runtimeLines.push(...body);
    else {
      runtimeLines.push(`# Not placed: ${runtime.image} has no shell or curl to run this health check; let the orchestrator probe the service instead.`, ...body.map((l) => `# ${l}`));
      ctx.changes.push({ title: 'Health check kept as a comment', detail: 'The distroless runtime has no shell or HTTP client to run it; use a Kubernetes/Compose probe against the service instead.' });
    }
  }
  runtimeLines.push(...runtime.userLines);
  if (art.entry) {
    runtimeLines.push(`ENTRYPOINT ${JSON.stringify(art.entry).replace(/","/g, '", "')}`);
    if (startInstr) ctx.changes.push({ title: `Start command in exec form: ENTRYPOINT ${JSON.stringify(art.entry).replace(/","/g, '", "')}`, detail: `Was \`${startInstr.getKeyword()} ${(startInstr.getArgumentsContent() ?? '').trim()}\`. Exec form runs the process as PID 1 so it receives SIGTERM; the runtime's own interpreter path is used.` });
  } else {
    for (const m of moved.filter((i) => i.getKeyword() === 'ENTRYPOINT' || i.getKeyword() === 'CMD')) runtimeLines.push(...lines.slice(m.getRange().start.line, m.getRange().end.line + 1));
  }
  ctx.changes.unshift(
    { title: `Builder stage \`${stageName}\`: your build steps, unchanged and in order`, detail: `Everything that compiles or installs runs here; nothing of it ships except the artefacts copied below.${art.builderHead.length ? ` Added a virtualenv at /opt/venv first, so installed packages can be copied as one folder.` : ''}${art.builderTail.length ? ` Removed dev dependencies at the end (${art.builderTail[0].slice(4)}).` : ''}` },
    { title: `Runtime stage on ${runtime.image}`, detail: `${runtime.why[0].toUpperCase()}${runtime.why.slice(1)}. It copies only: ${copies.map((c) => c.split(' ').slice(2).join(' → ')).join('; ')}.` },
  );
  const body = [...out, ...runtimeLines, ...tail.filter((l, i) => l.trim() !== '' || i < tail.length - 1)];
  let text = body.join(eol);
  if (!text.endsWith(eol)) text += eol;
  return { text, runtime: runtime.image };
}
