/**
 * "Harden this Dockerfile": a whole-file plan, not a pile of quick fixes.
 * Detect the ecosystem, keep the author's build as a builder stage (base
 * pinned, every step in order), add a minimal non-root runtime stage that
 * copies only the artefacts, adapt the start command to it, then apply every
 * safe quick fix. The result is shown for review; nothing here writes files.
 *
 * This file orchestrates; what each ecosystem copies and runs is a recipe in
 * `recipes/`, the runtime pairing is `runtimes.ts` over the dated knowledge,
 * and reading the final stage is `stage.ts`.
 */
import type { Instruction } from 'dockerfile-ast';
import { analyze, emptyProject, type SourceFile } from '../engine/analyze.js';
import { applyEdits } from '../engine/edits.js';
import { fixInRounds } from '../engine/fixes.js';
import { DEBUG_VARS } from '../knowledge/debug-flags.js';
import { imageFamily } from '../knowledge/images.js';
import { isSecretName } from '../knowledge/secrets.js';
import { baseImageOf, fromFlag, parseDockerfile, stageChain, substitute, type DockerfileModel, type Stage } from '../parse/dockerfile.js';
import { withLoneCrAsLf } from '../parse/lines.js';
import { ecosystemOf, type Ecosystem } from '../model/ecosystem.js';
import { effectiveUser, isRootUser, isWindowsStage, nonRootUserFixes } from '../model/user.js';
import { dirOf } from '../paths.js';
import type { ProjectView, Settings, TextEdit } from '../rules/types.js';
import { eolOf } from '../text.js';
import { profileOfImage, type BuildProfile } from '../knowledge/runtime-versions.js';
import { BUILDER_PIN, runtimeFor, type Runtime, type RuntimeFlavour } from './runtimes.js';
import { amendDockerignore, defaultDockerignore } from './dockerignore.js';
import { javaRelease, runtimePackages } from './needs.js';
import { buildContextOf, contextSources } from '../model/context.js';
import { joinPath, relativeTo } from '../paths.js';
import { hardenContextOf } from './context.js';
import { binaryArtefacts } from './recipes/binary.js';
import { dotnetArtefacts } from './recipes/dotnet.js';
import { javaArtefacts } from './recipes/java.js';
import { nodeArtefacts } from './recipes/node.js';
import { pythonArtefacts } from './recipes/python.js';
import { commandPaths, commandWords, copiedInto, lastInstr, shellNeed, versionFromTag, workdirOf, wrapComment } from './stage.js';
import type { Artefacts, Context, HardenCaveat, HardenChange, HardenFailure, HardenOptions, HardenPlan, Launch } from './types.js';

export type { HardenCaveat, HardenChange, HardenFailure, HardenOptions, HardenPlan } from './types.js';






const RUNTIME_KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'EXPOSE', 'HEALTHCHECK', 'USER', 'STOPSIGNAL', 'VOLUME', 'LABEL']);
/** Variables that steer the build or are set by the runtime stage itself; not copied into the runtime. */
const BUILD_ONLY_ENV = /^(PATH|VIRTUAL_ENV|PYTHONPATH|PYTHONDONTWRITEBYTECODE|PYTHONUNBUFFERED|CGO_ENABLED|GOOS|GOARCH|GOFLAGS|GOPROXY|GOPATH|CARGO_\w+|RUSTFLAGS|RUSTUP_\w+|MAVEN_\w+|GRADLE_\w+|POETRY_\w+|PIP_\w+|PIPENV_\w+|UV_\w+|NPM_CONFIG_\w+|YARN_\w+|PNPM_\w+|DOTNET_CLI_\w+|NUGET_\w+|DEBIAN_FRONTEND)$/i;
const MAX_FIX_ROUNDS = 8;













