#!/bin/sh
# Installs the KPI page's JavaScript libraries (Apache ECharts, echarts-gl)
# from npm, exactly as pinned by package-lock.json, and copies their
# minified builds into web/kpipage/static/vendor/, which go:embed puts in
# the binary. Needs node and npm. `make assets` runs `npm ci` itself and then
# `npm run build`, which calls this script with --copy-only.
set -eu
cd "$(dirname "$0")"
if [ "${1:-}" != "--copy-only" ]; then
	if ! command -v npm >/dev/null 2>&1; then
		echo "assets.sh: npm not found: install Node.js and npm (Debian: apt-get install npm)" >&2
		exit 1
	fi
	npm ci --no-audit --no-fund
fi
mkdir -p kpipage/static/vendor
cp node_modules/echarts/dist/echarts.min.js kpipage/static/vendor/echarts.min.js
cp node_modules/echarts-gl/dist/echarts-gl.min.js kpipage/static/vendor/echarts-gl.min.js
echo "assets.sh: echarts $(node -p 'require("./node_modules/echarts/package.json").version') and echarts-gl $(node -p 'require("./node_modules/echarts-gl/package.json").version') installed in web/kpipage/static/vendor"
