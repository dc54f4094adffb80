import type { Messages } from '../../i18n/messages.js';
import type { ComposeView } from '../shared/view-export.js';
import type { PartnershipExplorer } from './partnership-explorer.js';

/** The explorer's own view of that kind, or else one the page placed inside it. */
function viewElement<K extends 'partnership-map' | 'partnership-timeline'>(
  explorer: PartnershipExplorer,
  tag: K,
): HTMLElementTagNameMap[K] | null {
  return explorer.renderRoot.querySelector(tag) ?? explorer.querySelector(tag);
}

/**
 * The explorer's map, and its timeline when shown, as drawn now: one SVG document with the
 * map's legend and, with the timeline, the timeline's (`messages` name its marks).
 */
export function composeView(explorer: PartnershipExplorer, messages: Messages): ComposeView {
  return ({ collectPanels, composeExport }) => {
    const map = viewElement(explorer, 'partnership-map');
    const timeline = viewElement(explorer, 'partnership-timeline');
    // A virtualised timeline (hundreds of collaborations) draws only what is in view: an
    // image of it would show a slice as if it were all, so the export holds the map alone.
    const partial = timeline !== null && timeline.renderedItemCount < timeline.itemCount;
    // Searches the explorer's own views and any the page placed inside it.
    const panels = collectPanels(explorer).filter(
      (panel) => !(partial && panel.svg.getRootNode() === timeline.shadowRoot),
    );
    if (!map || !panels.length)
      throw new Error('<partnership-explorer>: no map is shown to export (table view?)');
    const options = map.exportOptions();
    const hasTimeline = panels.some((panel) => panel.svg.getRootNode() !== map.shadowRoot);
    return composeExport(panels, {
      ...options,
      legend: [
        ...(options.legend ?? []),
        ...(hasTimeline
          ? [
              { label: messages.legendSpan, fill: 'var(--pw-color-span)' },
              { label: messages.legendEvent, fill: 'var(--pw-color-event)' },
              {
                label: messages.confidenceLabel.inferred,
                pattern: 'hatch' as const,
                stroke: 'var(--pw-color-inferred)',
                dashed: true,
              },
            ]
          : []),
      ],
    });
  };
}
