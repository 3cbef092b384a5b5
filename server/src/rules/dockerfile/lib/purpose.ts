/**
 * Whether a Dockerfile builds an image that never ships as a production
 * runtime: an artefact-only `FROM scratch` final stage (built with
 * `--output`), or an image that only runs a tool in development or CI, named
 * so by its final stage (`AS dev-envs`, `AS test`), file or folder
 * (`Dockerfile.dev`, `*.debug`, `lint.Dockerfile`, `hack/`, `test/`). Runtime rules (user, build tools, caches, Python
 * environment, minimal runtime, healthcheck) stay quiet on these or say why
 * they are lower risk.
 */
import { derived, type DockerfileModel, type Stage } from '../../../parse/dockerfile.js';
import { flagsOf } from './instructions.js';

const TOOL_WORDS = 'dev|devel|develop|development|debug|tilt|test|tests|testing|e2e|ci|lint|linter|golangci|vet|govulncheck|vulncheck|validate|validation|docs|doc|mkdocs|generate|generator|codegen|gen|protoc|proto|authors|vendor|tools|toolchain|devcontainer';
const FILE_WORD = new RegExp(`(?:^|[-_.])(${TOOL_WORDS})(?:[-_.]|$)`, 'i');
const DIR_WORD = /\/(hack|tests?|e2e|\.devcontainer|\.github|ci)\//i;

/** Answers of a model, by path: many rules ask the same. */
const answers = (): Map<string, string | undefined> => new Map();

/** Why the image is no production runtime, or undefined when it may be one. */
export function nonShippingImage(model: DockerfileModel, path: string): string | undefined {
  const byPath = derived(model, answers);
  if (byPath.has(path)) return byPath.get(path);
  const answer = judge(model, path);
  byPath.set(path, answer);
  return answer;
}

function judge(model: DockerfileModel, path: string): string | undefined {
  const final = model.finalStage;
  if (final?.scratch && final.instructions.length > 0) {
    const kws = final.instructions.map((i) => i.getKeyword());
    const onlyCopies = kws.every((k) => k === 'COPY' || k === 'ARG' || k === 'LABEL')
      && final.instructions.filter((i) => i.getKeyword() === 'COPY').every((i) => flagsOf(i).some((f) => f.getName().toLowerCase() === 'from'));
    if (onlyCopies) return 'its final stage is a scratch stage that only collects build artefacts (no CMD or ENTRYPOINT)';
  }
  const stageWord = final?.name ? FILE_WORD.exec(final.name) : null;
  if (stageWord) return `its final stage '${final!.name}' is a ${stageWord[1].toLowerCase()} stage, not a production runtime`;
  const norm = path.replace(/\\/g, '/');
  const base = norm.split('/').pop() ?? '';
  const stem = base.replace(/^Dockerfile\.?/i, '').replace(/\.?Dockerfile$/i, '').replace(/^Containerfile\.?/i, '');
  const fw = stem ? FILE_WORD.exec(stem) : null;
  if (fw) return `${base} builds a ${fw[1].toLowerCase()} image, not a production runtime`;
  // Only the two folders nearest the file: a checkout that happens to live under ~/tests/ is not a test image.
  const near = norm.split('/').slice(-3, -1).join('/') + '/';
  const dw = DIR_WORD.exec('/' + near);
  if (dw) return `it sits under ${dw[1]}/, where images for development and CI live`;
  return undefined;
}

/** Whether a stage is named as a development, test or tooling stage (`AS dev-envs`, `AS test`, `AS lint`). */
export function devStage(stage: Stage): boolean {
  return !!stage.name && FILE_WORD.test(stage.name);
}
