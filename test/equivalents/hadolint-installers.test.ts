/**
 * hadolint's remaining package-manager and download checks (pip, npm, gem,
 * apk, yum, dnf/microdnf, zypper, yarn, go, wget, pipefail), written from the
 * cases of their specs, against the Shipshape rules that list them.
 */
import { describeEquivalents } from './cases.js';

const run = (cmd: string, from = 'debian:12') => `FROM ${from}\nRUN ${cmd}`;

describeEquivalents('hadolint', {
  DL3013: {
    rules: ['pip-pin-versions'],
    cases: [
      { name: 'pip install unpinned', fires: true, text: run('pip install django') },
      { name: 'pip3 install, one of two unpinned', fires: true, text: run('pip3 install django==1.9 requests') },
      { name: 'pinned', fires: false, text: run('pip install django==1.9') },
      { name: 'requirements file', fires: false, text: run('pip install -r requirements.txt') },
      { name: 'local project', fires: false, text: run('pip install .') },
    ],
  },
  DL3016: {
    rules: ['npm-pin-versions'],
    cases: [
      { name: 'npm install unpinned', fires: true, text: run('npm install express', 'node:22') },
      { name: 'global install unpinned', fires: true, text: run('npm install -g typescript', 'node:22') },
      { name: 'pinned', fires: false, text: run('npm install express@4.1.1', 'node:22') },
      { name: 'install from package.json', fires: false, text: run('npm install', 'node:22') },
      { name: 'npm ci', fires: false, text: run('npm ci', 'node:22') },
    ],
  },
  DL3018: {
    rules: ['apk-pin-versions'],
    cases: [
      { name: 'apk add unpinned', fires: true, text: run('apk add --no-cache curl', 'alpine:3.22') },
      { name: 'one of two unpinned', fires: true, text: run('apk add --no-cache curl=8.5.0-r0 bash', 'alpine:3.22') },
      { name: 'pinned', fires: false, text: run('apk add --no-cache curl=8.5.0-r0', 'alpine:3.22') },
      { name: 'no apk add', fires: false, text: run('apk update', 'alpine:3.22') },
    ],
  },
  DL3027: {
    rules: ['prefer-apt-get'],
    cases: [
      { name: 'apt install', fires: true, text: run('apt install -y python3') },
      { name: 'apt in a chain', fires: true, text: run('apt update && apt install -y python3') },
      { name: 'apt-get install', fires: false, text: run('apt-get install -y python3') },
      { name: 'apt-cache', fires: false, text: run('apt-cache policy python3') },
    ],
  },
  DL3028: {
    rules: ['gem-pin-versions'],
    cases: [
      { name: 'gem install unpinned', fires: true, text: run('gem install rake', 'ruby:3.3') },
      { name: 'one of two unpinned', fires: true, text: run('gem install rake:12.0.0 bundler', 'ruby:3.3') },
      { name: 'pinned with :', fires: false, text: run('gem install rake:12.0.0', 'ruby:3.3') },
      { name: 'pinned with -v', fires: false, text: run('gem install rake -v 12.0.0', 'ruby:3.3') },
      { name: 'pinned with --version', fires: false, text: run('gem install rake --version 12.0.0', 'ruby:3.3') },
    ],
  },
  DL3030: {
    rules: ['yum-yes'],
    cases: [
      { name: 'yum install without -y', fires: true, text: run('yum install httpd-2.4.24', 'centos:7') },
      { name: 'yum groupinstall without -y', fires: true, text: run('yum groupinstall "Development Tools"', 'centos:7') },
      { name: 'yum install -y', fires: false, text: run('yum install -y httpd-2.4.24', 'centos:7') },
      { name: 'yum install --assumeyes', fires: false, text: run('yum install --assumeyes httpd-2.4.24', 'centos:7') },
    ],
  },
  DL3032: {
    rules: ['yum-clean'],
    cases: [
      { name: 'yum install without clean', fires: true, text: run('yum install -y httpd-2.4.24', 'centos:7') },
      { name: 'clean in another RUN', fires: true, text: 'FROM centos:7\nRUN yum install -y httpd-2.4.24\nRUN yum clean all' },
      { name: 'yum clean all in the same RUN', fires: false, text: run('yum install -y httpd-2.4.24 && yum clean all', 'centos:7') },
      { name: 'no install', fires: false, text: run('yum clean all', 'centos:7') },
    ],
  },
  DL3033: {
    rules: ['yum-pin-versions'],
    cases: [
      { name: 'yum install unpinned', fires: true, text: run('yum install -y tomcat && yum clean all', 'centos:7') },
      { name: 'one of two unpinned', fires: true, text: run('yum install -y tomcat-9.0.1 httpd && yum clean all', 'centos:7') },
      { name: 'pinned', fires: false, text: run('yum install -y tomcat-9.0.1 && yum clean all', 'centos:7') },
      { name: 'local rpm', fires: false, text: run('yum install -y ./tomcat.rpm && yum clean all', 'centos:7') },
    ],
  },
  DL3034: {
    rules: ['zypper-non-interactive'],
    cases: [
      { name: 'zypper install without -n/-y', fires: true, text: run('zypper install httpd=2.4.46', 'opensuse/leap:15.6') },
      { name: 'zypper in without -n/-y', fires: true, text: run('zypper in httpd=2.4.46', 'opensuse/leap:15.6') },
      { name: 'zypper install -y', fires: false, text: run('zypper install -y httpd=2.4.46', 'opensuse/leap:15.6') },
      { name: 'zypper --non-interactive install', fires: false, text: run('zypper --non-interactive install httpd=2.4.46', 'opensuse/leap:15.6') },
    ],
  },
  DL3035: {
    rules: ['zypper-no-dist-upgrade'],
    cases: [
      { name: 'zypper dist-upgrade', fires: true, text: run('zypper dist-upgrade', 'opensuse/leap:15.6') },
      { name: 'zypper dup', fires: true, text: run('zypper -n dup', 'opensuse/leap:15.6') },
      { name: 'zypper install', fires: false, text: run('zypper install -y httpd=2.4.46', 'opensuse/leap:15.6') },
    ],
  },
  DL3036: {
    rules: ['zypper-clean'],
    cases: [
      { name: 'zypper install without clean', fires: true, text: run('zypper install -y httpd=2.4.46', 'opensuse/leap:15.6') },
      { name: 'zypper in without clean', fires: true, text: run('zypper in -y httpd=2.4.46', 'opensuse/leap:15.6') },
      { name: 'zypper clean', fires: false, text: run('zypper install -y httpd=2.4.46 && zypper clean', 'opensuse/leap:15.6') },
      { name: 'zypper cc', fires: false, text: run('zypper install -y httpd=2.4.46 && zypper cc', 'opensuse/leap:15.6') },
    ],
  },
  DL3037: {
    rules: ['zypper-pin-versions'],
    cases: [
      { name: 'zypper install unpinned', fires: true, text: run('zypper install -y httpd && zypper clean', 'opensuse/leap:15.6') },
      { name: 'one of two unpinned', fires: true, text: run('zypper install -y httpd=2.4.46 curl && zypper clean', 'opensuse/leap:15.6') },
      { name: 'pinned with =', fires: false, text: run('zypper install -y httpd=2.4.46 && zypper clean', 'opensuse/leap:15.6') },
      { name: 'pinned with >=', fires: false, text: run("zypper install -y 'httpd>=2.4' && zypper clean", 'opensuse/leap:15.6') },
    ],
  },
  DL3038: {
    rules: ['dnf-yes'],
    cases: [
      { name: 'dnf install without -y', fires: true, text: run('dnf install httpd-2.4.24', 'fedora:40') },
      { name: 'dnf groupinstall without -y', fires: true, text: run('dnf groupinstall "Development Tools"', 'fedora:40') },
      { name: 'dnf install -y', fires: false, text: run('dnf install -y httpd-2.4.24', 'fedora:40') },
      { name: 'dnf install --assumeyes', fires: false, text: run('dnf install --assumeyes httpd-2.4.24', 'fedora:40') },
    ],
  },
  DL3040: {
    rules: ['dnf-clean', 'microdnf-clean'],
    cases: [
      { name: 'dnf install without clean', fires: true, text: run('dnf install -y httpd-2.4.24', 'fedora:40') },
      { name: 'microdnf install without clean', fires: true, text: run('microdnf install -y httpd-2.4.24', 'registry.access.redhat.com/ubi9/ubi-minimal') },
      { name: 'dnf clean all', fires: false, text: run('dnf install -y httpd-2.4.24 && dnf clean all', 'fedora:40') },
      { name: 'microdnf clean all', fires: false, text: run('microdnf install -y httpd-2.4.24 && microdnf clean all', 'registry.access.redhat.com/ubi9/ubi-minimal') },
    ],
  },
  DL3041: {
    rules: ['dnf-pin-versions'],
    cases: [
      { name: 'dnf install unpinned', fires: true, text: run('dnf install -y tomcat && dnf clean all', 'fedora:40') },
      { name: 'one of two unpinned', fires: true, text: run('dnf install -y tomcat-9.0.1 httpd && dnf clean all', 'fedora:40') },
      { name: 'pinned', fires: false, text: run('dnf install -y tomcat-9.0.1 && dnf clean all', 'fedora:40') },
      { name: 'no install', fires: false, text: run('dnf clean all', 'fedora:40') },
    ],
  },
  DL3042: {
    rules: ['pip-no-cache-dir'],
    cases: [
      { name: 'pip install without --no-cache-dir', fires: true, text: run('pip install django==1.9', 'python:3.12') },
      { name: 'pip3 install without --no-cache-dir', fires: true, text: run('pip3 install -r requirements.txt', 'python:3.12') },
      { name: '--no-cache-dir', fires: false, text: run('pip install --no-cache-dir django==1.9', 'python:3.12') },
      { name: 'PIP_NO_CACHE_DIR set', fires: false, text: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install django==1.9' },
    ],
  },
  DL3047: {
    rules: ['wget-progress'],
    cases: [
      { name: 'wget without progress setting', fires: true, text: run('wget https://example.com/app.tar.gz') },
      { name: 'wget in a chain', fires: true, text: run('wget https://example.com/app.tar.gz && tar xzf app.tar.gz') },
      { name: '--progress', fires: false, text: run('wget --progress=dot:giga https://example.com/app.tar.gz') },
      { name: 'quiet', fires: false, text: run('wget -q https://example.com/app.tar.gz') },
      { name: 'no-verbose', fires: false, text: run('wget -nv https://example.com/app.tar.gz') },
    ],
  },
  DL3060: {
    rules: ['yarn-cache-clean'],
    cases: [
      { name: 'yarn install without cache clean', fires: true, text: run('yarn install', 'node:22') },
      { name: 'yarn add without cache clean', fires: true, text: run('yarn add express', 'node:22') },
      { name: 'yarn cache clean', fires: false, text: run('yarn install && yarn cache clean', 'node:22') },
      { name: 'no yarn install', fires: false, text: run('yarn build', 'node:22') },
    ],
  },
  DL3062: {
    rules: ['go-install-version'],
    cases: [
      { name: 'go install without a version', fires: true, text: run('go install example.com/cmd/tool', 'golang:1.23') },
      { name: 'one of two without a version', fires: true, text: run('go install example.com/cmd/a@v1.0.0 example.com/cmd/b', 'golang:1.23') },
      { name: 'go install @version', fires: false, text: run('go install example.com/cmd/tool@v1.2.3', 'golang:1.23') },
      { name: 'go build', fires: false, text: run('go build ./...', 'golang:1.23') },
    ],
  },
  DL4001: {
    rules: ['wget-and-curl'],
    cases: [
      { name: 'wget and curl in one RUN', fires: true, text: run('wget https://example.com/a && curl -O https://example.com/b') },
      { name: 'wget and curl in two RUNs', fires: true, text: 'FROM debian:12\nRUN wget https://example.com/a\nRUN curl -O https://example.com/b' },
      { name: 'curl only', fires: false, text: run('curl -O https://example.com/a && curl -O https://example.com/b') },
      { name: 'wget only', fires: false, text: run('wget https://example.com/a') },
    ],
  },
  DL4006: {
    rules: ['require-pipefail'],
    cases: [
      { name: 'pipe without pipefail', fires: true, text: run('wget -O - https://some.site | wc -l > /number') },
      { name: 'pipe after a SHELL without pipefail', fires: true, text: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN wget -O - https://some.site | wc -l > /number' },
      { name: 'SHELL with pipefail', fires: false, text: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l > /number' },
      { name: 'no pipe', fires: false, text: run('wget -O /tmp/x https://some.site') },
      { name: 'pipe inside a quoted string', fires: false, text: run('echo "a | b"') },
    ],
  },
});
