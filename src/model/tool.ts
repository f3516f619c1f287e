// gantry's own name and version, as reports (SARIF's tool.driver, CycloneDX's tools, the json report) name
// the tool that wrote them. Kept equal to package.json's version by a unit test.

export const TOOL = { name: 'gantry', version: '0.1.0' } as const
