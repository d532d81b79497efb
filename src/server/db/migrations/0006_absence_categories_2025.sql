-- The reasons for absence brought in line with the regulation as it stands
-- (opplæringsforskrifta § 9-8 and § 9-9, privatskoleforskrifta § 6-8 and § 6-9,
-- as amended with effect from 1 August 2025 and 1 August 2026). The rows mirror
-- the newest version in presets/regulation/absence-categories.json, which is the
-- authority: the domain judges each mark by the version in force on its date,
-- and a test checks that this table matches the newest version.
--
-- New codes: welfare (§ 9-8 second paragraph b), traffic_safety_course (h),
-- school_health_service (§ 9-9 fifth paragraph), and what Udir's guidance
-- says is not absence: organised_study, agreed_meeting,
-- apprenticeship_interview, privatist_exam_subject_choice. No code is removed:
-- marks and notices may point at every one, and a code that no longer applies
-- is only made inactive.
INSERT INTO absence_reasons (code, category, counts_toward_limit, sort_order, active) VALUES
  ('health_self_reported', 'health', true, 10, true),
  ('health_medical_note', 'health', true, 20, true),
  ('leave_granted', 'leave', true, 30, true),
  ('family_reasons', 'other', true, 40, true),
  ('welfare', 'exempt', false, 50, true),
  ('religious_holiday', 'exempt', false, 60, true),
  ('legal_appearance', 'exempt', false, 70, true),
  ('political_or_union_work', 'exempt', false, 80, true),
  ('voluntary_work', 'exempt', false, 90, true),
  ('traffic_safety_course', 'exempt', false, 100, true),
  ('driving_test', 'exempt', false, 110, true),
  ('school_representation', 'exempt', false, 120, true),
  ('counselling', 'not_absence', false, 130, true),
  ('school_health_service', 'not_absence', false, 140, true),
  ('assessment_ppt', 'not_absence', false, 150, true),
  ('organised_study', 'not_absence', false, 160, true),
  ('pupil_council', 'not_absence', false, 170, true),
  ('agreed_meeting', 'not_absence', false, 180, true),
  ('apprenticeship_interview', 'not_absence', false, 190, true),
  ('exam', 'not_absence', false, 200, true),
  ('privatist_exam_subject_choice', 'not_absence', false, 210, true),
  ('other', 'other', true, 220, true)
ON CONFLICT (code) DO UPDATE SET
  category = EXCLUDED.category,
  counts_toward_limit = EXCLUDED.counts_toward_limit,
  sort_order = EXCLUDED.sort_order,
  active = EXCLUDED.active;
--> statement-breakpoint
-- Codes of earlier rules that the newest version no longer lists stay for the marks that carry them.
UPDATE absence_reasons SET active = false
WHERE code NOT IN (
  'health_self_reported', 'health_medical_note', 'leave_granted', 'family_reasons', 'welfare', 'religious_holiday',
  'legal_appearance', 'political_or_union_work', 'voluntary_work', 'traffic_safety_course', 'driving_test',
  'school_representation', 'counselling', 'school_health_service', 'assessment_ppt', 'organised_study',
  'pupil_council', 'agreed_meeting', 'apprenticeship_interview', 'exam', 'privatist_exam_subject_choice', 'other'
);
