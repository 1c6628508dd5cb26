// array iterator over a shrinking array stops early
const a = [1, 2, 3, 4];