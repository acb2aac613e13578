/* eslint-disable no-script-url -- script URLs are fed in to prove they never become links */
import { linkableUrl, shortUrl } from '../urls';

describe('linkableUrl', () => {
    it('links absolute http and https URLs, as the browser serialises them', () => {
        expect(linkableUrl('https://careers.example.com/jobs/icu-nurse')).toBe(
            'https://careers.example.com/jobs/icu-nurse'
        );
        expect(linkableUrl('HTTP://Example.com')).toBe('http://example.com/');
        expect(linkableUrl('  https://example.com/a b  ')).toBe('https://example.com/a%20b');
    });

    it.each([
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'java\tscript:alert(1)',
        'java\nscript:alert(1)',
        '\u0001javascript:alert(1)',
        'vbscript:msgbox(1)',
        'data:text/html,<script>alert(1)</script>',
        'file:///etc/passwd',
        'mailto:someone@example.com',
        'ftp://example.com/file',
        '/jobs/icu-nurse',
        '//evil.example.com/x',
        'careers.example.com/jobs',
        'https://',
        'not a url at all',
        ''
    ])('never links %j', (raw) => {
        expect(linkableUrl(raw)).toBeNull();
    });

    it('never links nothing', () => {
        expect(linkableUrl(null)).toBeNull();
        expect(linkableUrl(undefined)).toBeNull();
    });

    it('escapes markup in a linkable URL instead of keeping it', () => {
        expect(linkableUrl('https://example.com/"><img src=x onerror=alert(1)>')).toBe(
            'https://example.com/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E'
        );
    });
});

describe('shortUrl', () => {
    it('shows host and path of an http(s) URL, without scheme, query or fragment', () => {
        expect(shortUrl('https://careers.example.com/jobs/icu-nurse?utm_source=email#apply')).toBe(
            'careers.example.com/jobs/icu-nurse'
        );
        expect(shortUrl('https://careers.example.com/')).toBe('careers.example.com');
        expect(shortUrl('http://localhost:8080/jobs')).toBe('localhost:8080/jobs');
    });

    it('returns anything else exactly as it came, to be shown as text', () => {
        expect(shortUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
        expect(shortUrl('/jobs/icu-nurse')).toBe('/jobs/icu-nurse');
        expect(shortUrl(null)).toBe('');
        expect(shortUrl(undefined)).toBe('');
    });
});
