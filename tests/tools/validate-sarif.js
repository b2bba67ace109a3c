// Validates a SARIF file against the SARIF 2.1.0 JSON schema shipped in the
// @microsoft/jest-sarif package (installed by .ci/run), with that package's own ajv.
// Usage: node validate-sarif.js FILE ; exit 0 when valid, 1 with the errors otherwise.
const path = require('path');
const fs = require('fs');

const pkg = path.dirname(require.resolve('@microsoft/jest-sarif/package.json'));
const requireFromPkg = (name) => require(require.resolve(name, { paths: [pkg] }));
const Ajv = requireFromPkg('ajv');
const draft4 = requireFromPkg('ajv/lib/refs/json-schema-draft-04.json');
const schema = JSON.parse(fs.readFileSync(path.join(pkg, 'lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

const ajv = new Ajv({ allErrors: true, schemaId: 'auto', jsonPointers: true, verbose: false });
ajv.addMetaSchema(draft4);
const validate = ajv.compile(schema);
const log = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (validate(log)) {
  console.log('valid SARIF 2.1.0');
} else {
  console.error(JSON.stringify(validate.errors, null, 2));
  process.exit(1);
}
