#!/usr/bin/env bash
# npm run lint:api — writes the OpenAPI document the app builds (no server, no database)
# to a temporary file and lints it with redocly and the committed redocly.yaml.
set -euo pipefail
cd "$(dirname "$0")/../.."
document=$(mktemp --suffix=.json)
trap 'rm -f "$document"' EXIT
npx tsx scripts/openapi/write-openapi-document.ts "$document"
npx redocly lint --config redocly.yaml "$document"
