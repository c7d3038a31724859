/** Calls `run` once `wait` milliseconds have passed without another call. */
export function debounce(run: () => void, wait: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  return () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      run()
    }, wait)
  }
}
