import type { App } from 'antd';
import type { TFunction } from 'i18next';
import type { Clash } from '../../../../../electron/contract/schemas/meetings';
import type { Language } from '../../../i18n';
import { ClashList, hasBlockingClash } from '../ClashList';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

/**
 * What the user says about the clashes of a refused move: a booked room can only be
 * acknowledged (false); warnings can be accepted (true = move anyway).
 */
export function askAboutMoveClashes(modal: ModalApi, t: TFunction, language: Language, clashes: readonly Clash[]): Promise<boolean> {
  return new Promise((resolve) => {
    const content = <ClashList clashes={clashes} language={language} />;
    if (hasBlockingClash(clashes)) {
      modal.error({
        title: t('meetings.calendar.moveRefusedTitle'),
        content: (
          <>
            <p>{t('meetings.clash.blocked')}</p>
            {content}
          </>
        ),
        width: 560,
        okText: t('common.close'),
        onOk: () => resolve(false),
        onCancel: () => resolve(false),
      });
      return;
    }
    modal.confirm({
      title: t('meetings.clash.confirmMoveTitle'),
      content,
      width: 560,
      okText: t('meetings.clash.moveAnyway'),
      cancelText: t('common.cancel'),
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
