/**
 * BuildKit's InvalidBaseImagePlatform (a base image pulled for another
 * platform than `FROM --platform` asks for, or none published for it), written from the check's
 * documentation: with the registry's answer, and offline where the image's
 * operating system is certain.
 */
import { describeEquivalents } from './cases.js';

describeEquivalents('buildkit', {
  InvalidBaseImagePlatform: {
    rules: ['invalid-base-image-platform'],
    cases: [
      {
        name: 'amd64-only image asked for arm64 (registry)',
        fires: true,
        text: 'FROM --platform=linux/arm64 example.com/amd64-only:1\nRUN true',
        images: { 'example.com/amd64-only:1|linux/arm64': { platform: 'linux/amd64' } },
      },
      {
        name: 'arm64-only image asked for amd64 in a build argument (registry)',
        fires: true,
        text: 'ARG PLAT=linux/amd64\nFROM --platform=${PLAT} example.com/arm-only:1 AS build',
        images: { 'example.com/arm-only:1|linux/amd64': { platform: 'linux/arm64' } },
      },
      {
        name: 'multi-platform image with no entry for the platform asked (registry)',
        fires: true,
        text: 'FROM --platform=linux/s390x example.com/multi:1\nRUN true',
        platforms: { 'example.com/multi:1|linux/s390x': ['linux/amd64', 'linux/arm64/v8'] },
      },
      {
        name: 'multi-platform image lacking the arm variant asked in a build argument (registry)',
        fires: true,
        text: 'ARG PLAT=linux/arm/v7\nFROM --platform=$PLAT example.com/multi:2 AS build',
        platforms: { 'example.com/multi:2|linux/arm/v7': ['linux/amd64', 'linux/arm/v6'] },
      },
      {
        name: 'Linux-only multi-platform image asked for Windows (registry)',
        fires: true,
        text: 'FROM --platform=windows/amd64 example.com/multi:3',
        platforms: { 'example.com/multi:3|windows/amd64': ['linux/amd64', 'linux/arm64/v8'] },
      },
      { name: 'Windows image asked for Linux', fires: true, text: 'FROM --platform=linux/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022' },
      { name: 'Alpine asked for Windows', fires: true, text: 'FROM --platform=windows/amd64 alpine:3.20' },
      {
        name: 'image with the platform (registry)',
        fires: false,
        text: 'FROM --platform=linux/arm64 example.com/multi:1',
        images: { 'example.com/multi:1|linux/arm64': { platform: 'linux/arm64/v8' } },
      },
      { name: 'Linux image asked for Linux', fires: false, text: 'FROM --platform=linux/arm64 alpine:3.20' },
      { name: 'platform left to the build', fires: false, text: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM alpine:3.20' },
      { name: 'unknown image offline', fires: false, text: 'FROM --platform=linux/arm64 example.com/unknown:1' },
    ],
  },
});
