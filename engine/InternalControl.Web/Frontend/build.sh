#!/usr/bin/env bash
# Rebuilds the committed front-end files (../Hosting/htmx.min.js, ../Hosting/policy-editor.js, ../Hosting/dashboard-charts.js) from package-lock.json. Needs Node and npm;
# `dotnet build` and `dotnet test` do not: they use the committed file.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
node build.mjs
