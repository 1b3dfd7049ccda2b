#!/usr/bin/env bash
# Scaffolds packages/<name> from the tensor package's config files (used once per package).
set -euo pipefail
name=$1; desc=$2
d=packages/$name
mkdir -p $d/src $d/test
cp packages/tensor/tsconfig.json packages/tensor/tsconfig.build.json packages/tensor/vitest.config.ts LICENSE $d/
node -e '
const fs=require("fs");const p=JSON.parse(fs.readFileSync("packages/tensor/package.json","utf8"));
p.name="@bp/'$name'";p.description=process.argv[1];p.keywords=["backpropagation","education","neural-network"];
p.scripts={build:p.scripts.build,typecheck:p.scripts.typecheck,lint:p.scripts.lint,test:p.scripts.test};
fs.writeFileSync("'$d'/package.json",JSON.stringify(p,null,2)+"\n");' "$desc"
[ -f $d/src/index.ts ] || echo 'export {};' > $d/src/index.ts
