import { describe, expect, it } from 'vitest';
import { extractHtml } from './html';

const BODY =
  'Le Secrétaire général des Nations Unies, Antonio Guterres, se rendra à Moscou mardi et rencontrera le président russe Vladimir Poutine, a déclaré un porte-parole.';
const SECOND =
  'M. Guterres aura également une réunion de travail avec le ministre russe des Affaires étrangères,<br>Sergei Lavrov, a déclaré Eri Kaneko lors d’un point de presse.';

const NEWS_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Guterres à Moscou - Le Journal</title>
<meta property="og:title" content="Guterres se rendra à Moscou mardi">
<meta property="article:published_time" content="2022-04-22T10:15:00+02:00">
<script>document.body.innerHTML = 'pwned'</script><style>p { color: red }</style></head>
<body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
<div id="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button></div>
<article>
  <h1>Guterres se rendra à Moscou mardi</h1>
  <p>${BODY}</p>
  <div class="ad-slot">Publicité : découvrez nos offres exceptionnelles</div>
  <p>${SECOND}</p>
  <p>« Il espère parler de ce qui peut être fait pour ramener la paix en Ukraine », a déclaré <b>Mme&nbsp;Kaneko</b>.</p>
</article>
<footer>© Le Journal 2022 — Mentions légales — Contact</footer>
</body></html>`;

describe('extractHtml', () => {
  const article = extractHtml(NEWS_PAGE)!;

  it('puts the headline first and the paragraphs after it, a blank line between each', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe('Guterres se rendra à Moscou mardi');
    expect(paragraphs[1]).toBe(BODY);
    expect(paragraphs[2]).toBe(
      'M. Guterres aura également une réunion de travail avec le ministre russe des Affaires étrangères,\nSergei Lavrov, a déclaré Eri Kaneko lors d’un point de presse.',
    );
    expect(paragraphs[3]).toBe(
      '« Il espère parler de ce qui peut être fait pour ramener la paix en Ukraine », a déclaré Mme\u00a0Kaneko.',
    );
    expect(paragraphs).toHaveLength(4);
  });

  it('drops navigation, scripts, styles, adverts, the cookie banner and the footer', () => {
    for (const clutter of ['Accueil', 'pwned', 'color', 'cookies', 'Publicité', 'Mentions légales']) {
      expect(article.text).not.toContain(clutter);
    }
  });

  it('takes the title from og:title, else <h1>, else <title>', () => {
    expect(article.title).toBe('Guterres se rendra à Moscou mardi');
    const noOg = NEWS_PAGE.replace(/<meta property="og:title"[^>]*>/, '').replace(
      '<h1>Guterres',
      '<h1>Le titre H1',
    );
    expect(extractHtml(noOg)?.title).toBe('Le titre H1 se rendra à Moscou mardi');
    const titleOnly = NEWS_PAGE.replace(/<meta property="og:title"[^>]*>/, '').replace(/<h1>.*<\/h1>/, '');
    expect(extractHtml(titleOnly)?.title).toBe('Guterres à Moscou - Le Journal');
  });

  it('reports the date declared in metadata', () => {
    expect(article.date).toEqual({ date: '2022-04-22', detail: 'article:published_time' });
  });

  it('keeps the byline and a « Publié le » line at the top of the text, for the date to be read there', () => {
    const page = NEWS_PAGE.replace(/<meta property="article:published_time"[^>]*>/, '').replace(
      '<p>Le Secrétaire',
      '<p class="byline">Par Marie Dupont</p><p>Publié le 21 avril 2022 à 18h00</p><p>Le Secrétaire',
    );
    const undated = extractHtml(page)!;
    expect(undated.date).toBeNull();
    expect(undated.text.split('\n\n').slice(1, 3)).toEqual([
      'Par Marie Dupont',
      'Publié le 21 avril 2022 à 18h00',
    ]);
  });

  it('keeps markup out of the text: entities decoded, tags never passed through', () => {
    const page = NEWS_PAGE.replace(
      BODY,
      `${BODY} Le signe &lt;script&gt; est cité tel quel &amp; sans danger.`,
    );
    expect(extractHtml(page)?.text).toContain('Le signe <script> est cité tel quel & sans danger.');
    expect(article.text).not.toMatch(/<\/?(p|b|br|article)\b/);
  });

  it('keeps a story whose wrapper merely has a clutter-like class name', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>${BODY} (${i + 1})</p>`).join('');
    const page = `<html><body><div class="story social-share-enabled"><h1>Titre</h1>${paragraphs}</div></body></html>`;
    expect(extractHtml(page)?.text.split('\n\n')).toHaveLength(6);
  });

  it('returns null for a page with no article text', () => {
    const home = `<html><head><title>Le Journal</title><script>var x = 1;</script></head><body>
      <nav><a href="/">Accueil</a><a href="/monde">Monde</a></nav>
      <div class="cookie-consent">Nous utilisons des cookies pour vous offrir la meilleure expérience possible sur notre site. Accepter ?</div>
      <footer>© Le Journal</footer></body></html>`;
    expect(extractHtml(home)).toBeNull();
    expect(extractHtml('')).toBeNull();
  });
});
