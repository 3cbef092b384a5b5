/** Placeholder entry point of the command-line interface. */
console.log('shipshape: not built yet');
process.exitCode = 1;
