/** Bootstrap of `dist/partnership-explorer.html`, the offline single file. */
import { startPage } from './page.js';

startPage({ postHeight: false });
