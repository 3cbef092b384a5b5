/**
 * Preloaded (`--require`) into a process under test: every attempt to reach
 * the network (sockets, TLS, DNS, HTTP(S), fetch) is recorded in the file
 * named by SHIPSHAPE_NET_TRAP and then refused.
 */
'use strict';
const fs = require('node:fs');
const file = process.env.SHIPSHAPE_NET_TRAP;

function record(what, args) {
  let target = '';
  try {
    target = JSON.stringify(args.filter((a) => typeof a !== 'function')).slice(0, 300);
  } catch {
    target = '?';
  }
  if (file) fs.appendFileSync(file, `${what} ${target}\n`);
  throw new Error(`network access refused in test: ${what} ${target}`);
}

function trap(mod, name, what) {
  const original = mod[name];
  if (typeof original !== 'function') return;
  mod[name] = function trapped(...args) {
    return record(what, args);
  };
}

const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const dgram = require('node:dgram');

trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
trap(net, 'connect', 'net.connect');
trap(net, 'createConnection', 'net.createConnection');
trap(tls, 'connect', 'tls.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'resolveSrv']) trap(dns, name, `dns.${name}`);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) trap(dns.promises, name, `dns.promises.${name}`);
for (const name of ['request', 'get']) {
  trap(http, name, `http.${name}`);
  trap(https, name, `https.${name}`);
}
trap(dgram, 'createSocket', 'dgram.createSocket');
if (typeof globalThis.fetch === 'function') trap(globalThis, 'fetch', 'fetch');
