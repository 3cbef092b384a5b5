import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { positionFinder } from '../../server/src/parse/lines.js';
import { deepFlowAt, MAX_FLOW_RUN, parseYaml } from '../../server/src/parse/yaml.js';

describe('deepFlowAt', () => {
  it('finds no deep run in files without openers or with short runs', () => {
    assert.equal(deepFlowAt(''), -1);
    assert.equal(deepFlowAt('a: 1\nb: two\n'), -1);
    assert.equal(deepFlowAt('a: [1, [2, {c: [3]}]]\nb: {x: [[[]]]}\n'), -1);
    assert.equal(deepFlowAt(`a: ${'['.repeat(MAX_FLOW_RUN)}`), -1);
  });

  it('points at the first opener of a run one past the limit, blanks between openers counting as the run', () => {
    assert.equal(deepFlowAt(`a: ${'['.repeat(MAX_FLOW_RUN + 1)}`), 3);
    assert.equal(deepFlowAt(`a: 1\nb: ${'{ '.repeat(MAX_FLOW_RUN / 2)}\n\t${'[\r\n'.repeat(MAX_FLOW_RUN / 2 + 1)}`), 8);
  });

  it('starts counting again after a character that opens nothing', () => {
    const half = '['.repeat(MAX_FLOW_RUN / 2 + 1);
    assert.equal(deepFlowAt(`${half}x${half}`), -1);
    assert.equal(deepFlowAt(`{x${'{'.repeat(MAX_FLOW_RUN)}y[${'{'.repeat(MAX_FLOW_RUN)}`), 3 + MAX_FLOW_RUN);
  });

  it('a deep run makes parseYaml report it where it starts and parse nothing', () => {
    const model = parseYaml(`a: 1\nb: ${'[ {'.repeat(MAX_FLOW_RUN)}`);
    assert.equal(model.docs.length, 0);
    assert.deepEqual(model.errors, [{
      message: `more than ${MAX_FLOW_RUN} flow collections opened in a row; the file is not analysed`,
      range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } },
    }]);
  });
});

describe('positionFinder', () => {
  it('counts \\n, \\r\\n and a lone \\r as line ends', () => {
    const text = 'ab\ncd\r\nef\rg\n';
    const at = positionFinder(text);
    assert.deepEqual([0, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 99].map(at), [
      { line: 0, character: 0 }, { line: 0, character: 2 }, { line: 1, character: 0 }, { line: 1, character: 2 },
      { line: 1, character: 2 }, { line: 2, character: 0 }, { line: 2, character: 1 }, { line: 3, character: 0 },
      { line: 3, character: 1 }, { line: 4, character: 0 }, { line: 4, character: 0 }, { line: 4, character: 0 },
    ]);
  });

  it('gives the same positions in a text with \\n alone', () => {
    const text = '\nab\n\ncd';
    const at = positionFinder(text);
    assert.deepEqual([-1, 0, 1, 2, 3, 4, 5, 6, 7, 8].map(at), [
      { line: 0, character: 0 }, { line: 0, character: 0 }, { line: 1, character: 0 }, { line: 1, character: 1 },
      { line: 1, character: 2 }, { line: 2, character: 0 }, { line: 3, character: 0 }, { line: 3, character: 1 },
      { line: 3, character: 2 }, { line: 3, character: 2 },
    ]);
    assert.deepEqual(positionFinder('')(0), { line: 0, character: 0 });
  });
});
