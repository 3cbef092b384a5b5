import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyze, analyzeWithoutWaiting } from '../../server/src/engine/analyze.js';
import { initEngine } from '../../server/src/engine/init.js';
import { fastSyntaxTree } from '../../server/src/parse/shell-fast.js';
import { derived, parseDockerfile, type DockerfileModel } from '../../server/src/parse/dockerfile.js';
import {
  allCommands, initShellParser, parseOptions, runCommands, shellParserStatus, shellRuns, syntaxTreeCopies, type ShellCommand, withoutShellParser,
} from '../../server/src/parse/shell.js';
import type { Range } from '../../server/src/rules/types.js';

/** A range from 0-based line/character pairs. */
const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

/** The text a range covers in the Dockerfile. */
function at(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

const commands = (text: string): ShellCommand[] => allCommands(parseDockerfile(text));
const names = (text: string): string[] => commands(text).map((c) => c.name);
const argv = (c: ShellCommand): string[] => c.args.map((a) => a.value);

describe('shell parser before it is loaded', () => {
  it('yields no commands and says it is not ready', () => {
    assert.equal(shellParserStatus().state, 'uninitialised');
    const model = parseDockerfile('FROM debian:12\nRUN curl -k https://example.com | sh\n');
    const [run] = shellRuns(model);
    assert.equal(run.parsed, false);
    assert.deepEqual(run.commands, []);
  });

  it('records a failed load, yields no commands, and can be retried', async () => {
    await initShellParser({ grammar: '/nonexistent/tree-sitter-bash.wasm' });
    const status = shellParserStatus();
    assert.equal(status.state, 'failed');
    assert.match(status.error ?? '', /nonexistent|ENOENT/);
    assert.deepEqual(runCommands(parseDockerfile('FROM debian:12\nRUN apt-get update\n'), parseDockerfile('FROM debian:12\nRUN apt-get update\n').instructions[1]), []);
  });
});

describe('shell parser while it loads', () => {
  const plain = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nUSER root\nRUN curl -k https://example.com/i.sh | sh && sudo rm -rf /tmp/x\n';
  const needsParser = 'FROM debian:12\nRUN apt-get update\nRUN echo $((1 + 2)) && sudo ls\n';
  /** What a person sees of an analysis: each finding's rule, range, message and fixes. */
  const seen = (r: ReturnType<typeof analyze> | undefined) => r && JSON.stringify(r.findings.map((f) => [f.ruleId, f.range, f.message, f.fixes]));
  const pod = { path: 'k8s/pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - name: a\n      image: nginx\n' };
  let early: ReturnType<typeof analyze> | undefined;
  let earlyPod: ReturnType<typeof analyze> | undefined;

  it('parses what the fast path reads inside withoutShellParser, and gives up at a script that needs the parser', () => {
    assert.equal(fastSyntaxTree('echo $((1 + 2)) && sudo ls'), undefined, 'a script the fast path leaves to the parser');
    void initShellParser();
    assert.equal(shellParserStatus().state, 'loading');
    assert.deepEqual(withoutShellParser(() => names(plain)), ['apt-get', 'apt-get', 'curl', 'sh', 'rm']);
    assert.equal(withoutShellParser(() => shellRuns(parseDockerfile(plain)).every((r) => r.parsed)), true);
    assert.deepEqual(names(plain), [], 'outside it, nothing is parsed until the parser is ready');
    assert.equal(withoutShellParser(() => names(needsParser)), undefined);
    early = analyzeWithoutWaiting({ path: 'Dockerfile', text: plain });
    assert.ok(early && early.findings.length > 3, 'the analysis ran');
    assert.equal(analyzeWithoutWaiting({ path: 'Dockerfile', text: needsParser }), undefined);
    // Kinds without shell scripts are analysed as they are.
    earlyPod = analyzeWithoutWaiting(pod);
    assert.ok(earlyPod && earlyPod.findings.length > 3);
  });

  it('gives what the ready parser gives', async () => {
    await initShellParser();
    assert.equal(shellParserStatus().state, 'ready');
    assert.equal(seen(early), seen(analyze({ path: 'Dockerfile', text: plain })));
    assert.equal(seen(earlyPod), seen(analyze(pod)));
    assert.equal(seen(analyzeWithoutWaiting({ path: 'Dockerfile', text: needsParser })), seen(analyze({ path: 'Dockerfile', text: needsParser })));
    assert.deepEqual(names(needsParser), ['apt-get', 'echo', 'ls']);
  });
});

describe('shell parser', () => {
  before(async () => {
    await initEngine();
  });

  it('is ready after the engine initialises', () => {
    assert.deepEqual(shellParserStatus(), { state: 'ready' });
  });

  it('copies syntax trees with direct calls exactly as through the TreeCursor API', () => {
    const scripts = [
      'apt-get update && apt-get install -y curl',
      'if [ -f /x ]; then echo "a $(id -u) b" | tee /y; fi',
      'for p in a b; do pip install "$p==1.0" 2>&1 || exit 1; done',
      "export A=1 B='two' && env -u X FOO=bar sh -c 'echo $FOO' <(cat /z)",
      'echo "unterminated',
      'f() { echo ü €; }; f ${X:-dé}',
      'cat <<EOF > /etc/x\nline\nEOF\necho done',
    ];
    for (const script of scripts) {
      const copies = syntaxTreeCopies(script);
      assert.ok(copies?.direct, `direct copy available for ${script}`);
      assert.deepEqual(copies.direct, copies.viaCursor, script);
    }
    // The copy keeps types, fields and UTF-16 offsets.
    assert.deepEqual(syntaxTreeCopies('ls é')?.direct, ['program', 0, 4, true, null, [
      ['command', 0, 4, true, null, [['command_name', 0, 2, true, 'name', [['word', 0, 2, true, null, []]]], ['word', 3, 4, true, 'argument', []]]],
    ]]);
  });

  it('leaves a body with more than 256 punctuation characters in a row unparsed (the parser is quadratic on such runs)', () => {
    assert.deepEqual(names(`FROM alpine\nRUN ["/bin/sh","-c","make install"]${'-'.repeat(68_000)}\n`), []);
    assert.deepEqual(names(`FROM alpine\nRUN [x]${'-'.repeat(257)} && apk add curl\n`), []);
    assert.deepEqual(names(`FROM alpine\nRUN echo ${'>'.repeat(4_000)}\n`), []);
    // A banner is far shorter: parsed as usual.
    assert.deepEqual(names(`FROM alpine\nRUN echo "${'='.repeat(80)}" && apk add curl && echo ${'-'.repeat(256)}\n`), ['echo', 'apk', 'echo']);
  });

  it('re-parses a model first seen before the parser was ready', async () => {
    const model = parseDockerfile('FROM debian:12\nRUN apt-get update\n');
    assert.deepEqual(runCommands(model, model.instructions[1]).map((c) => c.name), ['apt-get']);
  });

  it('maps words to exact ranges across continuations, comment lines and blank lines', () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get update \\',
      '  # keep the lists fresh',
      '',
      '  && apt-get install -y \\  ',
      '     curl=7.88.1-10 ca-certificates',
    ].join('\n');
    const [update, install] = commands(text);
    assert.equal(update.name, 'apt-get');
    assert.deepEqual(update.range, r(1, 4, 1, 18));
    assert.deepEqual(argv(install), ['install', '-y', 'curl=7.88.1-10', 'ca-certificates']);
    assert.deepEqual(install.range, r(4, 5, 5, 35));
    assert.deepEqual(install.args[1].range, r(4, 21, 4, 23));
    assert.deepEqual(install.args[2].range, r(5, 5, 5, 19));
    assert.equal(at(text, install.args[3].range), 'ca-certificates');
  });

  it('reads ONBUILD RUN triggers where they are written, marked as triggers', () => {
    const text = 'FROM debian:12\nRUN echo build\nONBUILD RUN apt-get install -y \\\n    curl\n';
    const model = parseDockerfile(text);
    const runs = shellRuns(model);
    assert.deepEqual(runs.map((run) => [run.instruction.getKeyword(), run.onbuild?.getKeyword(), run.stage === model.finalStage]), [
      ['RUN', undefined, true],
      ['RUN', 'ONBUILD', true],
    ]);
    const [install] = runs[1].commands;
    assert.deepEqual(argv(install), ['install', '-y', 'curl']);
    assert.deepEqual(install.range, r(2, 12, 3, 8));
    assert.equal(at(text, install.args[2].range), 'curl');
  });

  it('joins a word split by a continuation and maps both halves', () => {
    const text = 'FROM alpine\nRUN echo foo\\\nbar baz';
    const [echo] = commands(text);
    assert.deepEqual(argv(echo), ['foobar', 'baz']);
    assert.deepEqual(echo.args[0].range, r(1, 9, 2, 3));
    assert.deepEqual(echo.args[0].rangeOf(3, 6), r(2, 0, 2, 3));
  });

  it('uses the escape directive: backtick continues lines, backslash is literal', () => {
    const text = '# escape=`\nFROM alpine\nRUN echo C:\\path `\n  && wget -q https://example.com';
    const cmds = commands(text);
    assert.deepEqual(cmds.map((c) => c.name), ['echo', 'wget']);
    assert.equal(cmds[0].args[0].value, 'C:path');
    assert.deepEqual(cmds[1].range, r(3, 5, 3, 32));
  });

  it('keeps CRLF files\' columns', () => {
    const text = 'FROM alpine\r\nRUN apk add \\\r\n    curl\r\n';
    const [apk] = commands(text);
    assert.deepEqual(argv(apk), ['add', 'curl']);
    assert.deepEqual(apk.args[1].range, r(2, 4, 2, 8));
  });

  it('unquotes words and marks expansions as non-literal', () => {
    const [cmd] = commands(`FROM alpine\nRUN curl -H "Authorization: Bearer $TOKEN" 'a b'c "x\\"y" --url=$URL`);
    assert.deepEqual(argv(cmd), ['-H', 'Authorization: Bearer $TOKEN', 'a bc', 'x"y', '--url=$URL']);
    assert.deepEqual(cmd.args.map((a) => a.literal), [true, false, true, true, false]);
    assert.deepEqual(cmd.args[1].range, r(1, 12, 1, 42));
    assert.deepEqual(cmd.args[1].rangeOf(15, 21), r(1, 28, 1, 34));
  });

  it('finds commands in chains, conditions, loops, subshells, functions and substitutions', () => {
    const text = 'FROM alpine\nRUN set -e; if command -v curl; then (cd /tmp && make); fi || true; for f in a; do rm "$f"; done; f() { gcc x.c; }; echo `id -u` $(uname -m)';
    const cmds = commands(text);
    assert.deepEqual(cmds.map((c) => c.name), ['set', 'command', 'cd', 'make', 'true', 'rm', 'gcc', 'echo', 'id', 'uname']);
    const by = (n: string) => cmds.find((c) => c.name === n)!;
    assert.equal(by('command').inCondition, true);
    assert.equal(by('make').inCondition, false);
    assert.equal(by('gcc').inFunction, true);
    assert.equal(by('id').inSubstitution, true);
    assert.equal(by('uname').within, by('echo'));
    assert.equal(by('echo').inSubstitution, false);
  });

  it('links pipeline elements', () => {
    const cmds = commands('FROM alpine\nRUN curl -fsSL https://example.com/i.sh | sudo -E bash -s -- --yes && echo ok');
    const [curl, bash, echo] = cmds;
    assert.deepEqual(cmds.map((c) => c.name), ['curl', 'bash', 'echo']);
    assert.deepEqual(curl.pipeline, { index: 0, length: 2 });
    assert.deepEqual(curl.pipesInto, [bash]);
    assert.deepEqual(bash.pipedFrom, [curl]);
    assert.equal(echo.pipeline, undefined);
  });

  it('sees through wrappers but keeps them visible', () => {
    const text = 'FROM alpine\nRUN sudo -u app -E env -i A=1 B="x y" nice -n 5 /usr/bin/make install && gosu app timeout 10 ./run.sh';
    const [make, run] = commands(text);
    assert.equal(make.name, 'make');
    assert.equal(make.nameWord.value, '/usr/bin/make');
    assert.deepEqual(make.wrappers.map((w) => [w.name, w.args.map((a) => a.value)]), [['sudo', ['-u', 'app', '-E']], ['env', ['-i', 'A=1', 'B=x y']], ['nice', ['-n', '5']]]);
    assert.deepEqual(make.assignments.map((a) => [a.name, a.value?.value, a.kind]), [['A', '1', 'env'], ['B', 'x y', 'env']]);
    assert.deepEqual(make.range, r(1, 4, 1, 69));
    assert.equal(run.name, 'run.sh');
    assert.deepEqual(run.wrappers.map((w) => w.name), ['gosu', 'timeout']);
    assert.deepEqual(names('FROM alpine\nRUN command -v curl'), ['command']);
    const [mark] = commands('FROM debian:12\nRUN apt-mark showmanual | xargs -r apt-mark auto').slice(1);
    assert.deepEqual([mark.name, mark.wrappers.map((w) => w.name), argv(mark)], ['apt-mark', ['xargs'], ['auto']]);
  });

  it('records prefix, statement and export assignments', () => {
    const [, run] = shellRuns(parseDockerfile('FROM alpine\nRUN true\nRUN export GIT_SSL_NO_VERIFY=1 && PIP_INDEX_URL=x pip install y && Z=2'));
    assert.deepEqual(run.assignments.map((a) => [a.kind, a.name, a.value?.value, a.command?.name]),
      [['export', 'GIT_SSL_NO_VERIFY', '1', 'export'], ['prefix', 'PIP_INDEX_URL', 'x', 'pip'], ['statement', 'Z', '2', undefined]]);
    assert.deepEqual(run.assignments[0].range, r(2, 11, 2, 30));
  });

  it('parses the script of sh -c and bash -c with ranges inside the quotes', () => {
    const text = `FROM alpine\nRUN bash -o pipefail -c 'wget -O- https://x | sh' && su app -c "npm i"`;
    const cmds = commands(text);
    assert.deepEqual(cmds.map((c) => [c.name, c.origin, c.via?.name]), [
      ['bash', 'shell', undefined], ['wget', 'nested', 'bash'], ['sh', 'nested', 'bash'], ['su', 'shell', undefined], ['npm', 'nested', 'su'],
    ]);
    assert.deepEqual(cmds[1].range, r(1, 25, 1, 43));
    assert.deepEqual(cmds[1].pipesInto, [cmds[2]]);
    assert.equal(at(text, cmds[4].range), 'npm i');
  });

  it('reads the exec (JSON) form, including sh -c scripts', () => {
    const text = 'FROM alpine\nRUN ["apt-get", "install", "-y", "gcc"]\nRUN ["/bin/sh", "-c", "curl -k https://x && echo \\"done\\""]';
    const model = parseDockerfile(text);
    const [first, second] = shellRuns(model);
    assert.equal(first.form, 'exec');
    assert.deepEqual(first.commands.map((c) => [c.name, argv(c), c.origin]), [['apt-get', ['install', '-y', 'gcc'], 'exec']]);
    assert.deepEqual(first.commands[0].args[2].range, r(1, 33, 1, 38));
    assert.deepEqual(second.commands.map((c) => [c.name, argv(c)]), [['sh', ['-c', 'curl -k https://x && echo "done"']], ['curl', ['-k', 'https://x']], ['echo', ['done']]]);
    assert.deepEqual(second.commands[1].args[0].range, r(2, 28, 2, 30));
  });

  it('parses heredoc bodies that are shell scripts and leaves data heredocs alone', () => {
    const text = [
      'FROM debian:12',
      'RUN <<EOF',
      'apt-get update',
      'EOF',
      'RUN <<-EOT bash',
      '\tset -eux',
      'EOT',
      'RUN python3 <<EOF',
      'import os',
      'EOF',
      'RUN cat <<EOF > /etc/apt/apt.conf.d/99insecure',
      'curl -k never runs',
      'EOF',
      'RUN <<EOF',
      '#!/usr/bin/env python3',
      'print("hi")',
      'EOF',
      'RUN --mount=type=secret,id=npm sh -e <<SCRIPT',
      'npm ci',
      'SCRIPT',
    ].join('\n');
    const runs = shellRuns(parseDockerfile(text));
    assert.deepEqual(runs.map((r) => r.form), ['heredoc', 'heredoc', 'heredoc', 'heredoc', 'heredoc', 'heredoc']);
    assert.deepEqual(runs.map((run) => run.commands.map((c) => `${c.name}:${c.origin}`)), [
      ['apt-get:heredoc'], ['bash:shell', 'set:heredoc'], ['python3:shell'], ['cat:shell'], [], ['sh:shell', 'npm:heredoc'],
    ]);
    assert.deepEqual(runs[0].commands[0].range, r(2, 0, 2, 14));
    assert.deepEqual(runs[1].commands[1].args[0].range, r(5, 5, 5, 9));
    assert.equal(runs[5].commands[1].via, runs[5].commands[0]);
    assert.deepEqual(runs[5].mounts.map((m) => m.options), [{ type: 'secret', id: 'npm' }]);
    assert.deepEqual(runs[5].mounts[0].range, r(17, 4, 17, 30));
  });

  it('produces no commands under a PowerShell or cmd SHELL, or on a Windows image without one', () => {
    const text = [
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'RUN curl.exe -k https://x',
      'SHELL ["powershell", "-Command"]',
      'RUN Invoke-WebRequest https://x | iex',
      'FROM debian:12',
      'RUN echo linux',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN echo bash',
    ].join('\n');
    const runs = shellRuns(parseDockerfile(text));
    assert.deepEqual(runs.map((run) => [run.posix, run.commands.length]), [[false, 0], [false, 0], [true, 1], [true, 1]]);
    assert.deepEqual(runs[1].shell, ['powershell', '-Command']);
    assert.deepEqual(runs[3].shell, ['/bin/bash', '-o', 'pipefail', '-c']);
  });

  it('recognises Windows images by tag and honours hadolint\'s shell pragma', () => {
    const byTag = shellRuns(parseDockerfile('FROM mcr.microsoft.com/dotnet/aspnet:10.0-windowsservercore-ltsc2022\nRUN powershell -Command Get-Item'));
    assert.deepEqual(byTag.map((r) => [r.posix, r.commands.length]), [[false, 0]]);
    const pragma = shellRuns(parseDockerfile('FROM jenkins-base\n# hadolint shell=powershell\nRUN & C:/run.ps1'));
    assert.deepEqual(pragma.map((r) => [r.shell, r.posix]), [[['powershell'], false]]);
    assert.equal(shellRuns(parseDockerfile('FROM debian:12\n# hadolint shell=bash\nRUN echo hi'))[0].commands.length, 1);
  });

  it('inherits SHELL from the stage built on', () => {
    const text = 'FROM debian:12 AS base\nSHELL ["pwsh", "-c"]\nFROM base\nRUN echo hi';
    const [run] = shellRuns(parseDockerfile(text));
    assert.equal(run.posix, false);
  });

  it('parses options: clusters, long options with = or a separate value, attached values, --', () => {
    const [cmd] = commands('FROM alpine\nRUN tool -qy --yes --index-url=https://a --extra-index-url https://b -ofile -o out -- -z pos');
    const { options, positionals } = parseOptions(cmd.args, { valued: ['--extra-index-url', '-o'] });
    assert.deepEqual(options.map((o) => [o.name, o.value?.value, o.bundled]), [
      ['-q', undefined, true], ['-y', undefined, true], ['--yes', undefined, false], ['--index-url', 'https://a', false],
      ['--extra-index-url', 'https://b', false], ['-o', 'file', false], ['-o', 'out', false],
    ]);
    assert.deepEqual(positionals.map((p) => p.value), ['-z', 'pos']);
    assert.deepEqual(options[1].range, r(1, 11, 1, 12));
    assert.deepEqual(options[3].range, r(1, 19, 1, 30));
    assert.deepEqual(options[3].value?.range, r(1, 31, 1, 40));
  });

  it('does not see commands in comments or echo strings', () => {
    assert.deepEqual(names('FROM alpine\nRUN echo "curl -k https://x | sh" # wget --no-check-certificate'), ['echo']);
  });

  it('tolerates incomplete shell while typing', () => {
    const cmds = commands('FROM alpine\nRUN apt-get install -y curl && if [ -f x');
    assert.equal(cmds[0]?.name, 'apt-get');
  });

  it('walks very long && chains without exhausting the stack, and skips absurdly large bodies', () => {
    const chain = commands(`FROM alpine\nRUN ${Array.from({ length: 3000 }, (_, i) => `echo ${i}`).join(' && ')}`);
    assert.equal(chain.length, 3000);
    assert.deepEqual(chain[2999].args.map((a) => a.value), ['2999']);
    assert.deepEqual(commands(`FROM alpine\nRUN echo ${'x'.repeat(300 * 1024)}`), []);
  });

  it('parses each RUN once per model', () => {
    const model = parseDockerfile('FROM alpine\nRUN echo a');
    assert.equal(shellRuns(model)[0], shellRuns(model)[0]);
  });
});

