import { html, nothing } from 'lit';
import type { PresenterOptions } from '../../controllers/presenter-controller.js';
import type { Messages } from '../../i18n/messages.js';

/**
 * What the presenter bar shows and does, while the explorer presents or plays: the actions
 * of the presenter's keys, and the show's progress.
 */
export interface PresenterBarView extends PresenterOptions {
  messages: Messages['presenter'];
  /** How many steps the show has, and the selected one's position (-1 for none). */
  steps: number;
  current: number;
  /** Presenting, not only playing: full screen is offered too. */
  presentation: boolean;
  fullscreen(): void;
}

/** A manual step is input like any other: it pauses a playing show. */
function stepButton(view: PresenterBarView, label: string, glyph: string, step: () => void) {
  return html`<button
    type="button"
    part="button"
    class="step"
    aria-label=${label}
    title=${label}
    @click=${() => {
      view.slideshow.userInput();
      step();
    }}
  >
    ${glyph}
  </button>`;
}

/** Previous, play or pause, next, the step counter and full screen. */
export function renderPresenterBar(view: PresenterBarView) {
  const { messages: m, steps, current } = view;
  const playing = view.slideshow.playing;
  return html`<div class="presenter" part="presenter" role="group" aria-label=${m.controls}>
    ${stepButton(view, m.previous, '‹', () => view.previous())}
    <button
      type="button"
      part="button"
      class="play"
      data-slideshow-toggle
      aria-pressed=${playing ? 'true' : 'false'}
      aria-label=${m.play}
      title=${playing ? m.pause : m.play}
      @click=${() => view.togglePlay()}
    >
      ${playing ? '❚❚' : '▶'}
    </button>
    ${stepButton(view, m.next, '›', () => view.next())}
    <span class="progress-text">${m.step(current + 1, steps)}</span>
    <progress
      part="progress"
      max=${Math.max(1, steps)}
      value=${Math.max(0, current + 1)}
      aria-label=${m.progress}
    ></progress>
    ${
      view.presentation
        ? html`<button
            type="button"
            part="button"
            class="fullscreen"
            aria-label=${m.fullscreen}
            title=${m.fullscreen}
            @click=${() => view.fullscreen()}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="icon">
              <path
                d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5"
                fill="none"
                stroke="currentColor"
                stroke-width="2"
              />
            </svg>
          </button>`
        : nothing
    }
  </div>`;
}
