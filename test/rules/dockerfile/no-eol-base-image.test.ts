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

describe(`${ID} once per image`, () => {
  it('reports the same end-of-life image once, with the other FROMs as related locations, and moves them all', () => {
    const text = 'FROM python:3.8-slim AS deps\nRUN pip wheel -w /w flask\n\nFROM python:3.8-slim AS test\nRUN true\n\nFROM python:3.8-slim\nCOPY --from=deps /w /w\n';
    const findings = findingsOf(ID, text, today);
    assert.deepEqual(findings.map((f) => [f.range.start.line, f.message, (f.related ?? []).map((r) => [r.range.start.line, r.message])]), [[0,
      "'python:3.8-slim': Python 3.8 reached end of life on 2024-10-07; use python:3.14 (also the base of the FROM on lines 4, 7)",
      [[3, "'python:3.8-slim' again: past end of life"], [6, "'python:3.8-slim' again: past end of life"]]]]);
    assert.equal(applyFix(ID, text, today), text.replaceAll('python:3.8-slim', 'python:3.14-slim'));
    // Different images are different findings.
    assert.equal(findingsOf(ID, 'FROM node:16 AS a\nFROM node:16-alpine\n', today).length, 2);
  });
});

describe(`${ID} Java, MySQL, Redis and MongoDB`, () => {
  it('flags non-LTS Java feature releases past their six months, and keeps LTS ones', () => {
    expectFindings(ID, `FROM eclipse-temurin:24-jdk AS build
#    ^^^^^^^^^^^^^^^^^^^^^^ no-eol-base-image "'eclipse-temurin:24-jdk': Java (Eclipse Temurin) 24 reached end of life on 2025-09-16; use eclipse-temurin:25"
FROM maven:3.9-eclipse-temurin-22
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-eol-base-image "'maven:3.9-eclipse-temurin-22': Java (Eclipse Temurin) 22 reached end of life on 2024-09-17; use a -eclipse-temurin-25 (or -21) variant of the tag"
FROM eclipse-temurin:21-jre`, today);
    expectClean(ID, 'FROM eclipse-temurin:17-jre\nFROM eclipse-temurin:25-jdk-noble\nFROM maven:3.9-eclipse-temurin-21\n', today);
    assert.equal(applyFix(ID, 'FROM eclipse-temurin:24-jdk-alpine\n', today), 'FROM eclipse-temurin:25-jdk-alpine\n');
    assert.equal(applyFix(ID, 'FROM maven:3.9.9-eclipse-temurin-23-alpine\n', today), 'FROM maven:3.9.9-eclipse-temurin-25-alpine\n');
  });

  it('flags database releases past end of life', () => {
    expectFindings(ID, `FROM mysql:5.7
#    ^^^^^^^^^ no-eol-base-image "'mysql:5.7': MySQL 5.7 reached end of life on 2023-10-31; use mysql:8.4"
FROM mysql:5
#    ^^^^^^^ no-eol-base-image "'mysql:5': MySQL 5.7 reached end of life on 2023-10-31; use mysql:8.4"
FROM redis:6.0-alpine
#    ^^^^^^^^^^^^^^^^ no-eol-base-image "'redis:6.0-alpine': Redis 6.0 reached end of life on 2023-08-15; use redis:8.2"
FROM mongo:4.4
#    ^^^^^^^^^ no-eol-base-image "'mongo:4.4': MongoDB 4.4 reached end of life on 2024-02-29; use mongo:8.0"`, today);
    expectClean(ID, 'FROM mysql:8.4\nFROM mysql:8\nFROM redis:7.4-alpine\nFROM redis:8\nFROM mongo:7.0\nFROM mongo:8\n', today);
    assert.equal(applyFix(ID, 'FROM mongo:5.0.9-jammy\n', today), 'FROM mongo:8.0-jammy\n');
  });
});

describe(`${ID} old releases`, () => {
  it('knows Node.js 0.x, 4 to 9 and PostgreSQL 9.3 to 9.5', () => {
    assert.deepEqual(findingsOf(ID, 'FROM node:0.10.40\nFROM node:6-slim\nFROM postgres:9.4\n', today).map((f) => f.message), [
      "'node:0.10.40': Node.js 0.10 reached end of life on 2016-10-31; use node:24",
      "'node:6-slim': Node.js 6 (boron) reached end of life on 2019-04-30; use node:24",
      "'postgres:9.4': PostgreSQL 9.4 reached end of life on 2020-02-13; use postgres:17",
    ]);
  });
});
