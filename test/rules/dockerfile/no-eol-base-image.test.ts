import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectClean, expectFindings, findingsOf, fixTitles } from '../../helpers/annotated.js';

const ID = 'no-eol-base-image';
const on = (today: string) => ({ settings: { ruleOptions: { [ID]: { today } } } });
const today = on('2026-11-28');

describe(ID, () => {
  it('flags end-of-life language runtimes in any stage', () => {
    expectFindings(ID, `FROM golang:1.21-alpine AS build
#    ^^^^^^^^^^^^^^^^^^ no-eol-base-image "'golang:1.21-alpine': Go 1.21 reached end of life on 2024-08-13; use golang:1.26"
FROM node:16
#    ^^^^^^^ no-eol-base-image "'node:16': Node.js 16 (gallium) reached end of life on 2023-09-11; use node:24"
FROM python:3.8.10-slim
#    ^^^^^^^^^^^^^^^^^^ no-eol-base-image "'python:3.8.10-slim': Python 3.8 reached end of life on 2024-10-07; use python:3.14"`, today);
  });

  it('flags end-of-life distribution suffixes and releases', () => {
    expectFindings(ID, `FROM python:3.12-slim-buster
#    ^^^^^^^^^^^^^^^^^^^^^^^ no-eol-base-image "'python:3.12-slim-buster': Debian 10 (buster) reached end of life on 2024-06-30; use a -trixie or -bookworm variant of the tag"
FROM ubuntu:18.04
#    ^^^^^^^^^^^^ no-eol-base-image "'ubuntu:18.04': Ubuntu 18.04 (bionic) reached end of life on 2023-05-31; use ubuntu:24.04"
FROM alpine:3.17
#    ^^^^^^^^^^^ no-eol-base-image
FROM debian:buster-slim
#    ^^^^^^^^^^^^^^^^^^ no-eol-base-image
FROM node:22-alpine3.17
#    ^^^^^^^^^^^^^^^^^^ no-eol-base-image "'node:22-alpine3.17': Alpine Linux 3.17 reached end of life on 2024-11-22; use an -alpine3.23 variant of the tag"`, today);
  });

  it('names deprecated images', () => {
    expectFindings(ID, `FROM openjdk:11-jre-slim
#    ^^^^^^^^^^^^^^^^^^^ no-eol-base-image "'openjdk:11-jre-slim': the openjdk image is deprecated upstream since 2022-07-01; use eclipse-temurin:21-jre"
FROM centos:7
#    ^^^^^^^^ no-eol-base-image`, today);
    expectClean(ID, 'FROM openjdk:26-ea-slim', today);
  });

  it('compares against the given date', () => {
    expectClean(ID, 'FROM python:3.10-slim', on('2026-10-30'));
    expectFindings(ID, `FROM python:3.10-slim
#    ^^^^^^^^^^^^^^^^ no-eol-base-image`, on('2026-10-31'));
    expectFindings(ID, `FROM mcr.microsoft.com/dotnet/aspnet:8.0
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-eol-base-image "'mcr.microsoft.com/dotnet/aspnet:8.0': .NET 8.0 reached end of life on 2026-11-10; use mcr.microsoft.com/dotnet/aspnet:10.0"`, today);
  });

  it('stays quiet on supported, unversioned and unknown images', () => {
    expectClean(ID, `FROM python:3.13-slim-bookworm
FROM node:lts-alpine
FROM python:latest
FROM golang:1.26
FROM ghcr.io/acme/python:3.8
FROM mycompany/node:16
ARG PY
FROM python:\${PY}-slim
FROM scratch`, today);
  });

  it('resolves the image from an ARG default', () => {
    expectFindings(ID, `ARG NODE_VERSION=14
FROM node:\${NODE_VERSION}-alpine
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-eol-base-image`, today);
  });
});

describe(`${ID} fix`, () => {
  const move = (from: string) => applyFix(ID, `FROM ${from}\n`, today);
  it('moves to the supported release, keeping variant suffixes and --platform', () => {
    assert.deepEqual(fixTitles(ID, 'FROM --platform=linux/amd64 python:3.8.10-slim-buster AS app\n', today), ['Move to python:3.14-slim-trixie (a supported release: check the application still works on it)']);
    assert.equal(applyFix(ID, 'FROM --platform=linux/amd64 python:3.8.10-slim-buster AS app\n', today), 'FROM --platform=linux/amd64 python:3.14-slim-trixie AS app\n');
    assert.equal(move('node:16-alpine3.17'), 'FROM node:24-alpine3.23\n');
    assert.equal(move('golang:1.21-bookworm'), 'FROM golang:1.26-bookworm\n');
    assert.equal(move('debian:buster-slim'), 'FROM debian:trixie-slim\n');
    assert.equal(move('ubuntu:18.04'), 'FROM ubuntu:24.04\n');
    assert.equal(move('docker.io/library/python:3.12-slim-bullseye'), 'FROM docker.io/library/python:3.12-slim-trixie\n');
  });

  it('drops a digest and says it must be pinned again', () => {
    const before = 'FROM node:16@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n';
    assert.deepEqual(fixTitles(ID, before, today), ['Move to node:24 (a supported release; the digest was dropped: pin it again)']);
    assert.equal(applyFix(ID, before, today), 'FROM node:24\n');
  });

  it('offers no fix for deprecated images, CentOS, Ubuntu code-name suffixes and build arguments', () => {
    for (const text of ['FROM openjdk:11-jre-slim\n', 'FROM centos:7\n', 'FROM python:3.12-focal\n', 'ARG V=3.8\nFROM python:${V}\n']) {
      assert.deepEqual(findingsOf(ID, text, today).map((f) => f.fixes.length), [0], text);
    }
  });
});
