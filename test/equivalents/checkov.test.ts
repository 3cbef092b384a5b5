/**
 * Checkov's Dockerfile checks (checkov/dockerfile/checks/*.py and the graph
 * checks CKV2_DOCKER_*, with their success/failure fixtures), against the
 * Shipshape rules that list them.
 */
import { describeEquivalents } from './cases.js';

const SHA = 'sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb';

describeEquivalents('checkov', {
  CKV_DOCKER_1: {
    rules: ['no-expose-ssh'],
    cases: [
      { name: 'EXPOSE 22', fires: true, text: 'FROM ubuntu:22.04\nRUN apt-get install -y openssh-server\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]' },
      { name: 'EXPOSE 22/tcp among other ports', fires: true, text: 'FROM ubuntu:22.04\nEXPOSE 3000 22/tcp' },
      { name: 'other ports', fires: false, text: 'FROM ubuntu:22.04\nEXPOSE 3000 8080' },
    ],
  },
  CKV_DOCKER_2: {
    rules: ['require-healthcheck'],
    cases: [
      { name: 'no HEALTHCHECK', fires: true, text: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]' },
      { name: 'no HEALTHCHECK on scratch', fires: true, text: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]' },
      { name: 'HEALTHCHECK', fires: false, text: 'FROM python:3.12-slim\nCOPY . /app\nHEALTHCHECK CMD curl --fail http://localhost:8000/health || exit 1\nCMD ["python", "/app/main.py"]' },
      { name: 'no HEALTHCHECK in any stage of a multi-stage build', fires: true, text: 'FROM python:3.12 AS build\nRUN pip wheel -w /wheels .\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\nCMD ["python", "-m", "app"]' },
      { name: 'HEALTHCHECK NONE', fires: false, text: 'FROM python:3.12-slim\nHEALTHCHECK NONE\nCMD ["python", "/app/main.py"]' },
      { name: 'HEALTHCHECK only in a builder stage', fires: false, text: 'FROM python:3.12 AS build\nHEALTHCHECK CMD true\nRUN pip wheel -w /wheels .\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\nCMD ["python", "-m", "app"]' },
      { name: 'HEALTHCHECK inherited from an earlier stage', fires: false, text: 'FROM python:3.12-slim AS base\nHEALTHCHECK CMD curl --fail http://localhost:8000/health || exit 1\nFROM base\nCMD ["python", "-m", "app"]' },
    ],
  },
  CKV_DOCKER_3: {
    rules: ['require-user'],
    cases: [
      { name: 'no USER', fires: true, text: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]' },
      { name: 'no USER on scratch', fires: true, text: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]' },
      { name: 'a USER', fires: false, text: 'FROM python:3.12-slim\nCOPY . /app\nUSER nobody\nCMD ["python", "/app/main.py"]' },
      { name: 'USER root (CKV_DOCKER_8\'s concern)', fires: false, text: 'FROM python:3.12-slim\nUSER root\nCMD ["python", "/app/main.py"]' },
    ],
  },
  CKV_DOCKER_7: {
    rules: ['no-latest-tag', 'require-base-image-tag'],
    cases: [
      { name: 'no tag', fires: true, text: 'FROM alpine\nRUN apk add --no-cache curl' },
      { name: 'latest tag', fires: true, text: 'FROM alpine:latest\nRUN apk add --no-cache curl' },
      { name: 'version tag', fires: false, text: 'FROM alpine:3.20\nRUN apk add --no-cache curl' },
      { name: 'scratch', fires: false, text: 'FROM scratch\nCOPY app /app' },
      { name: 'multi-stage with an alias', fires: false, text: 'FROM alpine:3.20 as builder\nRUN make\nFROM builder\nRUN make test' },
      { name: '--platform and a tag', fires: false, text: 'FROM --platform=linux/amd64 alpine:3.20 AS build\nRUN make' },
      { name: 'digest', fires: false, text: `FROM alpine@${SHA}` },
    ],
  },
  CKV_DOCKER_8: {
    rules: ['no-root-user'],
    cases: [
      { name: 'last USER is root', fires: true, text: 'FROM python:3.12-slim\nUSER root\nCMD ["python", "/app/main.py"]' },
      { name: 'root, then another user', fires: false, text: 'FROM python:3.12-slim\nUSER root\nRUN pip install flask\nUSER app\nCMD ["python", "/app/main.py"]' },
      { name: 'no USER', fires: false, text: 'FROM python:3.12-slim\nCMD ["python", "/app/main.py"]' },
    ],
  },
  CKV_DOCKER_10: {
    rules: ['absolute-workdir'],
    cases: [
      { name: 'relative WORKDIR', fires: true, text: 'FROM node:20\nWORKDIR app\nCOPY . .' },
      { name: 'absolute WORKDIR', fires: false, text: 'FROM node:20\nWORKDIR /app\nCOPY . .' },
      { name: 'WORKDIR from a variable', fires: false, text: 'FROM node:20\nWORKDIR $HOME/app\nCOPY . .' },
    ],
  },
  CKV_DOCKER_11: {
    rules: ['duplicate-stage-name'],
    cases: [
      { name: 'duplicate alias', fires: true, text: 'FROM node:20 as build\nRUN npm ci\nFROM node:20 as build\nRUN npm run build' },
      { name: 'distinct aliases', fires: false, text: 'FROM node:20 as deps\nRUN npm ci\nFROM node:20 as build\nRUN npm run build' },
      { name: 'no aliases', fires: false, text: 'FROM node:20\nRUN npm ci\nFROM node:20\nRUN npm run build' },
    ],
  },
  CKV2_DOCKER_1: {
    rules: ['no-sudo'],
    cases: [
      { name: 'sudo', fires: true, text: 'FROM ubuntu:22.04\nRUN sudo apt-get update' },
      { name: 'sudo in a chained command', fires: true, text: 'FROM ubuntu:22.04\nRUN apt-get update && sudo apt-get install -y curl' },
      { name: 'no sudo', fires: false, text: 'FROM ubuntu:22.04\nRUN apt-get update' },
    ],
  },
  CKV2_DOCKER_2: {
    rules: ['no-curl-insecure'],
    cases: [
      { name: 'curl -k', fires: true, text: 'FROM ubuntu:22.04\nRUN curl -k https://example.com/install.sh -o /tmp/install.sh' },
      { name: 'curl -k among combined short options', fires: true, text: 'FROM ubuntu:22.04\nRUN curl -fsSLk https://example.com/install.sh | sh' },
      { name: 'curl --insecure', fires: true, text: 'FROM ubuntu:22.04\nRUN curl --insecure https://example.com/install.sh -o /tmp/install.sh' },
      { name: 'curl with verification', fires: false, text: 'FROM ubuntu:22.04\nRUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh' },
    ],
  },
  CKV2_DOCKER_3: {
    rules: ['no-wget-no-check-certificate'],
    cases: [
      { name: 'wget --no-check-certificate', fires: true, text: 'FROM ubuntu:22.04\nRUN wget --no-check-certificate https://example.com/file.tar.gz' },
      { name: 'wget --no-check-certificate in a builder stage', fires: true, text: 'FROM ubuntu:22.04 AS fetch\nRUN wget -q --no-check-certificate https://example.com/tool -O /tool\nFROM ubuntu:22.04\nCOPY --from=fetch /tool /tool' },
      { name: 'wget with verification', fires: false, text: 'FROM ubuntu:22.04\nRUN wget https://example.com/file.tar.gz' },
    ],
  },
  CKV2_DOCKER_4: {
    rules: ['no-pip-trusted-host'],
    cases: [
      { name: 'pip --trusted-host', fires: true, text: 'FROM python:3.12-slim\nRUN pip install --trusted-host pypi.org requests' },
      { name: 'pip3 --trusted-host', fires: true, text: 'FROM python:3.12-slim\nRUN pip3 install --trusted-host=pypi.example.com requests' },
      { name: 'pip without it', fires: false, text: 'FROM python:3.12-slim\nRUN pip install requests' },
    ],
  },
  CKV2_DOCKER_5: {
    rules: ['no-python-https-verify-off'],
    cases: [
      { name: 'ENV PYTHONHTTPSVERIFY=0', fires: true, text: 'FROM python:3.12-slim\nENV PYTHONHTTPSVERIFY=0' },
      { name: 'PYTHONHTTPSVERIFY=1', fires: false, text: 'FROM python:3.12-slim\nENV PYTHONHTTPSVERIFY=1' },
      { name: 'not set', fires: false, text: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1' },
    ],
  },
  CKV2_DOCKER_6: {
    rules: ['no-node-tls-reject-unauthorized-off'],
    cases: [
      { name: 'ENV NODE_TLS_REJECT_UNAUTHORIZED=0', fires: true, text: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0' },
      { name: 'NODE_TLS_REJECT_UNAUTHORIZED=1', fires: false, text: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1' },
      { name: 'not set', fires: false, text: 'FROM node:20\nENV NODE_ENV=production' },
    ],
  },
  CKV2_DOCKER_7: {
    rules: ['no-apk-allow-untrusted'],
    cases: [
      { name: 'apk add --allow-untrusted', fires: true, text: 'FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/package.apk' },
      { name: 'apk add', fires: false, text: 'FROM alpine:3.20\nRUN apk add --no-cache curl' },
      { name: 'apk add --allow-untrusted among other options', fires: true, text: 'FROM alpine:3.20\nRUN apk add --no-cache --allow-untrusted /tmp/package.apk' },
    ],
  },
  CKV2_DOCKER_8: {
    rules: ['no-apt-allow-unauthenticated'],
    cases: [
      { name: 'apt-get --allow-unauthenticated', fires: true, text: 'FROM debian:12\nRUN apt-get update && apt-get install -y --allow-unauthenticated curl' },
      { name: 'apt-get install', fires: false, text: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl' },
      { name: 'apt --allow-unauthenticated', fires: true, text: 'FROM debian:12\nRUN apt install -y --allow-unauthenticated curl' },
    ],
  },
  CKV2_DOCKER_9: {
    rules: ['no-yum-nogpgcheck'],
    cases: [
      { name: 'yum --nogpgcheck', fires: true, text: 'FROM centos:7\nRUN yum install -y --nogpgcheck httpd' },
      { name: 'dnf --nogpgcheck', fires: true, text: 'FROM fedora:40\nRUN dnf install -y --nogpgcheck httpd' },
      { name: 'tdnf --nogpgcheck', fires: true, text: 'FROM photon:5.0\nRUN tdnf install -y --nogpgcheck httpd' },
      { name: 'yum install', fires: false, text: 'FROM centos:7\nRUN yum install -y httpd' },
    ],
  },
  CKV2_DOCKER_10: {
    rules: ['no-rpm-nosignature'],
    cases: [
      { name: 'rpm --nosignature', fires: true, text: 'FROM fedora:40\nRUN rpm -i --nosignature /tmp/package.rpm' },
      { name: 'rpm --nodigest', fires: true, text: 'FROM fedora:40\nRUN rpm -ivh --nodigest /tmp/package.rpm' },
      { name: 'rpm --nofiledigest', fires: true, text: 'FROM fedora:40\nRUN rpm -ivh --nofiledigest /tmp/package.rpm' },
      { name: 'rpm -i', fires: false, text: 'FROM fedora:40\nRUN rpm -i /tmp/package.rpm' },
    ],
  },
  CKV2_DOCKER_11: {
    rules: ['no-apt-force-yes'],
    cases: [
      { name: 'apt-get --force-yes', fires: true, text: 'FROM debian:12\nRUN apt-get update && apt-get install -y --force-yes curl' },
      { name: 'apt-get -y', fires: false, text: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl' },
      { name: 'apt-get upgrade --force-yes', fires: true, text: 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y --force-yes' },
    ],
  },
  CKV2_DOCKER_12: {
    rules: ['no-npm-strict-ssl-env-off'],
    cases: [
      { name: 'ENV NPM_CONFIG_STRICT_SSL=false', fires: true, text: 'FROM node:20\nENV NPM_CONFIG_STRICT_SSL=false' },
      { name: 'NPM_CONFIG_STRICT_SSL=true', fires: false, text: 'FROM node:20\nENV NPM_CONFIG_STRICT_SSL=true' },
      { name: 'not set', fires: false, text: 'FROM node:20\nENV NPM_CONFIG_LOGLEVEL=warn' },
    ],
  },
  CKV2_DOCKER_13: {
    rules: ['no-npm-strict-ssl-off'],
    cases: [
      { name: 'npm config set strict-ssl false', fires: true, text: 'FROM node:20\nRUN npm config set strict-ssl false' },
      { name: 'yarn config set strict-ssl false', fires: true, text: 'FROM node:20\nRUN yarn config set strict-ssl false' },
      { name: 'npm config set registry', fires: false, text: 'FROM node:20\nRUN npm config set registry https://registry.npmjs.org/' },
      { name: 'npm config set strict-ssl true', fires: false, text: 'FROM node:20\nRUN npm config set strict-ssl true' },
    ],
  },
  CKV2_DOCKER_14: {
    rules: ['no-git-ssl-no-verify'],
    cases: [
      { name: 'ENV GIT_SSL_NO_VERIFY=true', fires: true, text: 'FROM alpine:3.20\nENV GIT_SSL_NO_VERIFY=true' },
      { name: 'ENV GIT_SSL_NO_VERIFY with any value', fires: true, text: 'FROM alpine:3.20\nENV GIT_SSL_NO_VERIFY=1' },
      { name: 'not set', fires: false, text: 'FROM alpine:3.20\nENV GIT_TERMINAL_PROMPT=0' },
    ],
  },
  CKV2_DOCKER_15: {
    rules: ['no-yum-sslverify-off'],
    cases: [
      { name: 'sslverify=false written to yum.conf', fires: true, text: 'FROM centos:7\nRUN echo "sslverify=false" >> /etc/yum.conf' },
      { name: 'dnf --setopt=sslverify=0', fires: true, text: 'FROM fedora:40\nRUN dnf install -y --setopt=sslverify=0 httpd' },
      { name: 'yum install', fires: false, text: 'FROM centos:7\nRUN yum install -y httpd' },
    ],
  },
  CKV2_DOCKER_16: {
    rules: ['no-pip-trusted-host-env'],
    cases: [
      { name: 'ENV PIP_TRUSTED_HOST', fires: true, text: 'FROM python:3.12-slim\nENV PIP_TRUSTED_HOST=pypi.example.com' },
      { name: 'not set', fires: false, text: 'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1' },
      { name: 'ENV PIP_TRUSTED_HOST among other variables', fires: true, text: 'FROM python:3.12-slim\nENV PIP_INDEX_URL=http://pypi.example.com/simple PIP_TRUSTED_HOST=pypi.example.com' },
    ],
  },
  CKV2_DOCKER_17: {
    rules: ['no-chpasswd'],
    cases: [
      { name: 'chpasswd', fires: true, text: 'FROM ubuntu:22.04\nRUN echo "root:secret" | chpasswd' },
      { name: 'no chpasswd', fires: false, text: 'FROM ubuntu:22.04\nRUN useradd --create-home app' },
      { name: 'chpasswd after useradd', fires: true, text: 'FROM ubuntu:22.04\nRUN useradd -m app && echo "app:app" | chpasswd' },
    ],
  },
});
