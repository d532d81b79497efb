// The fixed demo logins. The README and the browser tests depend on these
// exact addresses; all share one password.

export const DEMO_PASSWORD = 'naervaer-demo';

export type StaffRole = 'teacher' | 'leadership' | 'counsellor' | 'nurse' | 'owner_analyst' | 'admin' | 'outside_service';

export interface FixedStaffMember {
  /** How the demo plan refers to the person (teacher keys in demo-schools.ts). */
  key: string;
  school: 'fjordvik' | 'nordlys';
  email: string;
  givenName: string;
  familyName: string;
  role: StaffRole;
  /** Owner-wide roles have no school. */
  ownerWide: boolean;
}

export const fixedStaff: readonly FixedStaffMember[] = [
  { key: 'kari', school: 'fjordvik', email: 'laerer@fjordvik.example', givenName: 'Kari', familyName: 'Larsen', role: 'teacher', ownerWide: false },
  { key: 'ola', school: 'fjordvik', email: 'rektor@fjordvik.example', givenName: 'Ola', familyName: 'Berg', role: 'leadership', ownerWide: false },
  { key: 'ingrid', school: 'fjordvik', email: 'helsesykepleier@fjordvik.example', givenName: 'Ingrid', familyName: 'Moe', role: 'nurse', ownerWide: false },
  { key: 'per', school: 'fjordvik', email: 'admin@fjordvik.example', givenName: 'Per', familyName: 'Dahl', role: 'admin', ownerWide: true },
  { key: 'sofie', school: 'fjordvik', email: 'analytiker@fjordvik.example', givenName: 'Sofie', familyName: 'Lund', role: 'owner_analyst', ownerWide: true },
  // PPT (pedagogisk-psykologisk tjeneste): sees a case only while a consent naming PPT is in force.
  { key: 'tone', school: 'fjordvik', email: 'ppt@fjordvik.example', givenName: 'Tone', familyName: 'Aas', role: 'outside_service', ownerWide: true },
  { key: 'jonas', school: 'nordlys', email: 'laerer@nordlys.example', givenName: 'Jonas', familyName: 'Haugen', role: 'teacher', ownerWide: false },
  { key: 'hanne', school: 'nordlys', email: 'rektor@nordlys.example', givenName: 'Hanne', familyName: 'Strand', role: 'leadership', ownerWide: false },
];
