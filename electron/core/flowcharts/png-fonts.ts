import fs from 'node:fs';
import path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * The CJK fonts resvg draws Chinese with. The usual ones of each system are handed over as files
 * when found — Windows: Microsoft YaHei (regular and bold), SimSun, SimHei; Linux: Noto Sans CJK
 * (Debian's fonts-noto-cjk, which fontconfig uses); macOS: PingFang — else every system font is
 * loaded and searched. Naming files beats loading the system folder: resvg keeps no font cache,
 * and a Windows font folder holds several hundred files.
 */

function windowsFonts(): string[] {
  const dir = path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
  return ['msyh.ttc', 'msyhbd.ttc', 'msyh.ttf', 'msyhbd.ttf', 'simsun.ttc', 'simhei.ttf'].map((f) => path.join(dir, f));
}

const CJK_FONT_FILES: Record<string, () => readonly string[]> = {
  win32: windowsFonts,
  darwin: () => ['/System/Library/Fonts/PingFang.ttc', '/System/Library/Fonts/STHeiti Medium.ttc', '/System/Library/Fonts/STHeiti Light.ttc'],
  linux: () => [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  ],
};

/** The family resvg falls back to for text whose own families are all missing. */
const DEFAULT_FAMILY: Record<string, string> = { win32: 'Microsoft YaHei', darwin: 'PingFang SC', linux: 'Noto Sans CJK SC' };

type FontOptions = NonNullable<ResvgRenderOptions['font']>;
let found: FontOptions | null = null;

/** Looked up once per process: fonts are not installed while the app runs. */
export function pngFontOptions(): FontOptions {
  if (found) return found;
  const files = (CJK_FONT_FILES[process.platform]?.() ?? []).filter((f) => fs.existsSync(f));
  const defaultFontFamily = DEFAULT_FAMILY[process.platform] ?? 'Noto Sans CJK SC';
  found = files.length
    ? { loadSystemFonts: false, fontFiles: [...files], defaultFontFamily, sansSerifFamily: defaultFontFamily }
    : { loadSystemFonts: true, defaultFontFamily, sansSerifFamily: defaultFontFamily };
  return found;
}
