/**
 * BuildKit's build checks (frontend/dockerfile/linter/ruleset.go, with the
 * cases of dockerfile_lint_test.go), against the Shipshape rules that list them.
 */
import { describeEquivalents } from './cases.js';

describeEquivalents('buildkit', {
  CopyIgnoredFile: {
    rules: ['copy-ignored-source'],
    cases: [
      {
        name: 'COPY and ADD of an ignored file',
        fires: true,
        text: 'FROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy',
        files: { '.dockerignore': 'Dockerfile\n.dockerignore\nDockerfile2\n' },
      },
      {
        name: 'COPY of a file in an ignored folder',
        fires: true,
        text: 'FROM node:20\nCOPY config/app.json /app/',
        files: { '.dockerignore': 'config/\n', 'config/app.json': '{}' },
      },
      {
        name: 'COPY of files the .dockerignore keeps',
        fires: false,
        text: 'FROM scratch\nCOPY app.txt .',
        files: { '.dockerignore': 'Dockerfile\n.dockerignore\n', 'app.txt': 'x' },
      },
      {
        name: 'COPY --from another stage',
        fires: false,
        text: 'FROM alpine:3.20 AS build\nRUN touch /Dockerfile\nFROM scratch\nCOPY --from=build /Dockerfile .',
        files: { '.dockerignore': 'Dockerfile\n' },
      },
      {
        name: 'no .dockerignore',
        fires: false,
        text: 'FROM scratch\nCOPY Dockerfile .',
      },
    ],
  },
  DuplicateStageName: {
    rules: ['duplicate-stage-name'],
    cases: [
      { name: 'two stages named b', fires: true, text: 'FROM scratch AS b\nFROM scratch AS b' },
      { name: 'names differing only in case', fires: true, text: 'FROM scratch AS build\nFROM scratch AS BUILD' },
      { name: 'distinct names', fires: false, text: 'FROM scratch AS b1\nFROM scratch AS b2' },
    ],
  },
  JSONArgsRecommended: {
    rules: ['prefer-exec-form'],
    cases: [
      { name: 'shell-form CMD', fires: true, text: 'FROM scratch\nCMD mycommand' },
      { name: 'shell-form ENTRYPOINT', fires: true, text: 'FROM scratch\nENTRYPOINT mycommand' },
      { name: 'exec-form CMD and ENTRYPOINT', fires: false, text: 'FROM scratch\nENTRYPOINT ["mycommand"]\nCMD ["--help"]' },
      { name: 'SHELL set in the stage', fires: false, text: 'FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand' },
      { name: 'SHELL inherited from an earlier stage', fires: false, text: 'FROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nCMD mycommand' },
    ],
  },
  MultipleInstructionsDisallowed: {
    rules: ['single-cmd', 'single-entrypoint', 'single-healthcheck'],
    cases: [
      { name: 'two CMDs', fires: true, text: 'FROM scratch\nCMD ["/bin/sh"]\nCMD ["/bin/bash"]' },
      { name: 'two ENTRYPOINTs', fires: true, text: 'FROM scratch\nENTRYPOINT ["/bin/sh"]\nENTRYPOINT ["/bin/bash"]' },
      { name: 'two HEALTHCHECKs', fires: true, text: 'FROM scratch\nHEALTHCHECK CMD ["/bin/healthcheck"]\nHEALTHCHECK CMD ["/bin/something"]' },
      { name: 'one of each', fires: false, text: 'FROM scratch\nCMD ["/bin/sh"]\nENTRYPOINT ["/bin/sh"]\nHEALTHCHECK CMD ["/bin/healthcheck"]' },
      { name: 'one of each per stage', fires: false, text: 'FROM scratch AS a\nCMD ["/bin/sh"]\nENTRYPOINT ["/bin/sh"]\nFROM scratch\nCMD ["/bin/bash"]\nENTRYPOINT ["/bin/bash"]' },
    ],
  },
  SecretsUsedInArgOrEnv: {
    rules: ['no-secrets-in-env'],
    cases: [
      { name: 'ARG with secret in its name', fires: true, text: 'FROM scratch\nARG SECRET_PASSPHRASE' },
      { name: 'ENV with secret in mixed case', fires: true, text: 'FROM scratch\nENV SUPER_Secret=foo' },
      { name: 'ENV password', fires: true, text: 'FROM scratch\nENV password=bar secret=baz' },
      { name: 'ARG token and auth', fires: true, text: 'FROM scratch\nARG super_duper_secret_token=foo auth=bar' },
      { name: 'ENV apikey', fires: true, text: 'FROM scratch\nENV apikey=bar sunflower=foo' },
      { name: 'ENV key with an empty value', fires: true, text: 'FROM scratch\nENV git_key=' },
      { name: 'ENV in the legacy form', fires: true, text: 'FROM scratch\nENV password bar' },
      { name: 'names that only contain a token', fires: false, text: 'FROM scratch\nENV sunflower=foo\nENV AUTHOR=me KEYBOARD=us TOKENIZER=bpe' },
      { name: 'public names', fires: false, text: 'FROM scratch\nARG PUBLIC_KEY\nENV public_token=abc' },
    ],
  },
});
