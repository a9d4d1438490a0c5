import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Clash } from '../../../../electron/contract/schemas/meetings';
import { pick } from '../../lib/app-error';
import type { Language } from '../../i18n';
import { formatSpan } from './china-time';

export function hasBlockingClash(clashes: readonly Clash[]): boolean {
  return clashes.some((c) => c.severity === 'error');
}

/**
 * Each clash with its severity and the other meeting and its time. Rendered in antd's imperative
 * modals too, which sit outside the router: the link is a plain hash link, not a <Link>.
 */
export function ClashList({ clashes, language }: { clashes: readonly Clash[]; language: Language }) {
  const { t } = useTranslation();
  return (
    <ul className="adr-clash-list" data-testid="clash-list">
      {clashes.map((clash, i) => (
        <li key={i} data-testid={`clash-${clash.kind}`}>
          <Flex gap={8} align="baseline" wrap>
            <Tag color={clash.severity === 'error' ? 'error' : 'warning'}>
              {clash.severity === 'error' ? t('meetings.clash.error') : t('meetings.clash.warning')}
            </Tag>
            <Typography.Text>{pick(clash.message, language)}</Typography.Text>
            {clash.other ? (
              // The core's message already names the other meeting and its time; this opens it.
              <a
                href={`#/meetings/${clash.other.id}`}
                title={t('meetings.clash.other', { title: clash.other.title, when: formatSpan(clash.other.startsAt, clash.other.endsAt) })}
                data-testid="clash-other"
              >
                {t('meetings.clash.open')}
              </a>
            ) : null}
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/** The clashes of a refused save, with what the user can do about them. */
export function ClashPanel({ clashes, language, checkedOnly }: { clashes: readonly Clash[]; language: Language; checkedOnly?: boolean }) {
  const { t } = useTranslation();
  if (clashes.length === 0) {
    return <Alert type="success" showIcon title={t('meetings.clash.none')} data-testid="clash-none" />;
  }
  const blocked = hasBlockingClash(clashes);
  return (
    <Alert
      type={blocked ? 'error' : 'warning'}
      showIcon
      data-testid="clash-panel"
      title={blocked ? t('meetings.clash.blocked') : checkedOnly ? t('meetings.clash.title') : t('meetings.clash.warningsOnly')}
      description={<ClashList clashes={clashes} language={language} />}
    />
  );
}
