import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { argumentsRangesOf, libraryArgumentsRanges, libraryRawArguments, rawArgumentsOf } from '../../server/src/parse/dockerfile-args.js';
import { onbuildTrigger, parseDockerfile } from '../../server/src/parse/dockerfile.js';
import { corpusFiles, skipWithoutCorpus } from '../helpers/corpus.js';

/** Arguments as plain data: value and range. */
const plain = (args: ReturnType<Instruction['getArguments']>) => args.map((a) => [a.getValue(), a.getRange()]);

/** Every instruction of the text (ONBUILD triggers too), as the library parses it. */
function instructionsOf(text: string): Instruction[] {
  const out: Instruction[] = [];
  for (const instr of DockerfileParser.parse(text).getInstructions()) {
    out.push(instr);
    const trigger = onbuildTrigger(instr);
    if (trigger) out.push(trigger);
  }
  return out;
}

/** The first instruction whose arguments or argument ranges differ from the library's, or undefined. */
function firstDifference(text: string): string | undefined {
  for (const instr of instructionsOf(text)) {
    const ours = plain(rawArgumentsOf(instr));
    const theirs = plain(libraryRawArguments.call(instr));
    const ourRanges = argumentsRangesOf(instr);
    const theirRanges = libraryArgumentsRanges.call(instr);
    try {
      assert.deepStrictEqual(ours, theirs);
      assert.deepStrictEqual(ourRanges, theirRanges);
    } catch {
      return `${JSON.stringify(instr.getTextContent())}: ${JSON.stringify([ours, ourRanges])} vs ${JSON.stringify([theirs, theirRanges])}`;
    }
  }
  return undefined;
}

describe('rawArgumentsOf and argumentsRangesOf', () => {
  it('splits words at spaces, tabs and line breaks, with their ranges', () => {
    const [, run] = instructionsOf('FROM a\nRUN  echo\t"x y" \\\n  && ls # no comment\n');
    assert.deepEqual(plain(rawArgumentsOf(run)), [
      ['echo', { start: { line: 1, character: 5 }, end: { line: 1, character: 9 } }],
      ['"x', { start: { line: 1, character: 10 }, end: { line: 1, character: 12 } }],
      ['y"', { start: { line: 1, character: 13 }, end: { line: 1, character: 15 } }],
      ['&&', { start: { line: 2, character: 2 }, end: { line: 2, character: 4 } }],
      ['ls', { start: { line: 2, character: 5 }, end: { line: 2, character: 7 } }],
      ['#', { start: { line: 2, character: 8 }, end: { line: 2, character: 9 } }],
      ['no', { start: { line: 2, character: 10 }, end: { line: 2, character: 12 } }],
      ['comment', { start: { line: 2, character: 13 }, end: { line: 2, character: 20 } }],
    ]);
  });

  it('joins a word across an escaped line break, skips comment lines inside it and keeps \\$', () => {
    const [, env] = instructionsOf('FROM a\r\nENV A=b\\\r\n# note\r\nc \\$HOME \\ \r\n x\r\n');
    assert.deepEqual(plain(rawArgumentsOf(env)), [
      ['A=bc', { start: { line: 1, character: 4 }, end: { line: 3, character: 1 } }],
      ['\\$HOME', { start: { line: 3, character: 2 }, end: { line: 3, character: 8 } }],
      ['x', { start: { line: 4, character: 1 }, end: { line: 4, character: 2 } }],
    ]);
  });

  it('follows the escape directive', () => {
    const [, run] = instructionsOf('# escape=`\nFROM a\nRUN dir c:\\ `\n  /s\n');
    assert.deepEqual(plain(rawArgumentsOf(run)), [
      ['dir', { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } }],
      ['c:\\', { start: { line: 2, character: 8 }, end: { line: 2, character: 11 } }],
      ['/s', { start: { line: 3, character: 2 }, end: { line: 3, character: 4 } }],
    ]);
  });

  it('gives the text of the arguments line by line, without escaped line breaks and comment lines', () => {
    const [, run] = instructionsOf('FROM a\nRUN --mount=type=cache,target=/c apt-get update \\\n# note\n    && apt-get install -y \\ \n      curl\n');
    assert.deepEqual(argumentsRangesOf(run), [
      { start: { line: 1, character: 33 }, end: { line: 1, character: 48 } },
      { start: { line: 3, character: 0 }, end: { line: 3, character: 26 } },
      { start: { line: 4, character: 0 }, end: { line: 4, character: 10 } },
    ]);
    assert.equal(run.getArgumentsContent(), 'apt-get update     && apt-get install -y       curl');
  });

  it('is what the library computes for every instruction of the corpus', { skip: skipWithoutCorpus() }, () => {
    let instructions = 0;
    for (const file of corpusFiles('dockerfile')) {
      const text = readFileSync(file.path, 'utf8');
      instructions += instructionsOf(text).length;
      assert.equal(firstDifference(text), undefined, file.path);
    }
    assert.ok(instructions > 8_000, `${instructions} instructions`);
  });

  it('is what the library computes for generated text full of escapes, breaks and comments', () => {
    const piece = fc.constantFrom('RUN ', 'ENV ', 'ONBUILD RUN ', 'a', 'b=', '$', '"', ' ', '  ', '\t', '\\', '`', '\n', '\r\n', '\r', '#', '# c\n', '\\ \n', '\\\t\r\n', '\\\n', '\\$');
    const directive = fc.constantFrom('', '# escape=`\n', '# escape=\\\n', '\uFEFF');
    const text = fc.tuple(directive, fc.array(piece, { maxLength: 40 })).map(([d, parts]) => `${d}FROM x\n${parts.join('')}`);
    fc.assert(fc.property(text, (t) => firstDifference(t) === undefined), { seed: 15, numRuns: 4000 });
  });

  it('is what parseDockerfile gives the rules', () => {
    const model = parseDockerfile('FROM a AS b\nCOPY --from=b --chown=1 x \\\n  y /z\nONBUILD RUN a \\\n b\n');
    const [, copy, onbuild] = model.instructions;
    assert.deepEqual(copy.getArguments().map((a) => a.getValue()), ['x', 'y', '/z']);
    assert.deepEqual(plain(copy.getArguments()), plain(instructionsOf(model.text)[1].getArguments()));
    assert.deepEqual(onbuildTrigger(onbuild)?.getArguments().map((a) => a.getValue()), ['a', 'b']);
  });
});
