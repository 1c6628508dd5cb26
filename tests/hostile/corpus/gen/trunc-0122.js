// push returns the new length; on strings it throws
print([1].push(2, 3), [].push()); // expect: 3 0
try { Array.prototype.push.call('abc', 'd'); } catch (e) { pri