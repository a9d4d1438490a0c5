import { InboxOutlined } from '@ant-design/icons';
import { Alert, Typography, Upload } from 'antd';
import type { Localized } from '../../../electron/contract/result';
import { pick } from '../lib/app-error';
import { useAppStore } from '../stores/stores';

interface DropZoneProps {
  accept: string;
  /** The chosen file's line ("已选择 x.xlsx"), or null before a file is chosen. */
  pickedText: string | null;
  pickText: string;
  pickHint: string;
  onFile: (file: File) => void;
  testId: string;
  disabled?: boolean;
}

/**
 * The file picker of an import that previews first: click or drop one file; it is handed to the
 * page, never uploaded anywhere. Once a file is chosen the zone shrinks to one line so the
 * preview has the room.
 */
export function ImportDropZone({ accept, pickedText, pickText, pickHint, onFile, testId, disabled = false }: DropZoneProps) {
  return (
    <Upload.Dragger
      accept={accept}
      showUploadList={false}
      multiple={false}
      disabled={disabled}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
      data-testid={testId}
    >
      {pickedText ? (
        <Typography.Text>
          <InboxOutlined style={{ color: 'var(--ant-color-primary, #1677ff)', marginInlineEnd: 8 }} />
          {pickedText}
        </Typography.Text>
      ) : (
        <>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{pickText}</p>
          <p className="ant-upload-hint">{pickHint}</p>
        </>
      )}
    </Upload.Dragger>
  );
}

/** Problems with an import file as a whole (unreadable, wrong columns), in the UI language. */
export function FileErrorsAlert({ errors, title, testId }: { errors: Localized[]; title: string; testId: string }) {
  const language = useAppStore((s) => s.language);
  if (errors.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {errors.map((e) => (
            <li key={e['zh-CN']}>{pick(e, language)}</li>
          ))}
        </ul>
      }
    />
  );
}
