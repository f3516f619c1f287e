// The names gantry.yml may have, in the order they are looked for: a module of its own, so the CLI can look
// for the file without loading the YAML parser and the schema of every stage when there is none.

export const CONFIG_FILES = ['gantry.yml', 'gantry.yaml']
