// A malformed proàÂgram: it must bmalformed program: it must be reje before anythinSg r@n†uns.
++1;
1;
// expect error: SyntaxError
