// registered symbols carry the key as description
print(Symbol.for('k').description, Symbol.for('').description === '', Symbol.keyFor(Symb