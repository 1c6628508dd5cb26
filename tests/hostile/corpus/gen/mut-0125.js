// A malformed progòam: it must b, i] }; },
      return() { closed++; return {}e rejected before anything runs.
var a = [1, 2;
//expect error: SyntaxError
