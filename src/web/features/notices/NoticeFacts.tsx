import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../contracts/notices';
import { dateRangeText, periodsText, pupilName, reasonLabel } from './notice-text';

interface Props {
  notice: Notice;
  /** Name the pupil; left out when the list is about one pupil only. */
  showPupil?: boolean;
  /** Give the days; left out where a heading already says them. */
  showDates?: boolean;
}

/** Who, which days, which lessons and why, as a description list. */
export function NoticeFacts({ notice, showPupil = false, showDates = false }: Props) {
  const { t } = useTranslation();
  return (
    <dl className="notice-facts">
      {showPupil && (
        <div>
          <dt>{t('notices:facts.pupil')}</dt>
          <dd>{pupilName(notice.pupil)}</dd>
        </div>
      )}
      {showDates && (
        <div>
          <dt>{t('notices:facts.dates')}</dt>
          <dd>{dateRangeText(t, notice)}</dd>
        </div>
      )}
      <div>
        <dt>{t('notices:facts.lessons')}</dt>
        <dd>{periodsText(t, notice)}</dd>
      </div>
      <div>
        <dt>{t('notices:facts.reason')}</dt>
        <dd>{reasonLabel(t, notice.reasonCode)}</dd>
      </div>
    </dl>
  );
}
