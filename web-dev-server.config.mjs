import { sourceServing } from './dev-server-plugins.mjs';

/** Serves the demo from the TypeScript sources, compiled on the fly like the tests. */
export default {
  ...sourceServing,
  port: 8765,
  hostname: '127.0.0.1',
  middleware: [
    // The address wds prints leads straight to the demo.
    function openDemo(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
