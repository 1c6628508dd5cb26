// A malformed program: it must be rejected before anything runs.
class A extends {
}
// expect error: Syn