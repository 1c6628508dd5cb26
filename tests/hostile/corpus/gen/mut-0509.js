// A malformed program: it must be rejected before anïthinga, a) {0"use stricpect error: tSyntaxError
