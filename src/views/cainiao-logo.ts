import {svg} from 'lit';

/** The built-in blue CAINIAO wordmark, inline so no external image is loaded (strict CSP). */
export const cainiaoLogo = svg`<svg class="logo" viewBox="0 0 132 32" role="img" aria-hidden="true" focusable="false">
  <rect width="132" height="32" rx="6" fill="#0a58f5"/>
  <path d="M10 21.5c3.6-7.6 9.2-11.3 16.6-11.1-2.5 1.4-4.3 3.3-5.3 5.8 2-.9 4.1-1.1 6.3-.6-3.9 1.2-7 3.3-9.3 6.4-1.8-1.4-4.6-1.6-8.3-.5z" fill="#fff"/>
  <text x="37" y="21.5" fill="#fff" font-family="Arial, Helvetica, sans-serif" font-size="14.5" font-weight="700" letter-spacing="1.2">CAINIAO</text>
</svg>`;
