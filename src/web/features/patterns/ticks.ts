/** Round ticks for a percentage axis from 0 to `top`: every 5, 10 or 20 percentage points. */
export function percentTicks(highest: number): { top: number; ticks: number[] } {
  const step = highest <= 20 ? 5 : highest <= 50 ? 10 : 20;
  const top = Math.min(100, Math.max(step, Math.ceil(highest / step) * step));
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { top, ticks };
}
