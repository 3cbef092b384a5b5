/**
 * Project configuration shared by the CLI and the language server:
 * `.shipshape.yaml` discovery, validation and `.hadolint.yaml` interop.
 *
 * - {@link loadConfig}`(filePath, project)` gives the settings in effect for a
 *   file and any problems in the configuration files it used.
 * - {@link configFileProblems}`(path, text)` gives the problems of a
 *   configuration file's text (`.shipshape.y*ml`, `package.json`,
 *   `.hadolint.y*ml`) for diagnostics in the file itself, or undefined when
 *   the path is no configuration file.
 */
export { readHadolintConfig, type HadolintConfig } from './hadolint.js';
export {
  CONFIG_FILE_NAMES,
  configFileProblems,
  HADOLINT_FILE_NAMES,
  ignoreMatcher,
  isConfigFile,
  layerSettings,
  loadConfig,
  type Discovered,
  type LoadedConfig,
  type LoadOptions,
} from './load.js';
export {
  CONFIG_KEYS,
  HARDEN_RUNTIMES,
  KUBERNETES_LEVELS,
  SEVERITY_SETTINGS,
  validateConfigText,
  type ConfigError,
  type ShipshapeConfig,
  type ValidatedConfig,
} from './validate.js';
