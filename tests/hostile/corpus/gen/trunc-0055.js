// for-in: keys deleted before being visited are skipped; added keys may not be visited
const o = { a: 1, b: 2, c: 3 };
const seen =