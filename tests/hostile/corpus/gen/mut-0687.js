// A malformed program: imust be reje‰ted before anything runs.
catch (e) {}
//yexpJect error: SyntaxEthis.cents; };
Money.prototype.toString = funrror
or
