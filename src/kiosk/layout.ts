/** The map's free part of a kiosk screen: right of the text panel (landscape) or above it (portrait); above the bar. */
export function mapPadding(w: number, h: number, barH: number, panel: { top: number; right: number } | undefined) {
  return h > w
    ? { top: 110, right: 30, bottom: Math.round(h - (panel?.top ?? h * 0.5) + 20), left: 30 }
    : { top: 80, right: 90, bottom: Math.round(barH + 40), left: Math.round((panel?.right ?? w * 0.4) + 40) };
}
