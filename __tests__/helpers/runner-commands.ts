// The workflow commands a GitHub runner would execute from a step's output: it splits lines at CR as well
// as LF (.NET's ReadLine), trims leading white space, and honours ::stop-commands::<token> ... ::<token>::.
// The act tier cannot show this (act splits at LF only), so the bundle tests read logs with this.

export interface RunnerCommand {
  command: string
  data: string
  line: string
}

export function runnerCommands(output: string): RunnerCommand[] {
  const out: RunnerCommand[] = []
  let resume: string | undefined
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart()
    const m = /^::([^\s:]+)(?: [^:]*)?::(.*)$/.exec(line)
    if (!m) continue
    const [, command, data] = m
    if (resume !== undefined) {
      if (command === resume) resume = undefined
      continue
    }
    if (command === 'stop-commands') resume = data
    out.push({ command, data, line })
  }
  return out
}
