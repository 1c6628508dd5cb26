// mixing BigInt and Number in arithmetic is a TypeError, in either order
const ops = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b,
  '%': (a, b) => a % b, '**':