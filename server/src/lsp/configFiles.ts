/** Diagnostics for an open `.shipshape.yaml` or `.hadolint.yaml`: the problems its readers find in it. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { CONFIG_FILE_NAMES, HADOLINT_FILE_NAMES } from '../config/load.js';
import { readHadolintConfig } from '../config/hadolint.js';
import { validateConfigText } from '../config/validate.js';
import { SOURCE } from './diagnostics.js';

const nameOf = (path: string) => path.split(/[\\/]/).pop() ?? '';

/** The problems of a configuration file, or undefined when the path is not one. */
export function configFileDiagnostics(path: string, text: string): Diagnostic[] | undefined {
  const name = nameOf(path);
  let errors;
  if ((CONFIG_FILE_NAMES as readonly string[]).includes(name)) errors = validateConfigText(path, text).errors;
  else if ((HADOLINT_FILE_NAMES as readonly string[]).includes(name)) errors = readHadolintConfig(path, text).errors;
  else return undefined;
  return errors.map((e) => ({ range: e.range, severity: DiagnosticSeverity.Error, source: SOURCE, message: e.message }));
}
