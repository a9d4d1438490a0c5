import { afterAll, expect, it } from 'vitest';
import { chromiumPrinter, findChromium } from '../../electron/core/documents/pdf/chromium-printer';
import { dispatch } from '../../electron/core/handlers/registry';
import { getMeetingDetail } from '../../electron/core/meetings/meeting-detail';
import { meetingPackFiles } from '../../electron/core/meetings/documents/meeting-document-files';
import { packFixture } from '../core/meetings/pack-fixture';
import { measure, report } from './measure';

const chromium = findChromium();
if (!chromium) throw new Error('The pack benchmark needs Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
const printer = chromiumPrinter(chromium);
afterAll(() => printer.close());

/**
 * The meeting pack for a 20-case meeting of the demo center (target: under 3 s for DOCX and PDF).
 * Chromium is started once before measuring, as the app and the CLI keep it running; each run
 * reads the meeting and its cases afresh, as a click does.
 */
it('meeting pack: 20 agenda cases, DOCX and PDF', async () => {
  const f = await packFixture({ cases: 20, host: { printPdf: printer.print } });
  await printer.print('<p>warm-up</p>');
  const build = (formats: ('docx' | 'pdf')[]) => () => meetingPackFiles(f.core, getMeetingDetail(f.core, f.meetingId), formats);
  const results = [
    await measure('pack DOCX only (20 briefs)', build(['docx']), 10, 2),
    await measure('pack PDF only (20 briefs, Chromium print)', build(['pdf']), 10, 2),
    await measure('pack DOCX + PDF (built side by side)', build(['docx', 'pdf']), 10, 2),
    await measure('meetings.pack through dispatch (DOCX + PDF, audited)', async () => {
      const r = await dispatch(f.core, f.session, 'meetings.pack', { id: f.meetingId });
      if (!r.ok) throw new Error(r.error.message.en);
    }, 10, 2),
  ];
  report('meeting-pack', results);
  expect(results.every((r) => r.medianMs > 0)).toBe(true);
}, 600_000);
