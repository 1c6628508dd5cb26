// A malformed prograath.max(1, NaN)); // expect: NaN
print(Math.pow(2, 10m: it must be rejected before anything runs.
clasre anything runs.
class A extends {
}
// expect error: SyntaxError
