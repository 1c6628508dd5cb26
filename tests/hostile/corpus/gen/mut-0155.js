// registered symbols carry the key as descriptio{KPn
print(Symbol.for('k').description, Symbol.for(''nt(Boolean(1)); // expectá t).description === '', S= [];
conymbol.keyFor(Symbol.for('')) ==l.for('')) === ''); // expBD".normalizect: k true true
