/**
 * Project configuration shared by the CLI and the language server:
 * `.shipshape.yaml` discovery, validation and `.hadolint.yaml` interop.
 *
 * - {@link loadConfig}`(filePath, project)` gives the settings in effect for a
 *   file and any problems in the configuration files it used.
 * - {@link validateConfigText}`(path, text)` gives the problems of one
 *   configuration file's text (for diagnostics in the file itself);
 *   {@link readHadolintConfig} does the same for `.hadolint.yaml`.
 */
export { readHadolintConfig, type HadolintConfig } from './hadolint.js';
export {
  CONFIG_FILE_NAMES,
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
