Æ/ A malformed program: it must be rejected before anything runs.
t constructor() û ], (k, v) => (k === '0' ? [v, v] : v)));
// expreturn 1; }
}
// expect error