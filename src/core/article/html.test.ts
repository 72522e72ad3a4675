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

  it('reads a bare fragment saved without <html> or <body>', () => {
    expect(extractHtml(`<title>T</title><h1>Le titre</h1><p>${BODY}</p>`)?.text).toBe(`Le titre\n\n${BODY}`);
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

describe('extractHtml on pages laid out like real news sites', () => {
  const P = (n: number) =>
    `Paragraphe ${n} : le secrétaire général de l’ONU se rendra à Moscou mardi 26 avril, où il doit rencontrer Vladimir Poutine, a annoncé vendredi son porte-parole.`;

  it('keeps headline, standfirst, date line, caption and paragraphs of a French news page, and nothing else', () => {
    const page = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Guterres attendu à Moscou mardi</title><meta property="og:title" content="Guterres attendu à Moscou mardi"></head><body>
<header class="site-header"><a class="logo" href="/">Le Quotidien</a><ul class="menu"><li><a href="/monde">International</a></li></ul><button>S’abonner</button></header>
<main><article class="article">
<header class="article__header"><h1 class="article__title">Guterres attendu à Moscou mardi</h1>
<p class="article__desc">Le secrétaire général de l’ONU doit rencontrer Vladimir Poutine.</p>
<p class="meta__date">Publié le 22 avril 2022 à 18h02 - Mis à jour le 23 avril 2022 à 08h10</p></header>
<figure><img src="a.jpg" alt="Guterres"><figcaption>Antonio Guterres, à New York, le 20 avril 2022.</figcaption></figure>
<section class="article__content"><p>${P(1)}</p><p>${P(2)}</p>
<section class="catcher"><p>Lire aussi : <a href="/z">Notre direct</a></p></section>
<p>${P(3)}</p><div class="dfp__inread dfp-slot">Publicité</div><p>${P(4)}</p></section>
<section class="article__reactions"><h2>Réactions</h2><p>Commentez…</p></section>
<aside><h2>Les plus lus</h2><ul><li>Autre article</li></ul></aside>
</article></main>
<div id="didomi-host"><div class="didomi-popup">Vos choix concernant les cookies. Accepter</div></div>
<footer>© Le Quotidien</footer></body></html>`;
    expect(extractHtml(page)?.text.split('\n\n')).toEqual([
      'Guterres attendu à Moscou mardi',
      'Le secrétaire général de l’ONU doit rencontrer Vladimir Poutine.',
      'Publié le 22 avril 2022 à 18h02 - Mis à jour le 23 avril 2022 à 08h10',
      'Antonio Guterres, à New York, le 20 avril 2022.',
      P(1),
      P(2),
      P(3),
      P(4),
    ]);
  });

  it('keeps the story of an English news page with its JSON-LD date, without share bar or related links', () => {
    const S = (n: number) =>
      `Sentence ${n}: the UN secretary-general will travel to Moscow on Tuesday to meet President Vladimir Putin, his spokesman said on Friday.`;
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'UN chief to visit Moscow',
      datePublished: '2022-04-22T17:30:00.000Z',
    });
    const page = `<html><head><title>UN chief to visit Moscow - World News</title>
<script type="application/ld+json">${ld}</script></head><body>
<div role="navigation"><a href="/">Home</a><a href="/news">News</a></div>
<main id="main-content"><article><header><h1>UN chief to visit Moscow</h1>
<div class="byline">By Jane Smith</div><time datetime="2022-04-22T17:30:00.000Z">22 April 2022</time></header>
<div class="share-tools"><a href="#">Share this story</a><a href="#">Email</a></div>
<div data-component="text-block"><p><b>${S(1)}</b></p></div>
<div data-component="text-block"><p>${S(2)}</p></div>
<div data-component="text-block"><p>Read more: <a href="/x">Ukraine war in maps</a></p></div>
<div data-component="text-block"><p>${S(3)}</p></div>
<section class="related-topics"><h2>Related Topics</h2><ul><li>Ukraine</li><li>Russia</li></ul></section>
</article></main><footer>Copyright 2022</footer></body></html>`;
    const article = extractHtml(page)!;
    expect(article.date).toEqual({ date: '2022-04-22', detail: 'JSON-LD datePublished' });
    expect(article.text.split('\n\n')).toEqual([
      'UN chief to visit Moscow',
      'By Jane Smith',
      '22 April 2022',
      S(1),
      S(2),
      S(3),
    ]);
  });
});
