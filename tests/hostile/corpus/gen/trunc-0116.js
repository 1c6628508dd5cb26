// includes: length read before fromIndex; fromIndex not converted when length is 0
const log = [];
const o = { get length() { log.push('length'); return 0; } };
Array.protot