// The scan reporters: one function per `format` (table, json, sarif, cyclonedx) and the job summary.

export { tableReport } from './table.js'
export { jsonReport, jsonReportObject, JSON_SCHEMA_VERSION } from './json.js'
export { sarifReport, SARIF_LIMITS, type SarifOptions, type SarifResult } from './sarif.js'
export { cyclonedxReport, cyclonedxObject } from './cyclonedx.js'
export { summarize, scanSummaryModel, type ScanSummary, type SummaryFinding } from './summary.js'
export { countBySeverity } from '../detect/filters.js'
export { compareFindings, sortedFindings, imageRepository, type ScanReport } from './report.js'
