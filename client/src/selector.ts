/** Which documents the language server is given, and which files a workspace scan reads. */
import type { DocumentFilter } from 'vscode-languageclient/node';

const LANGUAGES = ['dockerfile', 'yaml', 'dockercompose', 'github-actions-workflow', 'ignore'];

const PATTERNS = [
  '**/Dockerfile*',
  '**/*.Dockerfile',
  '**/*.dockerfile',
  '**/Containerfile*',
  '**/*.Containerfile',
  '**/.dockerignore',
  '**/*.dockerignore',
  '**/{docker-compose,compose}*.{yml,yaml}',
  '**/.github/workflows/*.{yml,yaml}',
  '**/.github/dependabot.{yml,yaml}',
  '**/.gitlab-ci.{yml,yaml}',
];

/** Documents on disk and unsaved ones; not diff views or other virtual documents. */
const SCHEMES = ['file', 'untitled'];

export const documentSelector: DocumentFilter[] = SCHEMES.flatMap((scheme) => [
  ...LANGUAGES.map((language) => ({ scheme, language })),
  ...PATTERNS.map((pattern) => ({ scheme, pattern })),
]);

/** Files a workspace scan hands to the server (which decides what each YAML file is). */
export const SCAN_INCLUDE =
  '**/{Dockerfile,Dockerfile.*,*.Dockerfile,*.dockerfile,Containerfile,Containerfile.*,*.Containerfile,.dockerignore,*.dockerignore,*.yml,*.yaml}';

/** Folders a workspace scan never enters. */
export const SCAN_EXCLUDE = '**/{node_modules,.git,.hg,.svn,.venv,venv,__pycache__,.tox,.terraform}/**';
