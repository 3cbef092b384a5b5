/** Preloaded after net-trap.cjs to check the trap: tries one connection (to the loopback discard port) and swallows the refusal. */
'use strict';
try {
  require('node:net').connect({ host: '127.0.0.1', port: 9 });
} catch {
  // refused by the trap
}
