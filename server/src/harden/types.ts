/** The harden plan's data: what it proposes, the changes and caveats it reports, and what the ecosystem recipes share. */
import type { SourceFile } from '../engine/analyze.js';
import type { Ecosystem } from '../model/ecosystem.js';
import type { DockerfileModel, Stage } from '../parse/dockerfile.js';
import type { ProjectView } from '../rules/types.js';
import type { RuntimeFlavour } from './runtimes.js';

export interface HardenChange {
  /** One line: what changed. */
  title: string;
  /** Why, and anything the person must check. */
  detail: string;
  /** A note about what was kept or could not be done: shown with the changes, not counted as one. */
  note?: boolean;
}

/** Something the person must know or check about the proposed runtime. */
export interface HardenCaveat {
  text: string;
  /** Unresolved: the person must check it (it stays in the file as a `# shipshape-check:` comment). */
  check: boolean;
}

export interface HardenPlan {
  ok: true;
  /** The proposed Dockerfile. Equal to the input when nothing needs changing. */
  text: string;
  changes: HardenChange[];
  /** Files to create beside the Dockerfile (absolute paths), e.g. `.dockerignore`. */
  createFiles: { path: string; content: string }[];
  /** Existing files (the `.dockerignore` the build reads) to append to: `append` goes at the end of `original`. */
  amendFiles: { path: string; original: string; append: string }[];
  ecosystem?: Ecosystem;
  runtime?: string;
  /** What the runtime lacks or changed, also written in the runtime stage's header comment. */
  caveats: HardenCaveat[];
  /** One paragraph for a notification: the builder → runtime pairing, the change count and every caveat. */
  summary: string;
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

/** What a recipe works with: the file, its final stage and ecosystem, and where it reports. */
export interface Context {
  model: DockerfileModel;
  stage: Stage;
  eco: Ecosystem;
  flavour: RuntimeFlavour;
  file: SourceFile;
  project: ProjectView;
  changes: HardenChange[];
  caveats: HardenCaveat[];
}

/** How the runtime runs the program: the launcher path and whether it is a minimal image (no venv on PATH). */
export interface Launch {
  launcher?: string;
  minimal: boolean;
}

/** What an ecosystem recipe contributes to the builder and the runtime stage. */
export interface Artefacts {
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
