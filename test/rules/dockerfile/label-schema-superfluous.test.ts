import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'label-schema-superfluous';
const strict = { settings: { labelSchema: { source: 'url' as const }, strictLabels: true } };

describe(ID, () => {
  it('is quiet without strict-labels', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL team=x', { settings: { labelSchema: { source: 'url' } } }), []);
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nLABEL team=x', { settings: { labelSchema: { source: 'url' }, strictLabels: false } }), []);
  });

  it('flags each LABEL with labels outside the schema once, spanning and naming them', () => {
    expectFindings(ID, `FROM debian:12
LABEL source=https://example.com team=payments
#                                ^^^^^^^^^^^^^ label-schema-superfluous "Label 'team' is not in the label schema, and strict-labels allows no others"
LABEL a=1 source=https://example.com "b"=2
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ label-schema-superfluous "Labels 'a', 'b' are not in the label schema, and strict-labels allows no others"`, strict);
  });

  it('flags every label when strict-labels comes without a schema', () => {
    expectFindings(ID, `FROM debian:12
LABEL source=x
#     ^^^^^^^^ label-schema-superfluous`, { settings: { strictLabels: true } });
  });

  it('accepts labels of the schema', () => {
    expectClean(ID, 'FROM debian:12\nLABEL source=https://example.com\nLABEL "source"=y', strict);
  });

  describe('fix', () => {
    it('removes the pair from its LABEL, keeping the others as written', () => {
      const before = 'FROM debian:12\nLABEL source=https://example.com team=payments\nUSER app\n';
      assert.deepEqual(fixTitles(ID, before, strict), ["Remove the label 'team', or add it to the label schema instead"]);
      assert.equal(applyFix(ID, before, strict), 'FROM debian:12\nLABEL source=https://example.com\nUSER app\n');
      assert.equal(applyFix(ID, 'FROM debian:12\nLABEL a=1 source=x "b"=2\n', strict), 'FROM debian:12\nLABEL source=x\n');
      assert.deepEqual(fixTitles(ID, 'FROM debian:12\nLABEL a=1 source=x "b"=2\n', strict), ["Remove the labels 'a', 'b', or add them to the label schema instead"]);
    });

    it('removes the whole LABEL when all its pairs go', () => {
      const before = 'FROM debian:12\nLABEL team=payments \\\n      owner=me\nUSER app\n';
      assert.deepEqual(fixTitles(ID, before, strict), ["Remove the LABEL instruction ('team', 'owner'), or add them to the label schema instead"]);
      assert.equal(applyFix(ID, before, strict), 'FROM debian:12\nUSER app\n');
    });

    it('keeps continuation lines tidy', () => {
      const lines = (...l: string[]) => `FROM debian:12\n${l.join('\n')}\nUSER app\n`;
      assert.equal(applyFix(ID, lines('LABEL source=x \\', '      team=payments \\', '      version=1'), { settings: { labelSchema: { source: 'url' as const, version: 'text' as const }, strictLabels: true } }), lines('LABEL source=x \\', '      version=1'));
      assert.equal(applyFix(ID, lines('LABEL source=x \\', '      team=payments'), strict), lines('LABEL source=x'));
      assert.equal(applyFix(ID, lines('LABEL team=payments \\', '      source=x'), strict), lines('LABEL source=x'));
    });

    it('offers no fix when a comment sits between the labels', () => {
      assert.deepEqual(fixTitles(ID, 'FROM debian:12\nLABEL source=x \\\n# the team\n      team=payments\n', strict), []);
    });
  });
});
