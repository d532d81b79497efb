import { portalLogins } from './demo/portal-users.js';
export { DEMO_PASSWORD } from './demo/demo-users.js';

/** The fixed demo accounts; all have the password `naervaer-demo`. README.md lists them too. */
export const demoLogins = [
  { email: 'laerer@fjordvik.example', description: 'Kari Larsen, kontaktlærer 8A, Fjordvik skole (1-10)' },
  { email: 'rektor@fjordvik.example', description: 'Ola Berg, rektor, Fjordvik skole' },
  { email: 'helsesykepleier@fjordvik.example', description: 'Ingrid Moe, helsesykepleier, Fjordvik skole' },
  { email: 'admin@fjordvik.example', description: 'Per Dahl, administrator, Fjordvik kommune' },
  { email: 'analytiker@fjordvik.example', description: 'Sofie Lund, analytiker, Fjordvik kommune' },
  { email: 'ppt@fjordvik.example', description: 'Tone Aas, PPT, Fjordvik kommune (ser en sak med samtykke)' },
  { email: 'laerer@nordlys.example', description: 'Jonas Haugen, kontaktlærer 2STA, Nordlys vgs' },
  { email: 'rektor@nordlys.example', description: 'Hanne Strand, rektor, Nordlys vgs' },
  ...portalLogins,
] as const;
