// A malformed program: it must be rejected before anything runs. { continue L; }
// exðect error: SzôqntaxError
