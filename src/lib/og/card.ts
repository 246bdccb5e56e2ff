/**
 * The link-preview card as a satori element tree: pure data, no rendering.
 * 1200×630, title large, and for entries the ring and quadrant on the radar's colours.
 */
export interface CardInput {
  /** What kind of page: shown above the title. */
  kicker: string;
  title: string;
  /** A line under the title, e.g. the summary. */
  subtitle?: string;
  /** Ring badge: label and colour (entries only). */
  ring?: { label: string; color: string };
  /** Quadrant name (entries only). */
  quadrant?: string;
  /** A survey question's figures, drawn as bars in place of the subtitle: the preview shows the chart. */
  bars?: { label: string; percent: number }[];
}

/** At most this many bars fit under a one-line title (one fewer under a longer one); the rest are counted. */
export const CARD_BARS = 4;

/** The bars of a survey card: label, a bar on a 0–100 scale, and the figure as published. */
function barRows(bars: NonNullable<CardInput['bars']>, max: number): El[] {
  const track = 700;
  const rows = bars.slice(0, max).map((bar) =>
    el('div', { display: 'flex', flexDirection: 'column', marginTop: 14 }, [
      el(
        'div',
        { display: 'flex', fontSize: 26, color: '#3d444d' },
        bar.label.length > 60 ? `${bar.label.slice(0, 57).trimEnd()}…` : bar.label,
      ),
      el('div', { display: 'flex', alignItems: 'center', marginTop: 4 }, [
        el('div', { display: 'flex', width: track, height: 26, background: '#eef1f4' }, [
          el('div', {
            display: 'flex',
            width: Math.round((track * Math.min(100, bar.percent)) / 100),
            height: 26,
            background: '#1f5fa8',
          }),
        ]),
        el('div', { display: 'flex', marginLeft: 16, fontSize: 28, fontWeight: 700 }, `${bar.percent}%`),
      ]),
    ]),
  );
  if (bars.length > max)
    rows.push(
      el('div', { display: 'flex', fontSize: 24, color: '#57606a', marginTop: 10 }, `and ${bars.length - max} more`),
    );
  return rows;
}

export interface El {
  type: string;
  props: { style?: Record<string, string | number>; children?: (El | string)[] | El | string };
}

const el = (type: string, style: Record<string, string | number>, children?: El['props']['children']): El => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Long titles step down in size so they never overflow the card. */
export function titleSize(title: string): number {
  if (title.length <= 24) return 84;
  if (title.length <= 44) return 68;
  return 54;
}

export function card(input: CardInput): El {
  const badges: El[] = [];
  if (input.ring)
    badges.push(
      el(
        'div',
        {
          display: 'flex',
          padding: '10px 28px',
          borderRadius: 999,
          background: input.ring.color,
          color: '#ffffff',
          fontSize: 34,
          fontWeight: 700,
        },
        input.ring.label,
      ),
    );
  if (input.quadrant)
    badges.push(
      el(
        'div',
        {
          display: 'flex',
          padding: '10px 28px',
          marginLeft: 16,
          borderRadius: 999,
          border: '3px solid #57606a',
          color: '#1b1f24',
          fontSize: 30,
        },
        input.quadrant,
      ),
    );
  const subtitle =
    input.subtitle && input.subtitle.length > 150 ? `${input.subtitle.slice(0, 147).trimEnd()}…` : input.subtitle;
  // Satori lays out flexbox only; every element is a flex container with explicit sizes.
  return el(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      background: '#ffffff',
      fontFamily: 'Inter',
      color: '#1b1f24',
    },
    [
      el('div', { display: 'flex', width: 1200, height: 18, background: input.ring?.color ?? '#1f5fa8' }),
      el('div', { display: 'flex', flexDirection: 'column', width: 1056, height: 460, marginLeft: 72, marginTop: 40 }, [
        el(
          'div',
          { display: 'flex', fontSize: 30, color: '#57606a', textTransform: 'uppercase', letterSpacing: 2 },
          input.kicker,
        ),
        el(
          'div',
          { display: 'flex', fontSize: titleSize(input.title), fontWeight: 700, lineHeight: 1.1, marginTop: 18 },
          input.title,
        ),
        ...(input.bars?.length
          ? barRows(input.bars, titleSize(input.title) === 84 ? CARD_BARS : CARD_BARS - 1)
          : subtitle
            ? [
                el(
                  'div',
                  { display: 'flex', fontSize: 32, color: '#3d444d', marginTop: 26, lineHeight: 1.35 },
                  subtitle,
                ),
              ]
            : []),
      ]),
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          width: 1056,
          height: 112,
          marginLeft: 72,
        },
        [
          el('div', { display: 'flex' }, badges),
          el('div', { display: 'flex', fontSize: 36, fontWeight: 700, color: '#1f5fa8' }, 'PyRadar'),
        ],
      ),
    ],
  );
}
