import { describe, expect, it } from 'vitest';
import { canImportTo } from './access.js';

const school = { id: 's1', ownerId: 'o1' };
const actor = (roles: { role: 'leadership' | 'admin' | 'teacher'; schoolId: string | null }[], ownerId = 'o1') => ({ userId: 'u', ownerId, roles });

describe('who may import', () => {
  it("is the school's leadership and the owner's administrator", () => {
    expect(canImportTo(actor([{ role: 'leadership', schoolId: 's1' }]), school)).toBe(true);
    expect(canImportTo(actor([{ role: 'admin', schoolId: null }]), school)).toBe(true);
  });

  it("is not a teacher, another school's leadership, or another owner's administrator", () => {
    expect(canImportTo(actor([{ role: 'teacher', schoolId: 's1' }]), school)).toBe(false);
    expect(canImportTo(actor([{ role: 'leadership', schoolId: 's2' }]), school)).toBe(false);
    expect(canImportTo(actor([{ role: 'admin', schoolId: null }], 'o2'), school)).toBe(false);
  });
});
