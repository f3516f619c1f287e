// The bundle is main.js; this loader turns on source maps first so stacks name src/ lines.
process.setSourceMapsEnabled(true)
await import('./main.js')
