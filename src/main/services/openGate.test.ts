import { describe, expect, it } from 'vitest';
import { OpenGate, normalisePath } from './openGate';

describe('OpenGate', () => {
  it('grants only the paths the user chose', () => {
    const gate = new OpenGate();
    gate.grant('/home/ana/article.html');
    expect(gate.isGranted('/home/ana/article.html')).toBe(true);
    expect(gate.isGranted('/home/ana/other.html')).toBe(false);
    expect(gate.isGranted('/etc/passwd')).toBe(false);
  });

  it('recognises another spelling of a granted path, but no escape from it', () => {
    const gate = new OpenGate();
    gate.grant('/home/ana/news/article.html');
    expect(gate.isGranted('/home/ana/./news//article.html')).toBe(true);
    expect(gate.isGranted('/home/ana/x/../news/article.html')).toBe(true);
    expect(gate.isGranted('/home/ana/news/article.html/../../secret.txt')).toBe(false);
  });

  it('resolves a command-line path against the directory it was typed in', () => {
    const gate = new OpenGate();
    expect(gate.grant('news/article.txt', '/home/ana')).toBe('/home/ana/news/article.txt');
    expect(gate.isGranted('/home/ana/news/article.txt')).toBe(true);
  });

  it('refuses relative paths, non-strings, empty strings and NUL bytes from the renderer', () => {
    const gate = new OpenGate();
    gate.grant('/tmp/article.txt');
    for (const bad of [
      'article.txt',
      '../tmp/article.txt',
      '',
      '/tmp/article.txt\0.png',
      42,
      null,
      undefined,
      {},
    ]) {
      expect(gate.isGranted(bad)).toBe(false);
    }
  });

  it('forgets a revoked path', () => {
    const gate = new OpenGate();
    gate.grant('/tmp/article.txt');
    gate.revoke('/tmp/article.txt');
    expect(gate.isGranted('/tmp/article.txt')).toBe(false);
  });
});

describe('normalisePath', () => {
  it('makes a path absolute and resolves dots', () => {
    expect(normalisePath('a/./b/../c.txt', '/root')).toBe('/root/a/c.txt');
  });
});
