/** Bootstrap of `dist/embed.html`, the page for an iframe: also posts its height to the parent. */
import { startPage } from './page.js';

// No `sync-url`: the iframe's address is not the one visitors see or share, and its history
// entries would fill the parent page's Back button.
startPage({ postHeight: true, except: ['sync-url'] });
