import {expect} from '@open-wc/testing';
import type {AllMessages as Messages, Plural} from '../../src/i18n/messages.js';
import {english as en} from './catalogues.js';
import {LOCALES, type Locale} from '../../src/i18n/locale.js';
import es from '../../src/i18n/locales/es.js';
import fr from '../../src/i18n/locales/fr.js';
import de from '../../src/i18n/locales/de.js';
import ptBR from '../../src/i18n/locales/pt-BR.js';
import zhCN from '../../src/i18n/locales/zh-CN.js';
import ar from '../../src/i18n/locales/ar.js';

const catalogues: Record<Exclude<Locale, 'en'>, Messages> = {es, fr, de, 'pt-BR': ptBR, 'zh-CN': zhCN, ar};

/** Messages chosen by count (`Plural`), as opposed to groups keyed by status or stage. */
const PLURALS = ['deliveredIn', 'daysInTransit', 'showAll'] as const satisfies readonly (keyof Messages)[];

/**
 * Plural forms that name one exact count may say it in words instead of `{n}`: Arabic says
 * "less than a day", "one day" (يوم واحد) and "two days" (يومان) without a numeral.
 */
const COUNT_IN_WORDS: Partial<Record<Locale, readonly Intl.LDMLPluralRule[]>> = {ar: ['zero', 'one', 'two']};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Every string of a catalogue with its path, e.g. `status.delivered`, `deliveredIn.one`. */
function strings(messages: object, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]): [string, unknown][] =>
    value && typeof value === 'object' ? strings(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const at = (messages: object, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], messages);

describe('locale catalogues', () => {
  it('cover every locale but English, which is built in', () => {
    expect(Object.keys(catalogues).sort()).to.deep.equal(LOCALES.filter((locale) => locale !== 'en').sort());
  });

  for (const [locale, messages] of Object.entries(catalogues) as [Locale, Messages][]) {
    describe(locale, () => {
      it('has every English message as a non-empty string', () => {
        const missing = strings(en)
          .filter(([path]) => !PLURALS.some((key) => path.startsWith(`${key}.`)))
          .map(([path]) => path)
          .filter((path) => {
            const value = at(messages, path);
            return typeof value !== 'string' || value.trim() === '';
          });
        expect(missing, `missing or empty in ${locale}`).to.deep.equal([]);
      });

      it('has no message English lacks', () => {
        const extra = strings(messages)
          .map(([path]) => path)
          .filter((path) => !PLURALS.some((key) => path.startsWith(`${key}.`)) && at(en, path) === undefined);
        expect(extra).to.deep.equal([]);
      });

      it('keeps exactly the placeholders of English', () => {
        const wrong = strings(en)
          .filter(([path]) => !PLURALS.some((key) => path.startsWith(`${key}.`)))
          .filter(([path, english]) => {
            const value = at(messages, path);
            return typeof value === 'string' && placeholders(value).join() !== placeholders(String(english)).join();
          })
          .map(([path]) => `${path}: ${String(at(messages, path))}`);
        expect(wrong).to.deep.equal([]);
      });

      it('has every plural form the language needs, each with the count', () => {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        expect(categories.length, 'Intl knows the language').to.be.greaterThan(0);
        for (const key of PLURALS) {
          const message: Plural = messages[key];
          expect(Object.keys(message).sort(), `${locale} ${key}: exactly the forms of Intl`).to.have.members([
            ...categories,
          ]);
          for (const category of categories) {
            const text = message[category];
            expect(text, `${locale} ${key}.${category}`).to.be.a('string').and.not.equal('');
            const expected = COUNT_IN_WORDS[locale]?.includes(category) ? [[], ['n']] : [['n']];
            expect(expected.map(String), `${locale} ${key}.${category}: ${text}`).to.include(
              String(placeholders(text!)),
            );
          }
        }
      });

      it('translates statuses, stage labels and stage meanings (no English copies)', () => {
        for (const group of ['status', 'stageLabel', 'stageMeaning', 'stageDone', 'stageNext'] as const) {
          for (const [key, english] of Object.entries(en[group])) {
            const value = (messages[group] as Record<string, string>)[key];
            expect(value, `${locale} ${group}.${key}`).to.not.equal(english);
          }
        }
      });

      it('translates the messages the customer reads most', () => {
        for (const key of ['copyDetails', 'copied', 'retry', 'trackingNumber', 'latest', 'pendingTitle'] as const) {
          expect(messages[key], `${locale} ${key}`).to.not.equal(en[key]);
        }
        expect(messages.deliveredIn.other).to.not.equal(en.deliveredIn.other);
      });

      it('gives every stage its own label and meaning', () => {
        expect(new Set(Object.values(messages.stageLabel)).size).to.equal(8);
        expect(new Set(Object.values(messages.stageMeaning)).size).to.equal(8);
        expect(new Set(Object.values(messages.stepLabel)).size).to.equal(8);
        expect(new Set(Object.values(messages.status)).size).to.equal(Object.keys(en.status).length);
      });
    });
  }

  it('English itself has the plural forms of English', () => {
    for (const key of PLURALS) {
      expect(Object.keys(en[key])).to.have.members(new Intl.PluralRules('en').resolvedOptions().pluralCategories);
    }
  });
});
