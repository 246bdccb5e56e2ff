// Runs before `npm install` (the preinstall script): on a Node older than the project needs, stop with one clear
// instruction instead of a cascade of engine warnings and later "Unknown file extension .ts" errors.
// CommonJS and no modern syntax, so that any old Node can run it.
var need = [22, 12];
var have = process.versions.node.split('.').map(Number);
if (have[0] < need[0] || (have[0] === need[0] && have[1] < need[1])) {
  console.error(
    '\nPyRadar needs Node ' +
      need.join('.') +
      ' or newer (Node 24 recommended); this is Node ' +
      process.versions.node +
      '.\n' +
      'Run this once in your shell, then npm install again:\n\n    source scripts/use-node.sh\n\n' +
      '(It installs Node 24 from the npm registry into ~/.cache/pyradar-node and puts it first on PATH.)\n',
  );
  process.exit(1);
}
