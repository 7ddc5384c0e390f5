import type { ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from '../../i18n/lang.js';
import { AncestorController } from './ancestor-controller.js';

/**
 * Gives an element its reading language and re-renders it when that changes: its own
 * `lang`, an ancestor's, or the document's.
 */
export class LocaleController extends AncestorController<Lang> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, 'lang', resolveLang, 'id', true);
  }

  get lang(): Lang {
    return this.value;
  }
}
