#!/bin/sh
# Installs the KPI page's JavaScript libraries (Apache ECharts, echarts-gl)
# from npm, exactly as pinned by package-lock.json, and copies their
# minified builds into web/kpipage/static/vendor/, which go:embed puts in
# the binary. Run by `make assets`; needs node and npm.
set -eu
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
	echo "assets.sh: npm not found: install Node.js and npm (Debian: apt-get install npm)" >&2
	exit 1
fi
npm ci --no-audit --no-fund
mkdir -p kpipage/static/vendor
cp node_modules/echarts/dist/echarts.min.js kpipage/static/vendor/echarts.min.js
cp node_modules/echarts-gl/dist/echarts-gl.min.js kpipage/static/vendor/echarts-gl.min.js
echo "assets.sh: echarts $(node -p 'require("./node_modules/echarts/package.json").version') and echarts-gl $(node -p 'require("./node_modules/echarts-gl/package.json").version') installed in web/kpipage/static/vendor"
