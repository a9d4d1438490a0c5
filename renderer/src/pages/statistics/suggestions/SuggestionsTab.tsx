import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LinkageStats, Suggestion } from '../../../../../electron/contract/schemas/linkage';
import { SuggestionList } from './SuggestionList';

const COUNTS = ['received', 'answered', 'open', 'overdue'] as const;
const COLORS: Partial<Record<(typeof COUNTS)[number], string>> = { overdue: '#cf1322' };

/** 司法建议: the period's counts and the list, answered or not, with the agencies' feedback. */
export function SuggestionsTab({ stats, suggestions }: { stats: LinkageStats; suggestions: Suggestion[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} data-testid="tab-suggestions">
      <Flex wrap gap={12}>
        {COUNTS.map((key) => (
          <Card key={key} size="small" style={{ flex: '1 1 140px' }} data-testid={`suggestions-${key}`}>
            <Statistic
              title={t(`linkage.suggestion.summary.${key}`)}
              value={stats.suggestions[key]}
              styles={{ content: { color: stats.suggestions[key] > 0 ? COLORS[key] : undefined } }}
            />
          </Card>
        ))}
      </Flex>
      <SuggestionList suggestions={suggestions} />
    </Flex>
  );
}