/** Runs the rules on text and applies the safe fixes of this file in rounds (the engine's one policy), until none is left. */
export function applySafeFixes(file: SourceFile, project: ProjectView, settings: Settings, changes: HardenChange[]): string {
  const { text, applied } = fixInRounds(file.text, (t) => analyze({ ...file, text: t }, project, settings).findings, { maxRounds: MAX_FIX_ROUNDS });
  for (const { finding, fix } of applied) changes.push({ title: fix.title, detail: `Quick fix for ${finding.ruleId}: ${finding.message}` });
  return text;
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
      // Every framework mode switch (knowledge/debug-flags.ts) is left to the runtime stage, which sets production mode itself.
      if (Object.prototype.hasOwnProperty.call(DEBUG_VARS, name.toUpperCase())) {
        changes.push({ title: `Removed ${name}=${value} from the runtime`, detail: 'Debug and development modes expose stack traces, consoles and reloaders; the runtime runs in production mode.' });
        continue;
      }
      if (isSecretName(name) && value && !value.startsWith('$')) {
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

function plan(source: SourceFile, project: ProjectView, settings: Settings, options: HardenOptions): HardenPlan | HardenFailure {
  // A lone \r ends a line, as for analysis (whose findings the plan applies): read any other way, an
  // edit at the start of the line after one lands mid-line and joins two instructions.
  const crText = withLoneCrAsLf(source.text);
  const file = crText === source.text ? source : { ...source, text: crText };
  const model = parseDockerfile(file.text);
  const stage = model.finalStage;
  if (!stage) return { ok: false, reason: 'This file has no FROM instruction, so there is no image to harden.' };
  if (isWindowsStage(model, stage)) return { ok: false, reason: 'This is a Windows image; Shipshape hardens Linux images only.' };
  if (stage.image === undefined && !stage.parent && !stage.scratch) {
    return { ok: false, reason: `The final image \`${stage.rawImage}\` comes from a build argument without a default, so Shipshape cannot tell what it builds. Give the ARG a default and try again.` };
  }
  const flavour = (options.runtime ?? settings.hardenRuntime ?? 'distroless') as RuntimeFlavour;
  const changes: HardenChange[] = [];
  const caveats: HardenCaveat[] = [];
  const eol = eolOf(file.text);
  const eco = ecosystemOf(model, stage);
  const family = imageFamily(baseImageOf(stage));
  const minimal = stage.scratch || family === 'distroless' || family === 'chainguard';

  let text = file.text;
  let runtimeImage: string | undefined;
  if (eco && !minimal && !stage.parent && !stage.usedByLaterStage) {
    const restructured = restructure({ model, stage, eco, flavour, file, project, changes, caveats }, eol);
    if (typeof restructured === 'string') {
      changes.push({ title: model.stages.length > 1 ? 'Kept the final stage\'s image' : 'Kept a single stage', detail: restructured, note: true });
    } else {
      text = restructured.text;
      runtimeImage = restructured.runtime;
    }
  } else if (!minimal && !stage.parent) {
    const swapped = staticRuntimeSwap({ model, stage, eco: eco ?? 'go', flavour, file, project, changes, caveats });
    if (swapped) {
      text = swapped.text;
      runtimeImage = swapped.runtime;
    } else if (!eco) {
      changes.push({ title: 'Kept the runtime image', detail: 'Shipshape did not recognise the ecosystem (Python, Node.js, Go, Rust, Java, .NET), so it only applies the safe fixes and a non-root user.', note: true });
    }
  } else if (!eco && !minimal) {
    changes.push({ title: 'Kept the runtime image', detail: 'Shipshape did not recognise the ecosystem (Python, Node.js, Go, Rust, Java, .NET), so it only applies the safe fixes and a non-root user.', note: true });
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
      changes.push({ title: 'Could not add a non-root USER', detail: 'The file ends inside a continued instruction (a trailing line continuation), so an appended line would join it. Finish that instruction and harden again.', note: true });
    }
  }

  text = applySafeFixes({ ...file, text }, project, settings, changes);

  const createFiles: { path: string; content: string }[] = [];
  const amendFiles: { path: string; original: string; append: string }[] = [];
  const ignore = dockerignoreFor(file, model, project, eco);
  if (ignore) {
    if ('amend' in ignore) amendFiles.push(ignore.amend);
    else createFiles.push(ignore.file);
    changes.push(ignore.change);
  }
  const unchanged = text === file.text && !createFiles.length && !amendFiles.length;
  const shownChanges = unchanged ? [] : changes;
  const shownCaveats = unchanged ? [] : caveats;
  const baseName = (path: string) => path.replace(/\\/g, '/').split('/').pop() ?? '';
  return { ok: true, text, changes: shownChanges, createFiles, amendFiles, ecosystem: eco, runtime: runtimeImage, caveats: shownCaveats, summary: summaryOf(file, model, shownChanges, shownCaveats, runtimeImage, createFiles.map((f) => baseName(f.path)), amendFiles.map((f) => baseName(f.path))) };
}

/** `to` as seen from `from` (`..`, `../api`, `sub`). */
function relativeDir(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

/** The notification's text: what changes, the runtime pairing, and every caveat. */
function summaryOf(file: SourceFile, model: DockerfileModel, changes: HardenChange[], caveats: HardenCaveat[], runtime: string | undefined, created: string[], amended: string[] = []): string {
  const name = file.path.replace(/\\/g, '/').split('/').pop() ?? 'Dockerfile';
  const count = changes.filter((c) => !c.note).length;
  if (!count) return `${name} is already hardened; nothing to change.`;
  const img = model.finalStage?.image;
  const builder = img ? `${img.repository.replace(/^library\//, '')}${img.tag ? `:${img.tag}` : ''}` : undefined;
  const parts = [`${count} change${count === 1 ? '' : 's'} to ${name}${created.length ? ` and a new ${created.join(', ')}` : ''}${amended.length ? ` and lines added to ${amended.join(', ')}` : ''}${runtime && builder ? ` (runtime ${runtime} for the ${builder} build)` : ''}.`];
  const checks = caveats.filter((c) => c.check);
  const notes = caveats.filter((c) => !c.check);
  if (notes.length) parts.push(`Note: ${notes.map((c) => c.text).join(' ')}`);
  if (checks.length) parts.push(`Check ${checks.length === 1 ? 'this' : `these ${checks.length}`} before applying: ${checks.map((c) => c.text).join(' ')}`);
  return parts.join(' ');
}

/**
 * The `.dockerignore` to create or amend, where the build reads it: the build
 * context comes from a Compose `build.context`, a workflow or bake target (or
 * the Dockerfile's folder); when the context is another folder, BuildKit's
 * `<Dockerfile>.dockerignore` beside the Dockerfile is written, which applies
 * to this Dockerfile only. The one in effect, when there is one, gets the
 * missing lines appended, its own lines and `!` exceptions kept as they are.
 * Patterns that would exclude what the Dockerfile copies are left out.
 */
function dockerignoreFor(file: SourceFile, model: DockerfileModel, project: ProjectView, eco: Ecosystem | undefined):
  | { file: { path: string; content: string }; change: HardenChange }
  | { amend: { path: string; original: string; append: string }; change: HardenChange }
  | undefined {
  if (!file.path.includes('/')) return undefined;
  const ctx = hardenContextOf(file.path, project);
  const name = file.path.replace(/\\/g, '/').split('/').pop() ?? 'Dockerfile';
  const dir = dirOf(file.path);
  const sources = contextSources(model.instructions).filter((s) => !s.whole).map((s) => s.value.replace(/^\.\//, '').replace(/\/$/, ''));
  if (ctx.ignorePath) {
    const original = ctx.ignoreText ?? project.readFile(ctx.ignorePath);
    if (original === undefined) return undefined;
    const amended = amendDockerignore(original, sources);
    if (!amended) return undefined;
    const shown = relativeTo(dir, ctx.ignorePath) ?? `${relativeDir(dir, dirOf(ctx.ignorePath))}/${ctx.ignorePath.split('/').pop()}`;
    const listed = amended.lines.length <= 6 ? amended.lines.join(', ') : `${amended.lines.slice(0, 5).join(', ')} and ${amended.lines.length - 5} more`;
    return {
      amend: { path: ctx.ignorePath, original, append: amended.append },
      change: { title: `Add ${amended.lines.length} line${amended.lines.length === 1 ? '' : 's'} to ${shown}`, detail: `The build reads ${shown}${ctx.source ? ` (its context comes from ${ctx.source})` : ''}; appended ${listed}, so \`COPY . .\` cannot leak them into a layer. Its own lines and \`!\` exceptions stay as they are.` },
    };
  }
  const sameFolder = relativeTo(ctx.dir, dir) === '';
  // `.dockerignore` serves every Dockerfile of the folder; another name, or another context, gets BuildKit's per-Dockerfile file.
  const path = sameFolder && name === 'Dockerfile' ? `${dir}/.dockerignore` : `${dir}/${name}.dockerignore`;
  const content = defaultDockerignore(eco, sources);
  const where = sameFolder && name === 'Dockerfile'
    ? 'the build context'
    : `${name}.dockerignore beside the Dockerfile, which BuildKit reads for this Dockerfile${sameFolder ? '' : ` (its build context is ${relativeDir(dir, ctx.dir)}${ctx.source ? `, from ${ctx.source}` : ''})`}`;
  return {
    file: { path, content },
    change: { title: `Create ${path.slice(dir.length + 1)}`, detail: `Keeps .git, .env files, keys and local build output out of ${where}, so \`COPY . .\` cannot leak them into a layer.` },
  };
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
  const eco = ecosystemOf(model, source) === 'rust' ? 'rust' : 'go';
  const runtime = runtimeFor({ ecosystem: eco, libc: 'glibc', static: true }, flavour);
  if ('reason' in runtime) return undefined;
  for (const n of runtime.choice.notes) ctx.caveats.push({ text: `${n[0].toUpperCase()}${n.slice(1)}.`, check: true });
  const r = stage.imageRange;
  const eol = eolOf(model.text);
  const from = stage.from.getRange().start;
  const header = ctx.caveats.filter((c) => c.check).flatMap((c) => wrapComment('# shipshape-check: ', c.text));
  const text = applyEdits(model.text, [
    ...(header.length ? [{ range: { start: { line: from.line, character: 0 }, end: { line: from.line, character: 0 } }, newText: header.map((l) => l + eol).join('') }] : []),
    { range: r, newText: runtime.image },
  ]);
  ctx.changes.unshift({ title: `Runtime image ${stage.rawImage} → ${runtime.image}`, detail: `This stage only copies a static binary from \`${source.name ?? source.index}\` and runs it, so it needs no OS: ${runtime.why}.` });
  return { text, runtime: runtime.image };
}




const ASSET_DIRS = /^(templates|static|assets|public|migrations|config|configs|views|locales|i18n|web)$/;

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

  // Builder base pinned when it floats.
  let builderFrom: string | undefined;
  let builderImage = image;
  if (!image.tag || image.tag === 'latest') {
    const repoKey = Object.keys(BUILDER_PIN[eco]).find((k) => image.repository.toLowerCase().replace(/^library\//, '') === k);
    if (repoKey) {
      builderFrom = BUILDER_PIN[eco][repoKey];
      const [repository, tag] = builderFrom.replace(/^mcr\.microsoft\.com\//, '').split(':');
      builderImage = { ...image, repository, tag, text: builderFrom };
      ctx.changes.push({ title: `Pinned the builder to ${builderFrom}`, detail: `\`${image.text}\` moves with every release; a version tag makes builds repeatable${eco === 'python' || eco === 'node' ? ' and matches the runtime\'s interpreter' : ''}. Pin by digest for full reproducibility.` });
    }
  }
  const profile: BuildProfile = profileOfImage(eco, builderImage);
  const runs = instrs.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '');
  const dir = dirOf(ctx.file.path);
  if (eco === 'java') {
    const release = javaRelease(runs, ctx.project, dir);
    if (release && profile.version && Number(release) > Number(profile.version)) profile.version = release;
    else if (release && release !== profile.version) profile.release = release;
  }

  if (!wd && (eco === 'python' || eco === 'node')) return 'The final stage sets no WORKDIR, so Shipshape cannot tell the application files apart from the rest of the image. Add a WORKDIR (e.g. /app) and harden again.';
  const artefacts = (launch: Launch): Artefacts | undefined => {
    switch (eco) {
      case 'python': return profile.version ? pythonArtefacts(ctx, wd!, words, profile.version, instrs, launch) : undefined;
      case 'node': return nodeArtefacts(ctx, wd!, words, profile.version, launch);
      case 'go':
      case 'rust': return binaryArtefacts(ctx, wd, words, instrs, profile.libc === 'musl');
      case 'java': return javaArtefacts(wd, words, instrs, profile.version, launch);
      case 'dotnet': return dotnetArtefacts(wd, words, instrs, profile.version);
    }
  };
  // First pass: what the build produces and whether its command can run without a shell.
  const probeChanges = ctx.changes.length;
  const probe = artefacts({ minimal: true });
  ctx.changes.length = probeChanges;
  if (eco === 'python' && profile.version?.startsWith('2.')) return `Python ${profile.version} has no venv module and reached its end of life in 2020, so Shipshape does not move it onto another runtime. Move the application to Python 3 and harden again.`;
  if (eco === 'python' && !profile.version) return `The builder tag \`${image.text}\` does not say which Python it has, so Shipshape cannot pick a runtime with the same interpreter. Name the version (e.g. python:3.13-slim) and harden again.`;
  if (!probe) return `Shipshape could not tell which artefact this ${eco} build produces (no recognisable build output or start command), so it kept the stage as it is and applied only the safe fixes.`;
  profile.static = probe.static;
  if (!probe.entry && eco === 'node' && words && /^(npm|yarn|pnpm|npx)$/.test(words[0])) {
    return `The start command (\`${words.join(' ')}\`) runs a package-manager script, which Shipshape could not read from package.json as a plain node command; a minimal runtime has no ${words[0]}. Put the script's command in the Dockerfile (e.g. CMD ["node", "server.js"]) and harden again.`;
  }
  const shell = probe.entry ? undefined : shellNeed(startInstr, words)
    ?? (words ? `the start command runs \`${words[0]}\`, ${eco === 'python' ? 'a virtualenv script whose first line names the python image\'s interpreter, which {flavour} images do not have' : 'a program of the build image, which {flavour} images do not have'}` : 'there is no start command, and {flavour} images have no default one');
  const libs = runtimePackages(eco, runs, ctx.project, dir, profile.libc === 'musl');
  const picked = runtimeFor(profile, flavour, { shell, packages: libs.packages });
  if ('reason' in picked) return picked.reason;
  const runtime: Runtime = picked;
  const choice = runtime.choice;
  const stageNames = new Set(model.stages.filter((st) => st !== stage).flatMap((st) => [st.name?.toLowerCase(), String(st.index)]).filter(Boolean));
  const runtimeStageAlready = instrs.some((i) => stageNames.has(fromFlag(i)?.toLowerCase() ?? '\0'));
  if (runtimeStageAlready && runtime.image === image.text) return `The stage already runs on ${image.text}, the smallest image that runs this build${choice.fallback ? ` (${choice.fallback})` : ''}.`;
  const art = artefacts({ launcher: choice.launcher, minimal: !choice.shell })!;
  if (!art.entry && !runtime.hasShell) return `The start command (${startInstr ? (startInstr.getArgumentsContent() ?? '').trim() : 'none'}) needs a shell, and no runtime with one was found.`;

  // What the runtime lacks or changed.
  if (choice.fallback) {
    ctx.caveats.push({ text: `${choice.image} instead of a ${flavour} image: ${choice.fallback}.`, check: false });
  }
  for (const n of choice.notes) ctx.caveats.push({ text: `${n[0].toUpperCase()}${n.slice(1)}.`, check: /pin it by digest|copy \/etc/.test(n) });
  const envNames = instrs.filter((i) => i.getKeyword() === 'ENV').flatMap((e) => (e as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }).getProperties().map((p) => [p.getName(), p.getValue() ?? ''] as const));
  const locale = envNames.find(([n, v]) => /^(LANG|LC_ALL)$/.test(n) && v && !/^(C|POSIX|C\.UTF-?8)$/i.test(v.replace(/["']/g, '')));
  if (locale) ctx.caveats.push({ text: `${locale[0]}=${locale[1]} names a locale ${choice.image} does not have (it has C.UTF-8 only); use C.UTF-8 or generate the locale in the runtime.`, check: true });

  // Files the command reads that the copies do not bring along.
  const copies = [...art.copies];
  const copiedDirs = () => copies.map((c) => c.split(' ').at(-1)!);
  for (const p of commandPaths(art.entry ?? words)) {
    if (copiedDirs().some((d) => p === d || p.startsWith(`${d.replace(/\/$/, '')}/`))) continue;
    if (p.startsWith('/opt/venv') || p.startsWith('/usr/') || p.startsWith('/dev/') || p.startsWith('/proc/') || p.startsWith('/tmp')) continue;
    const src = copiedInto(instrs, wd, p);
    if (src) {
      copies.push(`COPY --from=build ${src} ${src}`);
      ctx.changes.push({ title: `Copy ${src} into the runtime`, detail: `The start command reads ${p}, which the build copies there.` });
    } else {
      ctx.caveats.push({ text: `The start command reads ${p}, which the build does not create: mount it at run time or copy it into the runtime stage.`, check: true });
    }
  }
  if ((eco === 'go' || eco === 'rust') && wd && instrs.some((i) => i.getKeyword() === 'COPY' && !fromFlag(i) && /^\.\/?\s/.test(`${(i.getArgumentsContent() ?? '').trim()} `))) {
    const ctxDir = buildContextOf(ctx.file.path, ctx.project);
    const assets = (ctx.project.listDir(ctxDir.dir) ?? []).filter((n) => ASSET_DIRS.test(n) && ctx.project.listDir(joinPath(ctxDir.dir, n)) !== undefined && !ctxDir.matcher.excludes(n)).sort();
    for (const a of assets) copies.push(`COPY --from=build ${wd}/${a} ${wd}/${a}`.replace(/\/+/g, '/'));
    if (assets.length) ctx.changes.push({ title: `Copy ${assets.join(', ')} next to the binary`, detail: `The build copies the whole context to ${wd}, and a program usually reads these folders at run time relative to its working directory; the runtime keeps them at the same place and WORKDIR ${wd}.` });
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
  const runtimeCopies = copies.map((c) => c.replace('--from=build', `--from=${stageName}`));

  const pairing = pairingText(eco, profile, choice.version);
  const runtimeLines: string[] = ['', `# Runtime: ${runtime.why}${pairing ? ` (${pairing})` : ''}.`];
  for (const c of ctx.caveats) runtimeLines.push(...wrapComment(c.check ? '# shipshape-check: ' : '# Note: ', c.text));
  runtimeLines.push(`FROM ${runtime.image} AS runtime`);
  const needsWorkdir = wd && (eco === 'python' || eco === 'node' || eco === 'dotnet' || runtimeCopies.length > 1);
  if (needsWorkdir) runtimeLines.push(`WORKDIR ${wd}`);
  if (libs.packages.length) {
    runtimeLines.push(choice.packageManager === 'apk'
      ? `RUN apk add --no-cache ${libs.packages.join(' ')}`
      : `RUN apt-get update && apt-get install -y --no-install-recommends ${libs.packages.join(' ')} && rm -rf /var/lib/apt/lists/*`);
    ctx.changes.push({ title: `Install ${libs.packages.join(', ')} in the runtime`, detail: `Compiled packages load these libraries at run time: ${libs.reasons.join('; ')}. The runtime keeps its package manager for that.` });
  }
  runtimeLines.push(...runtimeCopies);
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
      ctx.changes.push({ title: 'Health check kept as a comment', detail: `${runtime.image} has no shell or HTTP client to run it; use a Kubernetes/Compose probe against the service instead.` });
    }
  }
  runtimeLines.push(...runtime.userLines);
  const startText = startInstr ? `${startInstr.getKeyword()} ${(startInstr.getArgumentsContent() ?? '').trim()}` : '';
  if (art.entry) {
    const entryText = `ENTRYPOINT ${JSON.stringify(art.entry).replace(/","/g, '", "')}`;
    runtimeLines.push(entryText);
    if (startInstr && entryText !== startText) {
      const wasExec = startInstr.getArgumentsContent()?.trim().startsWith('[');
      ctx.changes.push({ title: `Start command: ${entryText}`, detail: `Was \`${startText}\`. ${wasExec ? 'Written with the runtime\'s own paths' : 'Exec form runs the process as PID 1 so it receives SIGTERM; it is written with the runtime\'s own paths'}.` });
    }
  } else {
    for (const m of moved.filter((i) => i.getKeyword() === 'ENTRYPOINT' || i.getKeyword() === 'CMD')) runtimeLines.push(...lines.slice(m.getRange().start.line, m.getRange().end.line + 1));
  }
  const shown = runtimeCopies.map((c) => c.split(' ').slice(2).join(' → '));
  ctx.changes.unshift(
    { title: `Builder stage \`${stageName}\`: your build steps, unchanged and in order`, detail: `Everything that compiles or installs runs here; nothing of it ships except the artefacts copied below.${art.builderHead.length ? ` Added a virtualenv at /opt/venv first, so installed packages can be copied as one folder.` : ''}${art.builderTail.length ? ` Removed dev dependencies at the end (${art.builderTail[0].slice(4)}).` : ''}` },
    { title: `Runtime stage on ${runtime.image}`, detail: `${runtime.why[0].toUpperCase()}${runtime.why.slice(1)}${pairing ? ` (${pairing})` : ''}. It copies only: ${shown.join('; ')}.${choice.fallback ? ` Not ${flavour}: ${choice.fallback}.` : ''}${runtime.userLines.length ? '' : ' The image already runs as a non-root user, so no USER is added.'}` },
  );
  const body = [...out, ...runtimeLines, ...tail.filter((l, i) => l.trim() !== '' || i < tail.length - 1)];
  let text = body.join(eol);
  if (!text.endsWith(eol)) text += eol;
  return { text, runtime: runtime.image };
}

/** "same Python 3.12 as the builder", "Java 21 for JDK 21": the version pairing in words. */
function pairingText(eco: Ecosystem, b: BuildProfile, runtimeVersion: string | undefined): string | undefined {
  if (eco === 'go' || eco === 'rust') return b.static ? 'the binary is statically linked' : `the binary links against ${b.libc === 'musl' ? 'musl' : 'glibc'}`;
  if (!runtimeVersion || !b.version) return undefined;
  const name = eco === 'python' ? 'Python' : eco === 'node' ? 'Node.js' : eco === 'java' ? 'Java' : '.NET';
  if (eco === 'java') return runtimeVersion === b.version ? `Java ${runtimeVersion}, the builder's JDK` : `Java ${runtimeVersion} for JDK ${b.version} --release ${b.release}`;
  return `same ${name} ${runtimeVersion} as the builder${b.libc === 'musl' ? ', musl' : ''}`;
}

