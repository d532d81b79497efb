// Putting the server's answer about one concern in place in a list already
// loaded: the list keeps its order, and a followed-up concern its undo.
import type { ConcernView, MyConcerns, PupilConcernPage } from '../../contracts/rules';

export function replaceConcern<T extends MyConcerns | PupilConcernPage>(data: T, concern: ConcernView): T {
  const swap = (list: readonly ConcernView[]) => list.map((c) => (c.id === concern.id ? concern : c));
  if ('pupils' in data) return { ...data, pupils: data.pupils.map((p) => ({ ...p, concerns: swap(p.concerns) })) };
  return { ...data, concerns: swap(data.concerns) };
}
