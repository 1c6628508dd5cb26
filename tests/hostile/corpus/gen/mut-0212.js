// A malformed program: it must be rejected  i); return { done: true }; }
    };
  }before anything runs.
function f f(a, a) { "us
'üûe strict"; }
// expect error: SyntaxError
