// Subjects for the demo schools. Grunnskole subjects carry no annual hours:
// hours there are set per stage, and no grade is lost for absence. Upper
// secondary subjects carry the annual hours (60-minute hours) that the 10 %
// limit is taken against; codes follow the LK20 pattern (common subjects are
// the real codes, programme subjects are plausible stand-ins).

export interface SubjectDefinition {
  code: string;
  name: string;
  annualHours: number | null;
}

export const primarySubjects: readonly SubjectDefinition[] = [
  { code: 'NOR', name: 'Norsk', annualHours: null },
  { code: 'MAT', name: 'Matematikk', annualHours: null },
  { code: 'ENG', name: 'Engelsk', annualHours: null },
  { code: 'NAT', name: 'Naturfag', annualHours: null },
  { code: 'SAF', name: 'Samfunnsfag', annualHours: null },
  { code: 'KRLE', name: 'Kristendom, religion, livssyn og etikk', annualHours: null },
  { code: 'KHV', name: 'Kunst og håndverk', annualHours: null },
  { code: 'MUH', name: 'Musikk', annualHours: null },
  { code: 'KRO', name: 'Kroppsøving', annualHours: null },
  { code: 'MHE', name: 'Mat og helse', annualHours: null },
  { code: 'TYS', name: 'Tysk', annualHours: null },
  { code: 'FRA', name: 'Fransk', annualHours: null },
  { code: 'VAL', name: 'Valgfag', annualHours: null },
];

export const upperSecondarySubjects: readonly SubjectDefinition[] = [
  // Common subjects, studieforberedende.
  { code: 'NOR1211', name: 'Norsk Vg1 studieforberedende', annualHours: 113 },
  { code: 'NOR1212', name: 'Norsk Vg2 studieforberedende', annualHours: 112 },
  { code: 'NOR1213', name: 'Norsk Vg3 studieforberedende', annualHours: 168 },
  { code: 'MAT1019', name: 'Matematikk 1P', annualHours: 140 },
  { code: 'MAT1021', name: 'Matematikk 1T', annualHours: 140 },
  { code: 'MAT1023', name: 'Matematikk 2P', annualHours: 84 },
  { code: 'ENG1007', name: 'Engelsk', annualHours: 140 },
  { code: 'NAT1007', name: 'Naturfag', annualHours: 140 },
  { code: 'SAF1001', name: 'Samfunnskunnskap', annualHours: 84 },
  { code: 'GEO1003', name: 'Geografi', annualHours: 56 },
  { code: 'HIS1010', name: 'Historie Vg2', annualHours: 56 },
  { code: 'HIS1011', name: 'Historie Vg3', annualHours: 113 },
  { code: 'REL1003', name: 'Religion og etikk', annualHours: 84 },
  { code: 'KRO1017', name: 'Kroppsøving Vg1', annualHours: 56 },
  { code: 'KRO1018', name: 'Kroppsøving Vg2', annualHours: 56 },
  { code: 'KRO1019', name: 'Kroppsøving Vg3', annualHours: 56 },
  { code: 'SPR3031', name: 'Tysk nivå II Vg1', annualHours: 113 },
  { code: 'SPR3033', name: 'Spansk nivå II Vg1', annualHours: 113 },
  { code: 'SPR3035', name: 'Fransk nivå II Vg1', annualHours: 113 },
  { code: 'SPR3032', name: 'Tysk nivå II Vg2', annualHours: 113 },
  { code: 'SPR3034', name: 'Spansk nivå II Vg2', annualHours: 113 },
  { code: 'SPR3036', name: 'Fransk nivå II Vg2', annualHours: 113 },
  // Programme subjects, studiespesialisering.
  { code: 'REA3056', name: 'Matematikk R1', annualHours: 140 },
  { code: 'REA3058', name: 'Matematikk R2', annualHours: 140 },
  { code: 'REA3060', name: 'Matematikk S1', annualHours: 140 },
  { code: 'REA3062', name: 'Matematikk S2', annualHours: 140 },
  { code: 'REA3038', name: 'Fysikk 1', annualHours: 140 },
  { code: 'REA3039', name: 'Fysikk 2', annualHours: 140 },
  { code: 'REA3044', name: 'Kjemi 1', annualHours: 140 },
  { code: 'REA3045', name: 'Kjemi 2', annualHours: 140 },
  { code: 'REA3036', name: 'Biologi 1', annualHours: 140 },
  { code: 'REA3037', name: 'Biologi 2', annualHours: 140 },
  { code: 'SAM3072', name: 'Sosiologi og sosialantropologi', annualHours: 140 },
  { code: 'SAM3073', name: 'Psykologi 1', annualHours: 140 },
  { code: 'SAM3074', name: 'Psykologi 2', annualHours: 140 },
  { code: 'SAM3075', name: 'Rettslære 1', annualHours: 140 },
  { code: 'SAM3076', name: 'Økonomistyring', annualHours: 140 },
  { code: 'SAM3077', name: 'Markedsføring og ledelse 1', annualHours: 140 },
  { code: 'ENG3101', name: 'Engelskspråklig litteratur og kultur', annualHours: 140 },
  // Vocational programmes.
  { code: 'NOR1206', name: 'Norsk yrkesfag', annualHours: 112 },
  { code: 'MAT1001', name: 'Matematikk 1P-Y', annualHours: 84 },
  { code: 'ENG1003', name: 'Engelsk yrkesfag', annualHours: 84 },
  { code: 'NAT1002', name: 'Naturfag yrkesfag', annualHours: 56 },
  { code: 'ELE01-01', name: 'Elektro: Ferdigheter og praksis', annualHours: 197 },
  { code: 'ELE01-02', name: 'Elektro: Energi og automatisering', annualHours: 140 },
  { code: 'ELE02-01', name: 'Elektrikerfaget: Installasjon', annualHours: 253 },
  { code: 'ELE02-02', name: 'Elektrikerfaget: Dokumentasjon og kvalitet', annualHours: 197 },
  { code: 'HSF01-01', name: 'Helse: Helsefremmende arbeid', annualHours: 140 },
  { code: 'HSF01-02', name: 'Helse: Kommunikasjon og samhandling', annualHours: 140 },
  { code: 'HSF01-03', name: 'Helse: Yrkesutøvelse og etikk', annualHours: 113 },
  { code: 'HSF02-01', name: 'Helsearbeiderfaget: Helsefremming', annualHours: 253 },
  { code: 'HSF02-02', name: 'Helsearbeiderfaget: Yrkesutøvelse', annualHours: 197 },
  { code: 'IMI01-01', name: 'Teknologiforståelse', annualHours: 140 },
  { code: 'IMI01-02', name: 'Produksjon og publisering', annualHours: 197 },
  { code: 'YFF4106', name: 'Yrkesfaglig fordypning', annualHours: 168 },
];