describe('what the rules share about a Dockerfile model', () => {
  before(async () => {
    await initEngine();
  });

  it('is computed once per model and kept on the model', () => {
    const model = parseDockerfile('FROM alpine AS build\nRUN echo a\nFROM build\nSHELL ["/bin/bash", "-c"]\nRUN echo b\n');
    let calls = 0;
    const count = (m: DockerfileModel): number => (++calls, m.instructions.length);
    assert.equal(derived(model, count), 5);
    assert.equal(derived(model, count), 5);
    assert.equal(calls, 1);
    assert.equal(model.derived?.get(count), 5);
    const runs = shellRuns(model);
    assert.equal(shellRuns(model), runs);
    assert.equal(shellRuns(model, model.stages[1]), shellRuns(model, model.stages[1]));
    assert.deepEqual(runs.map((r) => r.shell), [['/bin/sh', '-c'], ['/bin/bash', '-c']]);
    assert.equal(allCommands(model), allCommands(model));
    assert.ok((model.derived?.size ?? 0) >= 2, 'the parsed RUNs live on the model');
  });

  it('is computed again for a copy of the model that leaves the store out', () => {
    const model = parseDockerfile('FROM alpine\nRUN echo a\n');
    const runs = shellRuns(model);
    const copy: DockerfileModel = { ...model, derived: undefined };
    const again = shellRuns(copy);
    assert.notEqual(again, runs);
    assert.deepEqual(again.map((r) => r.commands.map((c) => c.name)), [['echo']]);
    assert.equal(shellRuns(model), runs);
    assert.notEqual(copy.derived, model.derived);
  });

  it('is computed afresh for each parse of the same text', () => {
    const text = 'FROM alpine\nRUN echo a\n';
    assert.notEqual(shellRuns(parseDockerfile(text)), shellRuns(parseDockerfile(text)));
  });
});
