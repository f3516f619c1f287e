// Bounded concurrency: run async jobs with at most `limit` in flight, keeping results in input order.

export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`mapLimit: limit must be a positive integer, got ${limit}`)
  const results = new Array<R>(items.length)
  let next = 0
  let failed: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++
      try {
        results[i] = await fn(items[i], i)
      } catch (error) {
        // Stop handing out new work; jobs already running finish, then the first error is thrown.
        failed ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failed) throw failed.error
  return results
}
