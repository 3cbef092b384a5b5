/**
 * The plain types every layer shares: positions, ranges and edits of text
 * (zero-based lines and UTF-16 characters, as in LSP), fixes made of such
 * edits, the read-only view of the files around the analysed one, and the
 * line ending a text uses. Imports nothing.
 */

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** An edit to a file other than the one analysed (e.g. creating a `.dockerignore`). */
export interface OtherFileEdit {
  /** Absolute path of the file. */
  path: string;
  /** When true the file is created with `content` (it must not exist yet). */
  create?: boolean;
  content?: string;
  edits?: TextEdit[];
}

export interface Fix {
  /** Imperative title, e.g. "Add a non-root USER". */
  title: string;
  /** Safe fixes are applied by "fix all" and `--fix`; unsafe ones only when chosen. */
  safe: boolean;
  /** Edits to the analysed file. */
  edits: TextEdit[];
  /** Edits to other files, when the fix creates or changes them. */
  otherFiles?: OtherFileEdit[];
}

/**
 * A read-only view of the files around the analysed one. Front ends (language
 * server, CLI) implement it; parsers, the project model and rules may use it
 * for cross-file reasoning. Paths are absolute.
 */
export interface ProjectView {
  /** The workspace or repository root, when known. */
  root?: string;
  readFile(path: string): string | undefined;
  exists(path: string): boolean;
  /** Entry names of a directory (not recursive), or undefined when it is not a directory. */
  listDir(path: string): string[] | undefined;
  /**
   * Env files Compose interpolation reads instead of the `.env` beside the
   * Compose file (`scan --env-file`, later ones win); undefined: that `.env`.
   */
  composeEnvFiles?: readonly string[];
  /**
   * True when the files do not change while this view is used (one CLI
   * scan): rules may then keep what they derived from the files (a folder's
   * manifests, parsed) for the view's lifetime instead of reading them again
   * for every analysed file. An editor's view, whose files change, leaves it unset.
   */
  snapshot?: boolean;
  /**
   * What an image's registry says about it, when a front end resolved it
   * beforehand (opt-in registry resolution); undefined otherwise. `ref` is the
   * reference as written after substitution, `platform` the one asked for
   * (`FROM --platform=…`), undefined for the host's.
   */
  image?(ref: string, platform?: string): ImageFacts | undefined;
  /**
   * When the registry answered that a multi-platform image (an OCI index or
   * Docker manifest list) has no entry for `platform`: the platforms it is
   * published for (`linux/amd64`, `linux/arm64/v8`); undefined otherwise
   * (`image` is then undefined for that platform).
   */
  imagePlatforms?(ref: string, platform?: string): readonly string[] | undefined;
}
/** Facts about one image read from its registry: the manifest and the image config. */
export interface ImageFacts {
  /** The digest the reference points to now (for a multi-platform image, the index's digest). */
  digest: string;
  /** The digest of the chosen platform's manifest (equal to `digest` for a single-platform image). */
  manifestDigest: string;
  /** The platform whose config these are (`linux/amd64`). */
  platform?: string;
  /** When the image was built (config `created`, RFC 3339). */
  created?: string;
  /** Config `User`; the empty string when the image sets none (it runs as root). */
  user: string;
  env?: string[];
  /** Config `ExposedPorts` keys (`8080/tcp`). */
  exposedPorts?: string[];
  /** Config `Healthcheck.Test`. */
  healthcheck?: string[];
  entrypoint?: string[];
  cmd?: string[];
  /** Bytes to download: the config and the compressed layers. */
  size?: number;
}


/** The line ending a text uses: `\r\n` when it has any, else `\n`. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * A file's text as editors show it: without the UTF-8 byte-order mark, which
 * VS Code and Neovim strip too, so columns on the first line match theirs.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The byte-order mark `raw` starts with ('' when none), to write back before a changed text. */
export function bomOf(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
}
