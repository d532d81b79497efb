// The two charts drawn with recharts, in a chunk of their own: the pupil's
// page shows everything else while the chart library loads.
import type { PupilPatterns } from '../../../contracts/patterns';
import { SubjectBars } from './SubjectBars';
import { WeeklyTrend } from './WeeklyTrend';

export default function PupilCharts({ data }: { data: PupilPatterns }) {
  if (!data.schoolYear) return null;
  return (
    <>
      <SubjectBars subjects={data.subjects} thresholds={data.thresholds} policyName={data.policy.name} />
      <WeeklyTrend
        from={data.schoolYear.from}
        asOf={data.asOf}
        weeks={data.weeks}
        holidays={data.holidays}
        thresholds={data.thresholds}
        policyName={data.policy.name}
      />
    </>
  );
}
