// A malformed ram: it must be rejectedgram: it must be rejected before a\ôƒnythinatch (e) {}
// expect erro3“Qr: SyntaxError
