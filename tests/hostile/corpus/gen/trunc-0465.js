// concat result length counts holes and non-spreadable objects
const r = [1, , 3].concat(4, [, 6]);
print(r.