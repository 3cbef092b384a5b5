import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, fixTitles } from '../../helpers/annotated.js';
import { D_AMD64, D_NEW, D_OLD, facts, projectWithImages } from '../../helpers/images.js';

const ID = 'no-stale-digest-pin';
const moved = { project: projectWithImages({ 'python:3.12': facts({ digest: D_NEW, manifestDigest: D_AMD64 }) }) };
const MSG = "'python:3.12' now points to sha256:bbbbbbbbbbbb…, not the pinned sha256:aaaaaaaaaaaa…: the tag was re-pushed (often with security fixes); review the new image and update the digest";

describe(ID, () => {
  it('says nothing without registry resolution', () => {
    expectClean(ID, `FROM python:3.12@${D_OLD}`);
  });

  it('reports a pin whose tag now points elsewhere', () => {
    expectFindings(ID, `FROM python:3.12@${D_OLD} AS build
#    ${'^'.repeat(`python:3.12@${D_OLD}`.length)} no-stale-digest-pin "${MSG}"
FROM build`, moved);
  });

  it('accepts the current index digest and the current digest of the platform manifest', () => {
    expectClean(ID, `FROM python:3.12@${D_NEW}`, moved);
    expectClean(ID, `FROM python:3.12@${D_AMD64}`, moved);
  });

  it('asks for the platform FROM --platform names and leaves digest-only references alone', () => {
    const project = projectWithImages({ 'python:3.12|linux/arm64': facts({ digest: D_NEW }) });
    expectFindings(ID, `FROM --platform=linux/arm64 python:3.12@${D_OLD}
#                           ${'^'.repeat(`python:3.12@${D_OLD}`.length)} no-stale-digest-pin`, { project });
    expectClean(ID, `FROM python@${D_OLD}`, { project });
    assert.deepEqual(project.asked.filter((k) => !k.includes('@')), ['python:3.12|linux/arm64'], 'only the tag of a tag@digest pin is asked about');
  });

  it('updates the digest, keeping the tag and --platform (unsafe: the image changes)', () => {
    const project = projectWithImages({ 'python:3.12|linux/arm64': facts({ digest: D_NEW }) });
    const text = `FROM --platform=linux/arm64 python:3.12@${D_OLD} AS base\nRUN true\n`;
    assert.deepEqual(fixTitles(ID, text, { project }), ['Update the digest to what 3.12 points to now (sha256:bbbbbbbbbbbb…)']);
    assert.equal(applyFix(ID, text, { project }), `FROM --platform=linux/arm64 python:3.12@${D_NEW} AS base\nRUN true\n`);
  });

  it('reports but does not edit an image from a build argument', () => {
    const text = `ARG BASE=python:3.12@${D_OLD}\nFROM $BASE`;
    expectFindings(ID, `${text}\n#    ^^^^^ no-stale-digest-pin`, moved);
    assert.deepEqual(fixTitles(ID, text, moved), []);
  });
});
