import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../contracts/notices';
import { dateRangeText, dateTimeText, periodsText, pupilName, reasonLabel, statusColor, statusLabel } from '../notices/notice-text';
import { DecisionForm } from './DecisionForm';

interface Props {
  notice: Notice;
  schoolId: string;
  /** Given for a request still waiting: it can be decided here. */
  onDecided?(notice: Notice): void;
}

/** One leave request: the pupil, the days, the lessons, the reason, who sent it and when, and the decision. */
export function LeaveRequestCard({ notice, schoolId, onDecided }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const name = pupilName(notice.pupil);

  return (
    <li className="leave-card">
      <article aria-labelledby={headingId} className="leave-card__body">
        <div className="leave-card__head">
          <Heading level={3} data-size="xs" id={headingId}>
            {name}
          </Heading>
          <Tag data-color={notice.status === 'submitted' ? 'warning' : statusColor(notice.status)} data-size="sm">
            {notice.status === 'submitted' ? t('notices:leave.statusWaiting') : statusLabel(t, notice.status)}
          </Tag>
        </div>
        <dl className="notice-facts">
          <div>
            <dt>{t('notices:facts.dates')}</dt>
            <dd>{dateRangeText(t, notice)}</dd>
          </div>
          <div>
            <dt>{t('notices:facts.lessons')}</dt>
            <dd>{periodsText(t, notice)}</dd>
          </div>
          <div>
            <dt>{t('notices:facts.reason')}</dt>
            <dd>{reasonLabel(t, notice.reasonCode)}</dd>
          </div>
          <div>
            <dt>{t('notices:facts.sentBy')}</dt>
            <dd>
              {notice.submittedBy.name}
              <span className="leave-card__when">{dateTimeText(t, notice.submittedAt)}</span>
            </dd>
          </div>
        </dl>
        {notice.decidedBy && notice.decidedAt && (
          <Paragraph data-size="sm">
            {t('notices:sent.decidedBy', {
              status: statusLabel(t, notice.status),
              when: dateTimeText(t, notice.decidedAt),
              name: notice.decidedBy.name,
            })}
          </Paragraph>
        )}
        {notice.decisionNote && (
          <Paragraph className="notice-card__note" data-size="sm">
            {t('notices:sent.note', { note: notice.decisionNote })}
          </Paragraph>
        )}
        {onDecided && notice.status === 'submitted' && (
          <DecisionForm notice={notice} schoolId={schoolId} pupil={name} onDecided={onDecided} />
        )}
      </article>
    </li>
  );
}
